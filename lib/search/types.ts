import type { AgePhase, SearchParams } from '@/lib/validation/search';

/** The public shape of one search hit (also the JSON contract of GET /api/search). */
export interface SearchHit {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  needs: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  /** District codes the service covers; empty with cityWide = true for city-wide services. */
  districts: string[];
  cityWide: boolean;
  cost: 'free' | 'paid' | 'unknown';
  lastReviewed: string | null;
  isSample: boolean;
  /** Miles from the searched postcode, when one was given. */
  distanceMiles?: number;
  /** Name and summary with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  highlighted?: { name: string; summary: string };
}

export type FacetName = 'need' | 'phase' | 'district' | 'type' | 'delivery' | 'cost' | 'referral' | 'access' | 'language';
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** Which engine answered: Meilisearch normally, PostgreSQL when search is down or slow. */
  engine: 'meilisearch' | 'postgres';
  params: SearchParams;
  /** Things the page should tell the user, e.g. the postcode was not recognised (results are not distance-filtered). */
  notices?: SearchNotice[];
  /** Only when total is 0: single filters whose removal would find services, most results first. */
  relaxations?: SearchRelaxation[];
}

/** A search parameter that can be dropped to widen a search: the keywords, age, radius or a facet. */
export type RelaxableParam = 'q' | 'age' | 'radius' | FacetName;

export interface SearchRelaxation {
  param: RelaxableParam;
  /** What would be removed, as in the URL (a facet's selected values joined with commas). */
  value: string;
  /** Services found without it. */
  total: number;
}

export type SearchNotice = 'postcode-not-found';

export type { AgePhase };
