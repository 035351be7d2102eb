import 'server-only';
import { createContentLoader } from '@/lib/content/load';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@/lib/i18n/locales';
import { guideDocumentId, toGuideDocument, type GuideDocument } from './to-guide-document';

/** Every guide in every site language, as search documents, read from the content folder. */
export async function listGuideDocuments(contentRoot: string): Promise<GuideDocument[]> {
  const loader = createContentLoader(contentRoot);
  const slugs = await loader.listGuideSlugs();
  const english = new Map<string, GuideDocument>();
  const documents: GuideDocument[] = [];
  // English first: an untranslated page in another language reuses the English document's text
  // instead of parsing the same MDX again.
  for (const locale of [DEFAULT_LOCALE, ...LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)]) {
    for (const slug of slugs) {
      const guide = await loader.getGuide(locale, slug);
      if (!guide) continue;
      const original = guide.isFallback ? english.get(guide.path) : undefined;
      const document = original
        ? { ...original, id: guideDocumentId(locale, slug), locale, url: `/${locale}${guide.path}` }
        : toGuideDocument(guide, locale);
      if (locale === DEFAULT_LOCALE) english.set(guide.path, document);
      documents.push(document);
    }
  }
  return documents;
}
