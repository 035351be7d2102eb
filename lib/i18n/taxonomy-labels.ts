import type { Messages } from './messages';

export interface NamedTerm {
  code: string;
  name: string;
}

export type TaxonomyLabeller = (taxonomy: string, code: string) => string;

/**
 * Labels taxonomy codes in the page's language: the translation in messages
 * (Taxonomy.<taxonomy>.<code>) when there is one, else the English name from the database
 * (a council can add terms before translations arrive), else the code itself.
 */
export function createTaxonomyLabeller(
  translations: Messages['Taxonomy'],
  terms: Partial<Record<string, readonly NamedTerm[]>> = {},
): TaxonomyLabeller {
  const byTaxonomy = translations as unknown as Partial<Record<string, Partial<Record<string, string>>>>;
  return (taxonomy, code) =>
    byTaxonomy[taxonomy]?.[code] ?? terms[taxonomy]?.find((term) => term.code === code)?.name ?? code;
}
