import { z } from 'zod';
import { DEFAULT_LOCALE, type AppLocale } from '@/lib/i18n/locales';
import englishGlossary from '../../content/en/glossary.json';
import { guideSourceSchema } from './frontmatter';
import { isValidSlug } from './slug';

// The glossary behind <Term id="..."> in guides and the /guides/glossary page. It is data, not
// MDX, so one definition serves every page that uses the word, and a test can check that every
// term a guide uses exists. Each language has content/<locale>/glossary.json; a language
// without one (or without a term) shows the English entry, marked as English.

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nonEmpty = z.string().trim().min(1);

export const glossaryEntrySchema = z
  .object({
    /** Anchor on the glossary page and the id authors write: <Term id="ehcna">. */
    id: z.string().regex(TERM_ID, 'Use lower-case words joined by hyphens'),
    /** The word or abbreviation as families meet it, e.g. "EHCNA". */
    term: nonEmpty.max(60),
    /** What an abbreviation stands for, e.g. "education, health and care needs assessment". */
    expansion: nonEmpty.max(120).optional(),
    /** Other spellings people search for; they become search synonyms. */
    aliases: z.array(nonEmpty.max(60)).default([]),
    /** Plain words, one to three sentences. */
    definition: nonEmpty.max(500),
    /** The law or guidance behind any statutory fact in the definition. */
    sources: z.array(guideSourceSchema).default([]),
    /** Slug of the guide that explains more, e.g. "ehcp/annual-reviews". */
    guide: z
      .string()
      .refine((value) => isValidSlug(value.split('/')), 'Expected a guide slug such as ehcp/annual-reviews')
      .optional(),
  })
  .strict();

export const glossarySchema = z
  .object({ terms: z.array(glossaryEntrySchema).min(1) })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.terms.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `Duplicate glossary id "${entry.id}"` });
      }
      seen.add(entry.id);
    });
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface GlossaryView extends GlossaryEntry {
  /** The language the entry is written in: English where the reader's language has no entry. */
  contentLocale: AppLocale;
  isFallback: boolean;
}

function parseGlossary(data: unknown, file: string): GlossaryEntry[] {
  const result = glossarySchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid glossary in ${file}:\n${z.prettifyError(result.error)}`);
  return result.data.terms;
}

// Translations are added here, one import per language, so a bad file fails the build.
const GLOSSARIES: Partial<Record<AppLocale, GlossaryEntry[]>> = {
  en: parseGlossary(englishGlossary, 'content/en/glossary.json'),
};

function collator(locale: AppLocale) {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/** Every glossary entry in the reader's language where translated, in alphabetical order. */
export function listGlossary(locale: AppLocale): GlossaryView[] {
  const english = GLOSSARIES[DEFAULT_LOCALE] ?? [];
  const translated = new Map((GLOSSARIES[locale] ?? []).map((entry) => [entry.id, entry]));
  const compare = collator(locale);
  return english
    .map((entry): GlossaryView => {
      const own = translated.get(entry.id);
      return own
        ? { ...own, contentLocale: locale, isFallback: false }
        : { ...entry, contentLocale: DEFAULT_LOCALE, isFallback: locale !== DEFAULT_LOCALE };
    })
    .sort((a, b) => compare.compare(a.term, b.term));
}

/** The entry a <Term id> refers to; throws for an unknown id so a typo fails the build. */
export function getGlossaryEntry(locale: AppLocale, id: string): GlossaryView {
  const entry = listGlossary(locale).find((e) => e.id === id);
  if (!entry) throw new Error(`Unknown glossary term "${id}": add it to content/en/glossary.json`);
  return entry;
}

/** The ids of every English entry (the complete set). */
export function glossaryIds(): string[] {
  return (GLOSSARIES[DEFAULT_LOCALE] ?? []).map((entry) => entry.id);
}

/** Groups of words that mean the same, for search: term, expansion and aliases of each entry. */
export function glossarySynonymGroups(): string[][] {
  return (GLOSSARIES[DEFAULT_LOCALE] ?? [])
    .map((entry) =>
      // Brackets and commas are for readers; search matches words.
      [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases].map((words) =>
        words.replace(/[(),.]/g, ' ').replace(/\s+/g, ' ').trim(),
      ),
    )
    .filter((group) => group.length > 1);
}
