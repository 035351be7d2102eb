'use client';

import { useActionState, useRef, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { DateErrorCode } from '@/lib/validation/date-input';
import { EHC_SYSTEM_START } from '@/lib/validation/tools';
import { DateInput } from './date-input';
import { EhcpTimelineResult } from './ehcp-timeline-result';
import { formatLongDate } from './format-date';
import { firstWrongBox, INITIAL_EHCP_TIMELINE_STATE, wrongParts, type EhcpTimelineAction } from './tool-state';
import { focusLinkedField, useAnswerFocus } from './use-answer-focus';

type Field = 'request' | 'planIssued' | 'amendmentNotice';

interface EhcpTimelineToolProps {
  action: EhcpTimelineAction;
  /** The page heading and introduction: the error summary must come before them. */
  header: ReactNode;
  /** The whole document title; the page's metadata leaves it out so it can show errors. */
  documentTitle: string;
}

/** The EHC plan timeline calculator: a plain form post that works with or without JavaScript. */
export function EhcpTimelineTool({ action, header, documentTitle }: EhcpTimelineToolProps) {
  const [state, formAction] = useActionState(action, INITIAL_EHCP_TIMELINE_STATE);
  const t = useTranslations('Tools');
  const locale = useLocale();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useAnswerFocus(state, INITIAL_EHCP_TIMELINE_STATE, resultHeading);

  const earliest = formatLongDate(EHC_SYSTEM_START, locale, { weekday: false });
  const message = (field: Field, code: DateErrorCode) => t(`EhcpTimeline.errors.${field}.${code}`, { earliest });
  const errorOf = (field: Field) => state.errors.find((error) => error.field === field);
  const dateLabels = {
    day: t('DateInput.day'),
    month: t('DateInput.month'),
    year: t('DateInput.year'),
    errorLabel: t('DateInput.errorLabel'),
  };

  const dateInput = (field: Field) => {
    const error = errorOf(field);
    return (
      <DateInput
        id={field}
        legend={t(`EhcpTimeline.${field}.legend`)}
        hint={t(`EhcpTimeline.${field}.hint`)}
        values={state.values[field]}
        error={error ? message(field, error.code) : undefined}
        errorParts={error ? wrongParts(error.code, state.values[field]) : undefined}
        labels={dateLabels}
      />
    );
  };

  return (
    <>
      {/* GOV.UK: "Error: " leads the title, so a screen reader says it first, with or without JavaScript. */}
      <title>{state.errors.length > 0 ? `${t('Common.errorTitlePrefix')} ${documentTitle}` : documentTitle}</title>
      {/* Clicks on the summary's links move focus to the box; the outline shows the focused summary. */}
      <div onClick={focusLinkedField} className="[&>div:focus]:outline-[3px] [&>div:focus]:outline-offset-0 [&>div:focus]:outline-focus [&>div:focus]:outline-solid">
        <ErrorSummary
          title={t('Common.errorSummaryTitle')}
          errors={state.errors.map((error) => ({
            href: `#${firstWrongBox(error.field, error.code, state.values[error.field as Field])}`,
            text: message(error.field as Field, error.code),
          }))}
        />
      </div>
      {header}
      {state.result ? <EhcpTimelineResult result={state.result} headingRef={resultHeading} /> : null}
      <form action={formAction} noValidate className={state.result ? 'print:hidden' : undefined}>
        {state.result ? <h2 className="heading-l">{t('EhcpTimeline.changeHeading')}</h2> : null}
        {dateInput('request')}
        <h2 className="heading-m">{t('EhcpTimeline.optionalHeading')}</h2>
        <p className="mb-6">{t('EhcpTimeline.optionalText')}</p>
        {dateInput('planIssued')}
        {dateInput('amendmentNotice')}
        <button type="submit" className="button mb-8">
          {t('EhcpTimeline.submit')}
        </button>
      </form>
    </>
  );
}
