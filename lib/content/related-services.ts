import { LIST_PARAMS, parseSearchParams, toQueryString, type SearchParams } from '@/lib/validation/search';

// <RelatedServices need="ASD" phase="primary" label="..." /> in a guide links to the directory
// with those filters set. The attributes are the directory's own URL parameters, so the link is
// exactly the search a parent would build by hand, and the count shown is that search's total.

/** The filter attributes an author may set: every list filter, plus an age and keywords. */
export const RELATED_SERVICES_FILTERS = [...LIST_PARAMS, 'age', 'q'] as const;
export type RelatedServicesFilter = (typeof RELATED_SERVICES_FILTERS)[number];

export type RelatedServicesFilters = Partial<Record<RelatedServicesFilter, string | number>>;

export interface RelatedServicesQuery {
  params: SearchParams;
  /** The query string for /services, in the directory's stable order. */
  queryString: string;
}

/**
 * The directory search for a <RelatedServices> block. Throws, naming the attribute, when a value
 * is not something the directory understands: a broken link in a guide should fail the build.
 * Lists are written comma-separated: need="ASD,SLCN".
 */
export function relatedServicesQuery(filters: RelatedServicesFilters): RelatedServicesQuery {
  const raw: Record<string, string> = {};
  for (const name of RELATED_SERVICES_FILTERS) {
    const value = filters[name];
    if (value !== undefined && String(value).trim() !== '') raw[name] = String(value);
  }
  if (Object.keys(raw).length === 0) throw new Error('<RelatedServices> needs at least one filter, such as need="ASD"');
  const { params, ignored } = parseSearchParams(raw);
  if (ignored.length > 0) {
    throw new Error(`<RelatedServices> has values the directory does not understand: ${ignored.join(', ')}`);
  }
  return { params, queryString: toQueryString(params) };
}
