'use client';

import { useActionState, useEffect, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { focusLinkedField } from '@/components/tools/use-answer-focus';
import { CharacterCount } from '@/components/ui/character-count';
import { ErrorSummary } from '@/components/ui/error-summary';
import {
  LISTING_REPORT_REASONS,
  REPORT_DETAILS_MAX,
  type ReportListingError,
  type ReportListingField,
  type ReportListingValues,
} from '@/lib/validation/report-listing';

// What the report action sends back when it does not redirect to the confirmation page: the answers
// as typed (so nothing has to be typed again) and every problem at once, as codes.
export interface ReportListingState {
  values: ReportListingValues;
  errors: ReportListingError[];
  /** The report could not be saved (the database did not answer): say so and keep the answers. */
  failed: boolean;
}

export type ReportListingAction = (state: ReportListingState, formData: FormData) => Promise<ReportListingState>;

export const INITIAL_REPORT_LISTING_STATE: ReportListingState = {
  values: { reason: '', details: '', contactEmail: '' },
  errors: [],
  failed: false,
};

interface ReportListingFormProps {
  action: ReportListingAction;
  serviceId: string;
  locale: string;
  /** Caption, heading and introduction: the error summary must come before them. */
  header: ReactNode;
  /** The whole document title; the page's metadata leaves it out so it can begin with "Error:". */
  documentTitle: string;
}

/** The id an error summary link moves focus to: the first radio for the reasons (GOV.UK). */
const FIELD_TARGET: Record<ReportListingField, string> = {
  reason: 'reason',
  details: 'details',
  contactEmail: 'contactEmail',
};

/** "Report a problem with this listing": one GOV.UK form posting to a server action, with or without JavaScript. */
export function ReportListingForm({ action, serviceId, locale, header, documentTitle }: ReportListingFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REPORT_LISTING_STATE);
  const t = useTranslations('ReportListing');

  useEffect(() => {
    if (state !== INITIAL_REPORT_LISTING_STATE && (state.errors.length > 0 || state.failed)) {
      document.getElementById('error-summary')?.focus();
    }
  }, [state]);

  const message = (error: ReportListingError): string => {
    if (error.field === 'reason') return t('errors.reasonRequired');
    if (error.field === 'details') return error.code === 'tooLong' ? t('errors.detailsTooLong', { max: REPORT_DETAILS_MAX }) : t('errors.detailsRequired');
    return t('errors.emailInvalid');
  };
  const errorOf = (field: ReportListingField) => {
    const error = state.errors.find((e) => e.field === field);
    return error ? message(error) : undefined;
  };
  const summary = state.failed
    ? [{ href: '#reason', text: t('errors.failed') }]
    : state.errors.map((error) => ({ href: `#${FIELD_TARGET[error.field]}`, text: message(error) }));

  const reasonError = errorOf('reason');
  const emailError = errorOf('contactEmail');
  const { values } = state;

  return (
    <>
      {/* GOV.UK: "Error: " leads the title, so a screen reader says it first, with or without JavaScript. */}
      <title>{summary.length > 0 ? `${t('errorPrefix')} ${documentTitle}` : documentTitle}</title>
      <div onClick={focusLinkedField} className="[&>div:focus]:outline-[3px] [&>div:focus]:outline-offset-0 [&>div:focus]:outline-focus [&>div:focus]:outline-solid">
        <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      </div>
      {header}
      <form action={formAction} noValidate>
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="locale" value={locale} />

        <div className={`mb-8 ${reasonError ? 'border-s-[5px] border-error ps-4' : ''}`}>
          <fieldset className="m-0 border-0 p-0" aria-describedby={reasonError ? 'reason-error' : undefined}>
            <legend className="heading-m mb-3">{t('reasonLegend')}</legend>
            {reasonError && (
              <p id="reason-error" className="mb-3 font-bold text-error">
                <span className="sr-only">{t('errorPrefix')} </span>
                {reasonError}
              </p>
            )}
            <div className="grid gap-3">
              {LISTING_REPORT_REASONS.map((reason, index) => {
                const id = index === 0 ? 'reason' : `reason-${reason}`;
                return (
                  <div key={reason} className="flex items-start gap-3">
                    <input
                      id={id}
                      type="radio"
                      name="reason"
                      value={reason}
                      defaultChecked={values.reason === reason}
                      className="mt-0.5"
                    />
                    <label htmlFor={id} className="cursor-pointer py-0.5">
                      {t(`reasons.${reason}`)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>

        <CharacterCount
          id="details"
          name="details"
          label={t('detailsLabel')}
          hint={t('detailsHint')}
          error={errorOf('details')}
          errorPrefix={t('errorPrefix')}
          defaultValue={values.details}
          maxLength={REPORT_DETAILS_MAX}
          messages={{
            limit: t('characterCount.limit', { max: REPORT_DETAILS_MAX }),
            remaining: (count) => t('characterCount.remaining', { count }),
            over: (count) => t('characterCount.over', { count }),
          }}
        />

        <div className={`mb-8 ${emailError ? 'border-s-[5px] border-error ps-4' : ''}`}>
          <label htmlFor="contactEmail" className="mb-1 block font-bold">
            {t('emailLabel')}
          </label>
          <p id="contactEmail-hint" className="mb-2 text-ink-secondary">
            {t('emailHint')}
          </p>
          {emailError && (
            <p id="contactEmail-error" className="mb-2 font-bold text-error">
              <span className="sr-only">{t('errorPrefix')} </span>
              {emailError}
            </p>
          )}
          <input
            id="contactEmail"
            name="contactEmail"
            type="email"
            dir="ltr"
            autoComplete="email"
            spellCheck={false}
            defaultValue={values.contactEmail}
            aria-describedby={['contactEmail-hint', emailError ? 'contactEmail-error' : null].filter(Boolean).join(' ')}
            aria-invalid={emailError ? true : undefined}
            className={`text-input max-w-[30em] ${emailError ? 'border-error' : ''}`}
          />
        </div>

        <button type="submit" aria-disabled={pending || undefined} className="button mb-8">
          {t('submit')}
        </button>
      </form>
    </>
  );
}
