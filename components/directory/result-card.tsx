import type { ReactNode } from 'react';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/lib/i18n/navigation';
import { listingText } from './listing-text';

export interface ResultCardData {
  id: string;
  href: string;
  name: string;
  /** Pre-escaped HTML from the search layer with matches in <mark>; only ever these two fields. */
  nameHtml?: string;
  summary: string;
  summaryHtml?: string;
  organisation: string;
  /** Need labels already joined as a list in the page's language. */
  needs: string;
  ages: string;
  area: string;
  cost: string;
  lastReviewed: string | null;
  distance?: string;
  isSample: boolean;
  /** "Add to shortlist" (or "Remove"), under the details. */
  action?: ReactNode;
}

export interface ResultCardLabels {
  sample: string;
  organisation: string;
  needs: string;
  ages: string;
  area: string;
  cost: string;
  lastReviewed: string;
  notReviewed: string;
  distance: string;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-bold">{term}:</dt>
      <dd className="m-0">{children}</dd>
    </div>
  );
}

export function ResultCard({ result, labels }: { result: ResultCardData; labels: ResultCardLabels }) {
  const headingId = `result-${result.id}`;
  return (
    <article aria-labelledby={headingId} className="border-t border-border py-5">
      <h3 id={headingId} className="heading-s mb-1">
        <Link href={result.href} prefetch={false} className="tap-target" {...listingText}>
          {result.nameHtml ? <span dangerouslySetInnerHTML={{ __html: result.nameHtml }} /> : result.name}
        </Link>
      </h3>
      {result.isSample && (
        <p className="mb-2">
          <Tag colour="yellow">{labels.sample}</Tag>
        </p>
      )}
      <p className="mb-2 body-s text-ink-secondary">
        {labels.organisation}: <span {...listingText}>{result.organisation}</span>
      </p>
      {result.summaryHtml ? (
        <p className="mb-3" {...listingText} dangerouslySetInnerHTML={{ __html: result.summaryHtml }} />
      ) : (
        <p className="mb-3" {...listingText}>
          {result.summary}
        </p>
      )}
      <dl className="m-0 grid gap-1 body-s">
        {result.needs && <Row term={labels.needs}>{result.needs}</Row>}
        <Row term={labels.ages}>{result.ages}</Row>
        <Row term={labels.area}>{result.area}</Row>
        <Row term={labels.cost}>{result.cost}</Row>
        {result.distance && <Row term={labels.distance}>{result.distance}</Row>}
        <Row term={labels.lastReviewed}>{result.lastReviewed ?? labels.notReviewed}</Row>
      </dl>
      {result.action && <div className="mt-4">{result.action}</div>}
    </article>
  );
}
