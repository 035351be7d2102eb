import { AGE_PHASES, AGE_PHASE_RANGES, MAX_AGE } from '@/lib/validation/search';
import type { AgePhase } from '@/lib/validation/search';

// The only mapping from a published service to what the public index holds. Anything not put
// into the document here cannot leak through search (contacts, assurer e-mails, notes...).

/**
 * Bump when the document shape or a mapping rule changes: it is part of the settings
 * fingerprint, so the next `ensureSearchIndex` rebuilds the index.
 */
export const SEARCH_DOCUMENT_VERSION = 1;

/** Private-use characters used as highlight markers; removed from indexed text so they are unambiguous. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

const MAX_DESCRIPTION_LENGTH = 4000;

/** The fields of a published service (with its relations) that the mapping reads. */
export interface IndexableService {
  id: string;
  name: string;
  alternateName: string | null;
  summary: string;
  description: string;
  status: string;
  minimumAge: number | null;
  maximumAge: number | null;
  assuredDate: Date | null;
  isSample: boolean;
  organization: { name: string; isSample: boolean };
  attributes: { term: { code: string; name: string; taxonomy: { code: string } } }[];
  serviceAreas: { scope: string; term: { code: string } | null }[];
  serviceAtLocations: {
    location: { locationType: string; latitude: number | null; longitude: number | null };
  }[];
  costOptions: { amount: { toString(): string } | number | null }[];
  languages: { code: string; name: string }[];
}

export type CostBand = 'free' | 'paid' | 'unknown';

export interface SearchDocument {
  id: string;
  name: string;
  alternateName: string | null;
  /** Lowercased name for alphabetical sorting. */
  nameSort: string;
  organisation: string;
  summary: string;
  description: string;
  /** SEN2 need codes, upper case like the `need` URL parameter. */
  needs: string[];
  needLabels: string[];
  /** Every whole year (0-25) the service is for, so `ages = N` is an exact filter. */
  ages: number[];
  agePhases: AgePhase[];
  /** District codes; a city-wide service lists every district so district filters and counts include it. */
  districts: string[];
  cityWide: boolean;
  types: string[];
  typeLabels: string[];
  delivery: string[];
  cost: CostBand;
  referral: string[];
  access: string[];
  languages: string[];
  languageNames: string[];
  lastReviewed: string | null;
  /** Milliseconds since the epoch; absent when never reviewed (such listings sort last). */
  lastReviewedTs?: number;
  isSample: boolean;
  _geo?: { lat: number; lng: number };
  minimumAge: number | null;
  maximumAge: number | null;
}

export interface SearchDocumentContext {
  /** Every district code in the taxonomy, given to city-wide services. */
  districtCodes: readonly string[];
}

/** Only published, active listings are public. */
export function isPublishable(service: Pick<IndexableService, 'status'>): boolean {
  return service.status === 'active';
}

function cleanText(text: string | null | undefined): string {
  return (text ?? '').replaceAll(HIGHLIGHT_PRE, '').replaceAll(HIGHLIGHT_POST, '').trim();
}

function clampAge(age: number): number {
  return Math.min(MAX_AGE, Math.max(0, Math.round(age)));
}

/** The inclusive age range a listing covers; missing bounds mean "from 0" / "up to 25". */
export function ageRangeOf(service: Pick<IndexableService, 'minimumAge' | 'maximumAge'>): [number, number] {
  const min = clampAge(service.minimumAge ?? 0);
  const max = clampAge(service.maximumAge ?? MAX_AGE);
  return min <= max ? [min, max] : [max, min];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function termsOf(service: IndexableService, taxonomy: string): { code: string; name: string }[] {
  const seen = new Set<string>();
  const out: { code: string; name: string }[] = [];
  for (const { term } of service.attributes) {
    if (term.taxonomy.code !== taxonomy || seen.has(term.code)) continue;
    seen.add(term.code);
    out.push({ code: term.code, name: term.name });
  }
  return out;
}

function codesOf(service: IndexableService, taxonomy: string): string[] {
  return termsOf(service, taxonomy).map((t) => t.code.toLowerCase());
}

/** Paid wins over free: a listing that charges for anything must not be shown as free. */
export function costBandOf(service: Pick<IndexableService, 'attributes' | 'costOptions'>): CostBand {
  const costCodes = new Set(
    service.attributes.filter((a) => a.term.taxonomy.code === 'cost').map((a) => a.term.code.toLowerCase()),
  );
  if (costCodes.has('paid')) return 'paid';
  if (costCodes.has('free')) return 'free';
  const amounts = service.costOptions
    .map((o) => (o.amount === null ? Number.NaN : Number(o.amount.toString())))
    .filter((n) => Number.isFinite(n));
  if (amounts.some((n) => n > 0)) return 'paid';
  if (amounts.length > 0) return 'free';
  return 'unknown';
}

/** A listing with a local-authority-wide area, or no area at all, serves the whole city. */
export function isCityWide(service: Pick<IndexableService, 'serviceAreas'>): boolean {
  return service.serviceAreas.length === 0 || service.serviceAreas.some((a) => a.scope === 'local_authority');
}

function geoOf(service: IndexableService): { lat: number; lng: number } | undefined {
  for (const { location } of service.serviceAtLocations) {
    if (location.locationType !== 'physical') continue;
    const { latitude, longitude } = location;
    if (latitude === null || longitude === null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    return { lat: latitude, lng: longitude };
  }
  return undefined;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toSearchDocument(service: IndexableService, context: SearchDocumentContext): SearchDocument {
  const [minAge, maxAge] = ageRangeOf(service);
  const ages = Array.from({ length: maxAge - minAge + 1 }, (_, i) => minAge + i);
  const agePhases = AGE_PHASES.filter((phase) => {
    const [from, to] = AGE_PHASE_RANGES[phase];
    return from <= maxAge && to >= minAge;
  });

  const cityWide = isCityWide(service);
  const districts = cityWide
    ? [...context.districtCodes]
    : unique(service.serviceAreas.flatMap((a) => (a.term ? [a.term.code.toLowerCase()] : [])));

  const needs = termsOf(service, 'need');
  const types = termsOf(service, 'type');
  const name = cleanText(service.name);
  const geo = geoOf(service);
  const languages = service.languages.filter((l) => l.code.trim() !== '');

  return {
    id: service.id,
    name,
    alternateName: service.alternateName ? cleanText(service.alternateName) : null,
    nameSort: name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
    organisation: cleanText(service.organization.name),
    summary: cleanText(service.summary),
    description: cleanText(service.description).slice(0, MAX_DESCRIPTION_LENGTH),
    needs: needs.map((n) => n.code.toUpperCase()),
    needLabels: needs.map((n) => n.name),
    ages,
    agePhases,
    districts,
    cityWide,
    types: types.map((t) => t.code.toLowerCase()),
    typeLabels: types.map((t) => t.name),
    delivery: codesOf(service, 'delivery'),
    cost: costBandOf(service),
    referral: codesOf(service, 'referral'),
    access: codesOf(service, 'access'),
    languages: unique(languages.map((l) => l.code.trim().toLowerCase())),
    languageNames: unique(languages.map((l) => l.name.trim()).filter((n) => n !== '')),
    lastReviewed: service.assuredDate ? isoDate(service.assuredDate) : null,
    ...(service.assuredDate ? { lastReviewedTs: service.assuredDate.getTime() } : {}),
    isSample: service.isSample || service.organization.isSample,
    ...(geo ? { _geo: geo } : {}),
    minimumAge: service.minimumAge,
    maximumAge: service.maximumAge,
  };
}
