import type { DateFieldValues } from '@/lib/validation/date-input';

export type DatePart = keyof DateFieldValues;

export const DATE_PARTS = ['day', 'month', 'year'] as const satisfies readonly DatePart[];

interface DateInputProps {
  /** Prefix of the boxes' ids and names: `<id>-day`, `<id>-month`, `<id>-year`. */
  id: string;
  legend: string;
  hint: string;
  values: DateFieldValues;
  error?: string;
  /** The boxes to mark as wrong; all three when the whole date is wrong. */
  errorParts?: readonly DatePart[];
  labels: { day: string; month: string; year: string; errorLabel: string };
}

/**
 * The GOV.UK date input: three boxes in a fieldset. Text boxes with a numeric keyboard, not
 * type=number (which changes on scroll and rejects "March"), and no autocomplete: the dates are
 * about the child, not the person filling in the form.
 */
export function DateInput({ id, legend, hint, values, error, errorParts = [], labels }: DateInputProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`mb-8 ${error ? 'border-s-[5px] border-error ps-4' : ''}`}>
      <fieldset role="group" aria-describedby={describedBy} className="m-0 min-w-0 border-0 p-0">
        <legend className="mb-2 font-bold body-l">{legend}</legend>
        <p id={`${id}-hint`} className="mb-4 text-ink-secondary">
          {hint}
        </p>
        {error ? (
          <p id={`${id}-error`} className="mb-4 font-bold text-error">
            <span className="sr-only">{labels.errorLabel} </span>
            {error}
          </p>
        ) : null}
        <div id={id} className="flex flex-wrap items-end gap-x-5 gap-y-3">
          {DATE_PARTS.map((part) => {
            const wrong = error !== undefined && errorParts.includes(part);
            return (
              <div key={part}>
                <label htmlFor={`${id}-${part}`} className="mb-1 block">
                  {labels[part]}
                </label>
                <input
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={20}
                  defaultValue={values[part]}
                  aria-invalid={wrong ? true : undefined}
                  className={`text-input ${part === 'year' ? 'w-[4.75em]!' : 'w-[3em]!'} ${wrong ? 'border-error' : ''}`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
