import type { MultiSearchQuery } from 'meilisearch';
import { LIST_PARAMS, PAGE_SIZE } from '@/lib/validation/search';
import type { ListParam, SearchParams } from '@/lib/validation/search';
import { milesToMetres } from '@/lib/geo/distance';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import { FACET_ATTRIBUTES } from './settings';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './to-search-document';
import type { FacetName } from './types';

/** The document fields a result card needs; the rest (description, ages...) stays in the index. */
export const HIT_ATTRIBUTES = [
  'id',
  'name',
  'organisation',
  'summary',
  'needs',
  'minimumAge',
  'maximumAge',
  'districts',
  'cityWide',
  'cost',
  'lastReviewed',
  'isSample',
  '_geo',
] as const;

export const FACET_NAMES = LIST_PARAMS satisfies readonly FacetName[];

export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** For each query after the first: the facet whose (disjunctive) counts it answers. */
  facetQueries: FacetName[];
  /** The point distances are measured from, when a postcode was recognised. */
  origin: GeoPoint | null;
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(facet: ListParam, values: readonly string[]): string {
  return `${FACET_ATTRIBUTES[facet]} IN [${values.map(quote).join(', ')}]`;
}

function sortFor(params: SearchParams, origin: GeoPoint | null): string[] | undefined {
  switch (params.sort) {
    case 'name':
      return ['nameSort:asc'];
    case 'reviewed':
      return ['lastReviewedTs:desc'];
    case 'distance':
      if (origin) return [`_geoPoint(${origin.lat}, ${origin.lng}):asc`];
      break;
    case 'relevance':
      break;
  }
  // Without a keyword there is nothing to rank by: list alphabetically so pages are predictable.
  return params.q ? undefined : ['nameSort:asc'];
}

/**
 * Turns search parameters into one Meilisearch multi-search: the main query (every filter, one
 * page of hits, counts for facets nobody has selected) plus, for each facet with a selection, a
 * count-only query with every filter except that facet's own. That gives disjunctive counts:
 * ticking "Autism" does not make the other needs' counts drop to what overlaps with autism.
 */
export function buildSearchQueries(
  params: SearchParams,
  options: { indexUid: string; origin: GeoPoint | null },
): SearchPlan {
  const { indexUid, origin } = options;
  const q = params.q?.trim() ?? '';

  const baseFilters: string[] = [];
  if (params.age !== undefined) baseFilters.push(`ages = ${params.age}`);
  if (origin && params.radius !== undefined) {
    baseFilters.push(`_geoRadius(${origin.lat}, ${origin.lng}, ${Math.round(milesToMetres(params.radius))})`);
  }

  const selected = FACET_NAMES.filter((facet) => params[facet].length > 0);
  const facetFilter = new Map(selected.map((facet) => [facet, anyOf(facet, params[facet])]));
  const filtersExcept = (skip?: FacetName) => [
    ...baseFilters,
    ...selected.filter((facet) => facet !== skip).map((facet) => facetFilter.get(facet) as string),
  ];

  const unselected = FACET_NAMES.filter((facet) => !facetFilter.has(facet));
  const sort = sortFor(params, origin);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    filter: filtersExcept(),
    facets: unselected.map((facet) => FACET_ATTRIBUTES[facet]),
    hitsPerPage: PAGE_SIZE,
    page: params.page,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    ...(sort ? { sort } : {}),
    ...(q
      ? { attributesToHighlight: ['name', 'summary'], highlightPreTag: HIGHLIGHT_PRE, highlightPostTag: HIGHLIGHT_POST }
      : {}),
  };

  const facetQueries = selected.map(
    (facet): MultiSearchQuery => ({
      indexUid,
      q,
      filter: filtersExcept(facet),
      facets: [FACET_ATTRIBUTES[facet]],
      limit: 0,
    }),
  );

  return { queries: [main, ...facetQueries], facetQueries: selected, origin };
}
