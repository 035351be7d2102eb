import { haversineMetres, metresToMiles } from '@/lib/geo/distance';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import type { HIT_ATTRIBUTES } from './build-search-queries';
import type { SearchDocument } from './to-search-document';
import type { SearchHit } from './types';

/** What a result card is built from: the document fields Meilisearch returns for a hit. */
export type HitDocument = Pick<SearchDocument, (typeof HIT_ATTRIBUTES)[number]> & {
  /** Metres from the searched point, when Meilisearch sorted or filtered by it. */
  _geoDistance?: number;
};

/**
 * The public shape of one hit, whichever engine found it. `highlighted` is HTML that the caller
 * has already escaped (highlightToHtml / highlightQuery).
 */
export function toSearchHit(doc: HitDocument, origin: GeoPoint | null, highlighted?: SearchHit['highlighted']): SearchHit {
  const hit: SearchHit = {
    id: doc.id,
    name: doc.name,
    organisation: doc.organisation,
    summary: doc.summary,
    needs: doc.needs,
    minimumAge: doc.minimumAge ?? null,
    maximumAge: doc.maximumAge ?? null,
    districts: doc.cityWide ? [] : doc.districts,
    cityWide: doc.cityWide,
    cost: doc.cost,
    lastReviewed: doc.lastReviewed ?? null,
    isSample: doc.isSample,
  };
  if (origin && doc._geo) {
    hit.distanceMiles = metresToMiles(doc._geoDistance ?? haversineMetres(origin, doc._geo));
  }
  if (highlighted) hit.highlighted = highlighted;
  return hit;
}
