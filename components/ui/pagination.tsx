import Link from 'next/link';
import type { ReactNode } from 'react';

interface PaginationProps {
  currentPage: number;
  totalPages: number;
  /** Builds the address of a page; the component never reads the URL itself. */
  hrefFor: (page: number) => string;
  labels: {
    nav: string;
    /** "Previous page", with "page" visually hidden if the design wants (word order varies by language). */
    previous: ReactNode;
    next: ReactNode;
    page: (page: number) => string;
  };
  formatNumber?: (n: number) => string;
}

type PageItem = number | 'gap';

/** Page numbers to show: the first, the last and the neighbours of the current page. */
export function pageItems(current: number, total: number): PageItem[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of sorted) {
    const previous = items[items.length - 1];
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}

const linkClass = 'tap-target min-w-10 px-3 py-2 text-center font-bold';

/** Numbered links between pages of results (GOV.UK pagination). */
export function Pagination({ currentPage, totalPages, hrefFor, labels, formatNumber = String }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="mt-8 mb-10 print:hidden" aria-label={labels.nav}>
      <ul className="m-0 flex list-none flex-wrap items-center gap-x-1 gap-y-2 p-0">
        {currentPage > 1 && (
          <li className="me-2">
            <Link className={linkClass} href={hrefFor(currentPage - 1)} rel="prev" prefetch={false}>
              <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                ←
              </span>{' '}
              {labels.previous}
            </Link>
          </li>
        )}
        {pageItems(currentPage, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className="px-2" aria-hidden="true">
              …
            </li>
          ) : item === currentPage ? (
            <li key={item}>
              <a
                className={`${linkClass} bg-link text-white no-underline visited:text-white hover:text-white focus-visible:bg-focus focus-visible:text-ink`}
                href={hrefFor(item)}
                aria-current="page"
                aria-label={labels.page(item)}
              >
                {formatNumber(item)}
              </a>
            </li>
          ) : (
            <li key={item}>
              <Link className={linkClass} href={hrefFor(item)} aria-label={labels.page(item)} prefetch={false}>
                {formatNumber(item)}
              </Link>
            </li>
          ),
        )}
        {currentPage < totalPages && (
          <li className="ms-2">
            <Link className={linkClass} href={hrefFor(currentPage + 1)} rel="next" prefetch={false}>
              {labels.next}{' '}
              <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                →
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
