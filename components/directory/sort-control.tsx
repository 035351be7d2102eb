import type { SearchSort } from '@/lib/validation/search';

interface SortControlProps {
  form: string;
  value: SearchSort;
  /** Distance only makes sense once a postcode has been found. */
  canSortByDistance: boolean;
  label: string;
  button: string;
  options: Record<SearchSort, string>;
}

/** Result order. A button beside it applies the choice, so it works without JavaScript. */
export function SortControl({ form, value, canSortByDistance, label, button, options }: SortControlProps) {
  const sorts = (Object.keys(options) as SearchSort[]).filter((s) => s !== 'distance' || canSortByDistance);
  return (
    <div className="mb-2 flex flex-wrap items-end gap-2 print:hidden">
      <div>
        <label htmlFor="sort" className="mb-1 block body-s font-bold">
          {label}
        </label>
        <select
          id="sort"
          name="sort"
          form={form}
          defaultValue={value}
          className="min-h-10 border-2 border-input-border bg-white px-2 py-1 body-s"
        >
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {options[sort]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" form={form} className="button button-secondary m-0 body-s">
        {button}
      </button>
    </div>
  );
}
