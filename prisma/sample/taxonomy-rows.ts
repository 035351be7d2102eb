import { TAXONOMIES, taxonomyUri, termUri, type TaxonomyData } from '../data/taxonomies';
import { stableUuid } from './ids';

export interface TaxonomyRow {
  id: string;
  code: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface TaxonomyTermRow {
  id: string;
  taxonomyId: string;
  code: string;
  name: string;
  description: string;
  parentId: string | null;
  termUri: string;
  sortOrder: number;
}

/** Ids derive from the URIs, so a term keeps its id in every database seeded from this data. */
export function taxonomyIdFor(taxonomy: string): string {
  return stableUuid(taxonomyUri(taxonomy));
}

export function termIdFor(taxonomy: string, code: string): string {
  return stableUuid(termUri(taxonomy, code));
}

/**
 * Taxonomy and term rows. Terms come parents first, so inserting them in order satisfies the
 * parent foreign key even when the insert is split into several statements.
 */
export function buildTaxonomyRows(taxonomies: readonly TaxonomyData[] = TAXONOMIES): {
  taxonomies: TaxonomyRow[];
  terms: TaxonomyTermRow[];
} {
  const taxonomyRows: TaxonomyRow[] = [];
  const parents: TaxonomyTermRow[] = [];
  const children: TaxonomyTermRow[] = [];
  for (const taxonomy of taxonomies) {
    const taxonomyId = taxonomyIdFor(taxonomy.code);
    taxonomyRows.push({
      id: taxonomyId,
      code: taxonomy.code,
      name: taxonomy.name,
      description: taxonomy.description,
      uri: taxonomyUri(taxonomy.code),
      version: taxonomy.version,
    });
    const codes = new Set(taxonomy.terms.map((t) => t.code));
    taxonomy.terms.forEach((term, index) => {
      if (term.parentCode !== undefined && !codes.has(term.parentCode)) {
        throw new Error(`Term ${taxonomy.code}:${term.code} has unknown parent ${term.parentCode}`);
      }
      const row: TaxonomyTermRow = {
        id: termIdFor(taxonomy.code, term.code),
        taxonomyId,
        code: term.code,
        name: term.name,
        description: term.description,
        parentId: term.parentCode === undefined ? null : termIdFor(taxonomy.code, term.parentCode),
        termUri: termUri(taxonomy.code, term.code),
        sortOrder: index,
      };
      (term.parentCode === undefined ? parents : children).push(row);
    });
  }
  return { taxonomies: taxonomyRows, terms: [...parents, ...children] };
}

/** A lookup from (taxonomy, code) to term id that fails loudly on a code the data lacks. */
export function createTermIdLookup(taxonomies: readonly TaxonomyData[] = TAXONOMIES): (taxonomy: string, code: string) => string {
  const ids = new Map<string, string>();
  for (const taxonomy of taxonomies) {
    for (const term of taxonomy.terms) ids.set(`${taxonomy.code}\u0000${term.code}`, termIdFor(taxonomy.code, term.code));
  }
  return (taxonomy, code) => {
    const id = ids.get(`${taxonomy}\u0000${code}`);
    if (id === undefined) throw new Error(`Unknown taxonomy term ${taxonomy}:${code}`);
    return id;
  };
}
