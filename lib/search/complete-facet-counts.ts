import { LIST_PARAMS } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import type { FacetCounts, FacetName } from './types';

/**
 * Every facet present, and a selected value that nothing matches still listed with 0, so the
 * page can show it ticked. Shared by both engines so their results have the same shape.
 */
export function completeFacetCounts(
  counts: Partial<Record<FacetName, Record<string, number>>>,
  params: SearchParams,
): FacetCounts {
  const facets: FacetCounts = {};
  for (const facet of LIST_PARAMS) {
    const values: Record<string, number> = { ...(counts[facet] ?? {}) };
    for (const value of params[facet]) values[value] ??= 0;
    facets[facet] = values;
  }
  return facets;
}
