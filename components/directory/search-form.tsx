interface SearchFormProps {
  /** Lets filter controls elsewhere on the page join this form (their `form` attribute). */
  id: string;
  action: string;
  query: string;
  labels: { label: string; hint: string; button: string };
  /** Parameters with no visible control on the page, kept so a new search does not drop them. */
  hidden: readonly { name: string; value: string }[];
}

/** The keyword box. A plain GET form: searching works without JavaScript and gives a shareable URL. */
export function SearchForm({ id, action, query, labels, hidden }: SearchFormProps) {
  return (
    <form id={id} role="search" method="get" action={action} className="mb-8 max-w-[40em] print:hidden">
      <label htmlFor="q" className="mb-1 block font-bold">
        {labels.label}
      </label>
      <p id="q-hint" className="mb-2 text-ink-secondary">
        {labels.hint}
      </p>
      <div className="flex items-stretch">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          aria-describedby="q-hint"
          maxLength={200}
          autoComplete="off"
          spellCheck
          className="text-input min-w-0 flex-1"
        />
        <button type="submit" className="button m-0 shrink-0 shadow-none">
          {labels.button}
        </button>
      </div>
      {hidden.map((field) => (
        <input key={`${field.name}=${field.value}`} type="hidden" name={field.name} value={field.value} />
      ))}
    </form>
  );
}
