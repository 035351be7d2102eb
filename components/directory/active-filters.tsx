import { Link } from '@/lib/i18n/navigation';

export interface ActiveFilter {
  key: string;
  label: string;
  /** The results address without this filter. */
  removeHref: string;
}

interface ActiveFiltersProps {
  filters: readonly ActiveFilter[];
  clearHref: string;
  labels: { heading: string; remove: string; clearAll: string };
}

/** What is narrowing the results, each removable with one link (works without JavaScript). */
export function ActiveFilters({ filters, clearHref, labels }: ActiveFiltersProps) {
  if (filters.length === 0) return null;
  return (
    <div className="mb-6 print:hidden">
      <h3 className="mb-2 body-s font-bold">{labels.heading}</h3>
      <ul className="m-0 mb-2 flex list-none flex-wrap gap-2 p-0">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={filter.removeHref}
              prefetch={false}
              className="inline-flex min-h-8 items-center gap-2 border-2 border-ink bg-white px-2 py-1 body-s text-ink no-underline visited:text-ink hover:bg-light-grey hover:text-ink focus-visible:bg-focus focus-visible:text-ink"
            >
              <span className="sr-only">{labels.remove}: </span>
              <bdi>{filter.label}</bdi>
              <span aria-hidden="true" className="font-bold">
                ✕
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} prefetch={false} className="tap-target body-s">
        {labels.clearAll}
      </Link>
    </div>
  );
}
