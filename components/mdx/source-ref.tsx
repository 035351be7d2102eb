import { legalSourceUrl } from '@/lib/content/legal-sources';

interface SourceRefProps {
  /** The law or guidance, e.g. "SEND Regulations 2014". */
  source: string;
  /** The place within it, e.g. "regulation 13(2)". */
  at?: string;
  /** Overrides the address worked out from the source name. */
  href?: string;
  /** Brackets around the citation; off in a table column that holds only citations. */
  brackets?: boolean;
}

/**
 * An inline citation such as "(SEND Regulations 2014, regulation 13(2))". It links to the law
 * itself where the site knows the address. Citations stay in English, marked as such, so a
 * screen reader reading an Urdu or Arabic page pronounces them correctly and they keep their
 * left-to-right order.
 */
export function SourceRef({ source, at, href, brackets = true }: SourceRefProps) {
  const url = href ?? legalSourceUrl(source, at);
  const text = (
    <>
      <cite className="not-italic">{source}</cite>
      {at ? `, ${at}` : null}
    </>
  );
  return (
    <span lang="en" dir="ltr" className="[unicode-bidi:isolate]">
      {brackets ? '(' : null}
      {url ? <a href={url}>{text}</a> : text}
      {brackets ? ')' : null}
    </span>
  );
}
