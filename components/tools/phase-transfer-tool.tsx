'use client';

import { useActionState, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput } from './date-input';
import { PhaseTransferResult } from './phase-transfer-result';
import { firstWrongBox, INITIAL_PHASE_TRANSFER_STATE, wrongParts, type PhaseTransferAction } from './tool-state';
import { focusLinkedField, useAnswerFocus } from './use-answer-focus';

interface PhaseTransferToolProps {
  action: PhaseTransferAction;
  /** The page heading and introduction: the error summary must come before them. */
  header: ReactNode;
  /** The whole document title; the page's metadata leaves it out so it can show errors. */
  documentTitle: string;
}

/** The phase-transfer date finder: a plain form post that works with or without JavaScript. */
export function PhaseTransferTool({ action, header, documentTitle }: PhaseTransferToolProps) {
  const [state, formAction] = useActionState(action, INITIAL_PHASE_TRANSFER_STATE);
  const t = useTranslations('Tools');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useAnswerFocus(state, INITIAL_PHASE_TRANSFER_STATE, resultHeading);

  const error = state.errors.find((e) => e.field === 'dateOfBirth');
  const values = state.values.dateOfBirth;
  const message = error ? t(`PhaseTransfer.errors.dateOfBirth.${error.code}`) : undefined;

  return (
    <>
      {/* GOV.UK: "Error: " leads the title, so a screen reader says it first, with or without JavaScript. */}
      <title>{state.errors.length > 0 ? `${t('Common.errorTitlePrefix')} ${documentTitle}` : documentTitle}</title>
      {/* Clicks on the summary's links move focus to the box; the outline shows the focused summary. */}
      <div onClick={focusLinkedField} className="[&>div:focus]:outline-[3px] [&>div:focus]:outline-offset-0 [&>div:focus]:outline-focus [&>div:focus]:outline-solid">
        <ErrorSummary
          title={t('Common.errorSummaryTitle')}
          errors={error && message ? [{ href: `#${firstWrongBox('dateOfBirth', error.code, values)}`, text: message }] : []}
        />
      </div>
      {header}
      {state.result ? <PhaseTransferResult result={state.result} headingRef={resultHeading} /> : null}
      <form action={formAction} noValidate className={state.result ? 'print:hidden' : undefined}>
        {state.result ? <h2 className="heading-l">{t('PhaseTransfer.changeHeading')}</h2> : null}
        <DateInput
          id="dateOfBirth"
          legend={t('PhaseTransfer.dateOfBirth.legend')}
          hint={t('PhaseTransfer.dateOfBirth.hint')}
          values={values}
          error={message}
          errorParts={error ? wrongParts(error.code, values) : undefined}
          labels={{
            day: t('DateInput.day'),
            month: t('DateInput.month'),
            year: t('DateInput.year'),
            errorLabel: t('DateInput.errorLabel'),
          }}
        />
        <button type="submit" className="button mb-8">
          {t('PhaseTransfer.submit')}
        </button>
      </form>
    </>
  );
}
