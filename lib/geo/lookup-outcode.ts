import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface GeoPoint {
  lat: number;
  lng: number;
}

// A UK postcode is an outcode (area + district, e.g. B23, WS9, EC1A) then an incode
// (digit + two letters). The incode is always three characters, which is how the two are split
// when someone types a postcode without its space.
const OUTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$/;

/** Upper case, no spaces: "b23 6xx" → "B236XX". */
export function compactPostcode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The outcode of a full postcode or an outcode: `outcodeOf('B23 6XX')` → 'B23'; null if neither. */
export function outcodeOf(input: string): string | null {
  const compact = compactPostcode(input);
  const full = FULL_POSTCODE.exec(compact);
  if (full?.[1]) return full[1];
  return OUTCODE.test(compact) ? compact : null;
}

function columnIndex(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/**
 * Parses a CSV of places with a header row. Keys may be outcodes or full postcodes (stored
 * compact), so a full postcode dataset can replace the outcode file without code changes.
 */
export function parsePostcodeCsv(text: string): Map<string, GeoPoint> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',');
  const keyCol = columnIndex(header, ['outcode', 'postcode', 'pcd', 'pcds']);
  const latCol = columnIndex(header, ['latitude', 'lat']);
  const lngCol = columnIndex(header, ['longitude', 'lng', 'lon', 'long']);
  if (keyCol < 0 || latCol < 0 || lngCol < 0) {
    throw new Error('Postcode CSV needs outcode/postcode, latitude and longitude columns');
  }
  const out = new Map<string, GeoPoint>();
  for (const line of lines) {
    const cells = line.split(',');
    const key = compactPostcode((cells[keyCol] ?? '').replace(/"/g, ''));
    // Number('') is 0: an empty cell must read as missing, not as zero.
    const lat = Number(cells[latCol]?.trim() || Number.NaN);
    const lng = Number(cells[lngCol]?.trim() || Number.NaN);
    if (key === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    // Some datasets mark unknown positions as 0,0 or 99.99: neither is in the UK.
    if (lat < 49 || lat > 61 || lng < -9 || lng > 3) continue;
    out.set(key, { lat, lng });
  }
  return out;
}

let table: Map<string, GeoPoint> | undefined;

function readTable(): Map<string, GeoPoint> {
  // The URL form lets bundlers trace and copy the file; the cwd form covers runners that rewrite
  // import.meta.url (the app always runs from the project root).
  const candidates = [new URL('./uk-outcodes.csv', import.meta.url), path.join(process.cwd(), 'lib', 'geo', 'uk-outcodes.csv')];
  let lastError: unknown;
  for (const file of candidates) {
    try {
      return parsePostcodeCsv(readFileSync(file, 'utf8'));
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error('Cannot read lib/geo/uk-outcodes.csv', { cause: lastError });
}

function postcodeTable(): Map<string, GeoPoint> {
  table ??= readTable();
  return table;
}

/** Centroid of an outcode (B23), or null when unknown. */
export function lookupOutcode(outcode: string): GeoPoint | null {
  return postcodeTable().get(compactPostcode(outcode)) ?? null;
}

/** Coordinates for a full postcode or an outcode: the exact postcode when the data has it, else its outcode. */
export function lookupPostcode(input: string): GeoPoint | null {
  const data = postcodeTable();
  const exact = data.get(compactPostcode(input));
  if (exact) return exact;
  const outcode = outcodeOf(input);
  return outcode ? (data.get(outcode) ?? null) : null;
}
