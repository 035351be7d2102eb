import { Link } from '@/lib/i18n/navigation';

export interface PhaseLink {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** The results address with this age group added (or removed, when selected). */
  href: string;
}

interface AgeFilterProps {
  form: string;
  /** What the user typed, kept even when it was not a valid age so they can correct it. */
  value: string;
  error?: string;
  labels: { legend: string; label: string; hint: string; phases: string; selected: string };
  phases: readonly PhaseLink[];
  formatCount: (count: number) => string;
}

/** Age in years (0 to 25), or one click on a school stage. */
export function AgeFilter({ form, value, error, labels, phases, formatCount }: AgeFilterProps) {
  const describedBy = ['age-hint', error ? 'age-error' : null].filter(Boolean).join(' ');
  return (
    <fieldset className="m-0 mb-4 border-0 border-t border-border p-0 pt-3">
      <legend className="float-start mb-2 w-full font-bold">{labels.legend}</legend>
      <div className={`clear-both ${error ? 'border-s-[5px] border-error ps-3' : ''}`}>
        <label htmlFor="age" className="mb-1 block body-s">
          {labels.label}
        </label>
        <p id="age-hint" className="mb-2 body-s text-ink-secondary">
          {labels.hint}
        </p>
        {error && (
          <p id="age-error" className="mb-2 body-s font-bold text-error">
            {error}
          </p>
        )}
        {/* GOV.UK advice: a text input with a numeric keyboard, not type=number (which
            changes on scroll, accepts "e" and is poorly announced). */}
        <input
          id="age"
          name="age"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={2}
          size={3}
          autoComplete="off"
          spellCheck={false}
          defaultValue={value}
          form={form}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`text-input mb-3 w-[4.5em]! ${error ? 'border-error' : ''}`}
        />
      </div>
      <p className="mb-2 body-s" id="phase-label">
        {labels.phases}
      </p>
      <ul className="m-0 list-none p-0" aria-labelledby="phase-label">
        {phases.map((phase) => (
          <li key={phase.value} className="mb-1">
            <Link
              href={phase.href}
              prefetch={false}
              aria-current={phase.selected ? 'true' : undefined}
              className={`tap-target body-s ${phase.selected ? 'font-bold' : ''}`}
            >
              {phase.selected && <span aria-hidden="true">✓ </span>}
              {phase.label}
              {phase.selected && <span className="sr-only"> ({labels.selected})</span>}
            </Link>{' '}
            <span className="body-s whitespace-nowrap text-ink-secondary">({formatCount(phase.count)})</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
