import type { GeoPoint } from './lookup-outcode';

export const METRES_PER_MILE = 1609.344;
const EARTH_RADIUS_METRES = 6_371_000;

/** Great-circle distance in metres (the same formula Meilisearch uses for `_geoDistance`). */
export function haversineMetres(a: GeoPoint, b: GeoPoint): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function milesToMetres(miles: number): number {
  return miles * METRES_PER_MILE;
}

/** Metres to miles, rounded to one decimal place for display. */
export function metresToMiles(metres: number): number {
  return Math.round((metres / METRES_PER_MILE) * 10) / 10;
}
