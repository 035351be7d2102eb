import type { TaxonomyLabeller } from '@/lib/i18n/taxonomy-labels';
import type { ListParam, SearchParams } from '@/lib/validation/search';
import type { FacetOptionGroup } from './facet-group';

// Turns taxonomies (order, grouping) and facet counts from a search into filter options.

export interface FacetTerm {
  code: string;
  parentCode: string | null;
}

export type FacetTaxonomies = Partial<Record<string, readonly FacetTerm[]>>;
type Counts = Partial<Record<string, Record<string, number>>>;

/** Term codes in display order: the database's order, else the order of the messages file. */
export function termCodes(taxonomy: string, taxonomies: FacetTaxonomies, fallback: Record<string, string>): string[] {
  const terms = taxonomies[taxonomy];
  return terms && terms.length > 0 ? terms.map((t) => t.code) : Object.keys(fallback);
}

export function flatGroup(
  name: ListParam,
  codes: readonly string[],
  counts: Counts,
  params: SearchParams,
  label: TaxonomyLabeller,
): FacetOptionGroup[] {
  const selected: readonly string[] = params[name];
  return [
    {
      options: codes.map((code) => ({
        value: code,
        label: label(name, code),
        count: counts[name]?.[code] ?? 0,
        selected: selected.includes(code),
      })),
    },
  ];
}

/** Needs grouped under the four broad areas of the SEND Code of Practice; ungrouped ones last. */
export function needGroups(
  taxonomies: FacetTaxonomies,
  fallback: Record<string, string>,
  counts: Counts,
  params: SearchParams,
  label: TaxonomyLabeller,
  otherLabel: string,
): FacetOptionGroup[] {
  const option = (code: string) => ({
    value: code,
    label: label('need', code),
    count: counts.need?.[code] ?? 0,
    selected: params.need.includes(code),
  });
  const terms = taxonomies.need;
  if (!terms || terms.length === 0) {
    return [{ options: Object.keys(fallback).filter((code) => !code.startsWith('area-')).map(option) }];
  }
  const parents = new Set(terms.map((t) => t.parentCode).filter((c): c is string => c !== null));
  const groups: FacetOptionGroup[] = terms
    .filter((t) => parents.has(t.code))
    .map((area) => ({
      label: label('need', area.code),
      options: terms.filter((t) => t.parentCode === area.code).map((t) => option(t.code)),
    }));
  const loose = terms.filter((t) => t.parentCode === null && !parents.has(t.code));
  if (loose.length > 0) groups.push({ label: otherLabel, options: loose.map((t) => option(t.code)) });
  return groups;
}

