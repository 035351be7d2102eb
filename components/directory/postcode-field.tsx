interface PostcodeFieldProps {
  form: string;
  /** What the user typed, kept even when it was not a postcode so they can correct it. */
  value: string;
  error?: string;
  label: string;
  hint: string;
}

/** A postcode to measure distances from; joins the search form through its `form` attribute. */
export function PostcodeField({ form, value, error, label, hint }: PostcodeFieldProps) {
  const describedBy = ['postcode-hint', error ? 'postcode-error' : null].filter(Boolean).join(' ');
  return (
    <div className={`mb-4 border-t border-border pt-3 ${error ? 'border-s-[5px] border-s-error ps-3' : ''}`}>
      <label htmlFor="postcode" className="mb-1 block font-bold">
        {label}
      </label>
      <p id="postcode-hint" className="mb-2 body-s text-ink-secondary">
        {hint}
      </p>
      {error && (
        <p id="postcode-error" className="mb-2 body-s font-bold text-error">
          {error}
        </p>
      )}
      <input
        id="postcode"
        name="postcode"
        type="text"
        dir="ltr"
        autoComplete="postal-code"
        spellCheck={false}
        maxLength={10}
        defaultValue={value}
        form={form}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`text-input w-[8em]! uppercase ${error ? 'border-error' : ''}`}
      />
    </div>
  );
}
