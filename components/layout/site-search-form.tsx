interface SiteSearchFormProps {
  /** The localised address of the search page, e.g. /en/search. */
  action: string;
  labels: { label: string; button: string; hint?: string };
  /** The words already searched for, on the results page. */
  query?: string;
  /** `header`: compact, label for screen readers only (the header is already busy). `page`: label and hint shown. */
  variant?: 'header' | 'page';
  /** Distinct ids when the header box and the page's own box are on the same page. */
  id?: string;
}

/**
 * Search across guidance and services. A plain GET form to /<locale>/search?q=..., so it works
 * without JavaScript and every search has a shareable address.
 */
export function SiteSearchForm({ action, labels, query = '', variant = 'page', id = 'site-search' }: SiteSearchFormProps) {
  const inputId = `${id}-q`;
  const hintId = `${id}-hint`;
  const header = variant === 'header';
  return (
    <form role="search" method="get" action={action} className={header ? 'w-full max-w-[22rem] print:hidden' : 'mb-8 max-w-[40em] print:hidden'}>
      <label htmlFor={inputId} className={header ? 'sr-only' : 'mb-1 block font-bold'}>
        {labels.label}
      </label>
      {!header && labels.hint ? (
        <p id={hintId} className="mb-2 text-ink-secondary">
          {labels.hint}
        </p>
      ) : null}
      <div className="flex items-stretch">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          autoComplete="off"
          spellCheck
          aria-describedby={!header && labels.hint ? hintId : undefined}
          className={`text-input min-w-0 flex-1 ${header ? 'border-white' : ''}`}
        />
        <button type="submit" className={`button m-0 shrink-0 shadow-none ${header ? 'border-2 border-white' : ''}`}>
          {labels.button}
        </button>
      </div>
    </form>
  );
}
