import type { ReactNode } from 'react';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/lib/i18n/navigation';

// Listings are written in English; on an Urdu or Arabic page they are marked so screen readers
// switch voice and punctuation lands on the right side.
const LISTING_TEXT = { lang: 'en', dir: 'auto' } as const;

export interface GuideResultView {
  id: string;
  path: string;
  /** Pre-escaped HTML from the search layer, matches in <mark>. */
  titleHtml: string;
  snippetHtml: string;
  sectionLabel: string;
  /** Set when the page is in another language than the site (an untranslated page). */
  lang?: string;
}

export interface ServiceResultView {
  id: string;
  /** Pre-escaped HTML from the search layer, matches in <mark>. */
  nameHtml: string;
  summaryHtml: string;
  organisation: string;
  isSample: boolean;
}

interface GroupProps {
  id: string;
  heading: string;
  count: string;
  children: ReactNode;
}

function ResultGroup({ id, heading, count, children }: GroupProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="heading-l mb-2">
        {heading}
      </h2>
      <p className="mb-4 text-ink-secondary">{count}</p>
      {children}
    </section>
  );
}

export function GuideResults({
  hits,
  heading,
  count,
  labels,
}: {
  hits: readonly GuideResultView[];
  heading: string;
  count: string;
  labels: { inEnglish: string; browseAll: string };
}) {
  return (
    <ResultGroup id="guidance-results" heading={heading} count={count}>
      {hits.length > 0 ? (
        <ol role="list" className="m-0 mb-4 list-none p-0">
          {hits.map((hit) => (
            <li key={hit.id} className="border-t border-border py-4">
              <p className="mb-1 body-s text-ink-secondary">{hit.sectionLabel}</p>
              <h3 className="heading-s mb-1" lang={hit.lang} dir={hit.lang ? 'auto' : undefined}>
                <Link href={hit.path} className="tap-target">
                  <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </Link>
              </h3>
              {hit.lang ? (
                <p className="mb-1">
                  <Tag colour="grey">{labels.inEnglish}</Tag>
                </p>
              ) : null}
              <p className="m-0" lang={hit.lang} dir={hit.lang ? 'auto' : undefined} dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
            </li>
          ))}
        </ol>
      ) : null}
      <p>
        <Link href="/guides">{labels.browseAll}</Link>
      </p>
    </ResultGroup>
  );
}

export function ServiceResults({
  hits,
  heading,
  count,
  more,
  labels,
}: {
  hits: readonly ServiceResultView[];
  heading: string;
  count: string;
  /** "See all N services for 'q'" and where it goes, or another way into the directory. */
  more: { href: string; text: string };
  labels: { sample: string };
}) {
  return (
    <ResultGroup id="service-results" heading={heading} count={count}>
      {hits.length > 0 ? (
        <ol role="list" className="m-0 mb-4 list-none p-0">
          {hits.map((hit) => (
            <li key={hit.id} className="border-t border-border py-4">
              <h3 className="heading-s mb-1" {...LISTING_TEXT}>
                <Link href={`/services/${hit.id}`} prefetch={false} className="tap-target">
                  <span dangerouslySetInnerHTML={{ __html: hit.nameHtml }} />
                </Link>
              </h3>
              {hit.isSample ? (
                <p className="mb-1">
                  <Tag colour="yellow">{labels.sample}</Tag>
                </p>
              ) : null}
              <p className="mb-1 body-s text-ink-secondary" {...LISTING_TEXT}>
                {hit.organisation}
              </p>
              <p className="m-0" {...LISTING_TEXT} dangerouslySetInnerHTML={{ __html: hit.summaryHtml }} />
            </li>
          ))}
        </ol>
      ) : null}
      <p className="font-bold">
        <Link href={more.href}>{more.text}</Link>
      </p>
    </ResultGroup>
  );
}
