import type { Guide } from '@/lib/content/load';
import { mdxToText } from '@/lib/content/mdx-to-text';
import type { AppLocale } from '@/lib/i18n/locales';

/** What the guidance index holds for one guide in one site language. */
export interface GuideDocument {
  /** `<locale>_<slug parts joined by _>`, e.g. `ur_ehcp_annual-reviews`. */
  id: string;
  /** The site language this document is found in (search filters on it). */
  locale: AppLocale;
  /** The language the text is in: English for a page not yet translated. */
  contentLocale: AppLocale;
  /** Site path without the language, e.g. `/guides/ehcp/annual-reviews`. */
  path: string;
  /** The address to link to, e.g. `/ur/guides/ehcp/annual-reviews`. */
  url: string;
  title: string;
  summary: string;
  section: string;
  headings: string[];
  /** The words a reader sees, without MDX syntax or citations. */
  text: string;
}

/** A document id Meilisearch accepts (letters, digits, - and _), unique per language and page. */
export function guideDocumentId(siteLocale: AppLocale, slug: readonly string[]): string {
  return `${siteLocale}_${slug.join('_')}`;
}

/**
 * The one mapping from a guide to its search document. Each site language gets a document for
 * every guide: its own translation where there is one, else the English page, so a search in
 * Urdu still finds every guide and the results say which are in English.
 */
export function toGuideDocument(guide: Guide, siteLocale: AppLocale): GuideDocument {
  const { headings, text } = mdxToText(guide.body);
  return {
    id: guideDocumentId(siteLocale, guide.slug),
    locale: siteLocale,
    contentLocale: guide.contentLocale,
    path: guide.path,
    url: `/${siteLocale}${guide.path}`,
    title: guide.title,
    summary: guide.summary,
    section: guide.section,
    headings,
    text,
  };
}
