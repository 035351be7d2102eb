import type { ReactNode, RefObject } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { SourceRef } from '@/components/mdx/source-ref';
import { Details } from '@/components/ui/details';
import { Tag } from '@/components/ui/tag';
import type { PhaseTransfer, YearGroup } from '@/lib/tools/phase-transfer';
import { formatLongDate } from './format-date';
import { splitSource } from './split-source';
import type { PhaseTransferState } from './tool-state';

interface PhaseTransferResultProps {
  result: NonNullable<PhaseTransferState['result']>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The child's school year, then each phase transfer still ahead with its EHC plan deadline. */
export function PhaseTransferResult({ result, headingRef }: PhaseTransferResultProps) {
  const t = useTranslations('Tools.PhaseTransfer');
  const locale = useLocale();
  const date = (iso: string) => formatLongDate(iso, locale, { weekday: false });

  const yearGroupLabel = (group: YearGroup) => {
    switch (group.kind) {
      case 'early-years':
        return t('yearGroup.earlyYears');
      case 'nursery':
        return t('yearGroup.nursery');
      case 'reception':
        return t('yearGroup.reception');
      case 'year':
        return t('yearGroup.year', { year: group.year });
      case 'post-school':
        return t('yearGroup.postSchool');
    }
  };
  const { kind } = result.yearGroup;

  return (
    <section aria-labelledby="result-heading" className="mb-10">
      <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="heading-l focus:outline-none">
        {t('resultHeading')}
      </h2>
      <p className="mb-2 heading-m">{yearGroupLabel(result.yearGroup)}</p>
      <p className="mb-4 tablet:mb-5">{t('schoolYear', { start: String(result.schoolYearStart), end: String(result.schoolYearStart + 1) })}</p>
      {kind === 'early-years' || kind === 'nursery' ? <p className="mb-4 tablet:mb-5">{t('earlyYearsNote')}</p> : null}
      {kind === 'post-school' ? <p className="mb-4 tablet:mb-5">{t('postSchoolNote')}</p> : null}

      <h3 className="heading-m mt-8">{t('transfersHeading')}</h3>
      {result.transfers.length === 0 ? (
        <>
          <p className="mb-4 tablet:mb-5">{t('noTransfers')}</p>
          <p className="mb-4 tablet:mb-5">
            {t('post16Note')} <SourceRef source="SEND Regulations 2014" at="regulation 18" />
          </p>
        </>
      ) : (
        <ol role="list" className="m-0 list-none p-0">
          {result.transfers.map((transfer) => (
            <TransferItem key={transfer.id} transfer={transfer} today={result.today} date={date} />
          ))}
        </ol>
      )}
    </section>
  );
}

const term = (chunks: ReactNode) => <strong>{chunks}</strong>;

function TransferItem({ transfer, today, date }: { transfer: PhaseTransfer; today: string; date: (iso: string) => string }) {
  const t = useTranslations('Tools.PhaseTransfer');
  const moveYear = Number(transfer.moveDate.slice(0, 4));
  // "Before 15 February": on the day itself the deadline has already gone.
  const passed = today >= transfer.amendBy;
  return (
    <li className="mb-8 border-s-4 border-brand ps-4 last:mb-0">
      <h4 className="heading-s mb-2">{t(`transfers.${transfer.id}.title`)}</h4>
      {transfer.onlyIfInfantJunior ? (
        <p className="mb-3">
          <Tag colour="yellow">{t('onlyIfInfantJunior')}</Tag> {t('onlyIfInfantJuniorNote')}
        </p>
      ) : null}
      <dl className="m-0 mb-3">
        <dt className="text-ink-secondary">{t('moveLabel')}</dt>
        <dd className="m-0 mb-3">{t('moveValue', { date: date(transfer.moveDate) })}</dd>
        <dt className="text-ink-secondary">{t('amendLabel')}</dt>
        <dd className="m-0">
          <strong className="body-l">{t('amendValue', { date: date(transfer.amendBy) })}</strong>{' '}
          <span className="sr-only">{t('sourceLabel')} </span>
          <SourceRef {...splitSource(transfer.source)} />
        </dd>
      </dl>
      {passed ? <p className="mb-3 border-s-[5px] border-error ps-3 font-bold">{t('amendByPassed')}</p> : null}
      <Details summary={t('whatToDo')} className="mb-0">
        <ol className="m-0 list-none space-y-3 p-0">
          <li>{t.rich('terms.summerBefore', { year: String(moveYear - 1), term })}</li>
          <li>{t.rich('terms.autumn', { year: String(moveYear - 1), term })}</li>
          <li>{t.rich('terms.spring', { year: String(moveYear), date: date(transfer.amendBy), term })}</li>
          <li>{t.rich('terms.summer', { year: String(moveYear), term })}</li>
        </ol>
      </Details>
    </li>
  );
}
