import 'server-only';
import { lookupPostcode } from '@/lib/geo/lookup-outcode';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import type { SearchParams } from '@/lib/validation/search';
import type { SearchNotice } from './types';

export interface ResolvedLocation {
  origin: GeoPoint | null;
  /** The parameters actually searched: without radius or distance sort when the postcode is unknown. */
  params: SearchParams;
  notices: SearchNotice[];
}

/** An unrecognised postcode is not an error: search still answers, without distance, and says so. */
export function resolveLocation(params: SearchParams): ResolvedLocation {
  if (!params.postcode) return { origin: null, params, notices: [] };
  const origin = lookupPostcode(params.postcode);
  if (origin) return { origin, params, notices: [] };
  return {
    origin: null,
    params: { ...params, radius: undefined, sort: params.sort === 'distance' ? 'relevance' : params.sort },
    notices: ['postcode-not-found'],
  };
}
