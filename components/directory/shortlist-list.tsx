import type { ReactNode } from 'react';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/lib/i18n/navigation';
import { listingText } from './listing-text';
import { telHref } from './safe-links';

export interface ShortlistEntry {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  phone: string | null;
  /** Said in the page's language: "Temporarily closed", when the service is paused. */
  statusText: string | null;
  isSample: boolean;
  /** The service page, as a full address, printed under each entry (paper has no links). */
  pageUrl: string;
  /** "Remove from shortlist", on your own shortlist only. */
  action?: ReactNode;
}

interface ShortlistListProps {
  entries: readonly ShortlistEntry[];
  labels: { organisation: string; phone: string; page: string; sample: string };
}

/** The services on a shortlist, each with what is needed to recognise it, call it or find it again on paper. */
export function ShortlistList({ entries, labels }: ShortlistListProps) {
  return (
    <ol className="m-0 mb-8 list-none p-0">
      {entries.map((entry) => {
        const headingId = `shortlist-${entry.id}`;
        return (
          <li key={entry.id} className="border-t border-border py-5 break-inside-avoid last:border-b">
            <article aria-labelledby={headingId}>
              <h2 id={headingId} className="heading-m mb-2">
                <Link href={`/services/${entry.id}`} prefetch={false} className="tap-target" {...listingText}>
                  {entry.name}
                </Link>
              </h2>
              {(entry.isSample || entry.statusText) && (
                <p className="mb-2 flex flex-wrap gap-2">
                  {entry.statusText && <Tag colour="grey">{entry.statusText}</Tag>}
                  {entry.isSample && <Tag colour="yellow">{labels.sample}</Tag>}
                </p>
              )}
              <p className="mb-2 body-s text-ink-secondary">
                {labels.organisation}: <span {...listingText}>{entry.organisation}</span>
              </p>
              <p className="mb-3" {...listingText}>
                {entry.summary}
              </p>
              {entry.phone && (
                <p className="mb-3 body-s">
                  <span className="font-bold">{labels.phone}:</span>{' '}
                  <a href={telHref(entry.phone)} className="tap-target">
                    <bdi dir="ltr" className="ltr-value whitespace-nowrap">
                      {entry.phone}
                    </bdi>
                  </a>
                </p>
              )}
              <p className="hidden body-s print:block">
                {labels.page}:{' '}
                <bdi dir="ltr" className="ltr-value break-all">
                  {entry.pageUrl}
                </bdi>
              </p>
              {entry.action}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
