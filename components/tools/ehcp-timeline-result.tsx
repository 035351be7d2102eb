import type { RefObject } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { SourceRef } from '@/components/mdx/source-ref';
import type { TimelineStep, TimelineStepId } from '@/lib/tools/ehcp-timeline';
import { formatLongDate } from './format-date';
import { splitSource } from './split-source';
import type { EhcpTimelineState } from './tool-state';

interface EhcpTimelineResultProps {
  result: NonNullable<EhcpTimelineState['result']>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

const GROUPS = [
  { heading: 'fromRequest', date: 'requestDate', steps: ['decision-to-assess', 'decision-not-to-issue', 'final-plan'] },
  { heading: 'fromPlanIssued', date: 'planIssuedDate', steps: ['first-annual-review'] },
  { heading: 'fromAmendmentNotice', date: 'amendmentNoticeDate', steps: ['amendment-comments', 'amended-plan'] },
] as const satisfies readonly { heading: string; date: string; steps: readonly TimelineStepId[] }[];

/** Each step's latest date, what the rule says and where it comes from. */
export function EhcpTimelineResult({ result, headingRef }: EhcpTimelineResultProps) {
  const t = useTranslations('Tools.EhcpTimeline');
  const locale = useLocale();

  return (
    <section aria-labelledby="result-heading" className="mb-10">
      <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="heading-l focus:outline-none">
        {t('resultHeading')}
      </h2>
      <p className="mb-4 tablet:mb-5">{t('resultIntro')}</p>
      <div className="my-6 border-s-[10px] border-border py-3 ps-4">
        <p className="m-0 font-bold">{t('weeksNote')}</p>
      </div>
      {GROUPS.map((group) => {
        const start = result[group.date];
        if (!start) return null;
        const steps = group.steps
          .map((id) => result.steps.find((step) => step.id === id))
          .filter((step): step is TimelineStep => step !== undefined);
        return (
          <section key={group.heading} aria-labelledby={`${group.heading}-heading`} className="mb-8">
            <h3 id={`${group.heading}-heading`} className="heading-m">
              {t(group.heading, { date: formatLongDate(start, locale) })}
            </h3>
            <ol role="list" className="m-0 list-none p-0">
              {steps.map((step) => (
                <li key={step.id} className="mb-6 border-s-4 border-brand ps-4 last:mb-0">
                  <h4 className="heading-s mb-2">{t(`steps.${step.id}.title`)}</h4>
                  <p className="mb-2">
                    {t('latestDate')}:{' '}
                    <time dateTime={step.date} className="body-l font-bold">
                      {formatLongDate(step.date, locale)}
                    </time>
                  </p>
                  <p className="m-0">
                    {t(`steps.${step.id}.rule`, { amount: step.after.amount })}{' '}
                    <span className="sr-only">{t('sourceLabel')} </span>
                    <SourceRef {...splitSource(step.source)} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
