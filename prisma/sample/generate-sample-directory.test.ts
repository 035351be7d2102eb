import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../data/districts';
import { LANGUAGES } from '../data/languages';
import type { DirectoryRows } from './directory-rows';
import {
  DEFAULT_SAMPLE_SEED,
  SAMPLE_REFERENCE_DATE,
  formatTime,
  generateSampleDirectory,
  iterateSampleDirectory,
} from './generate-sample-directory';
import { buildTaxonomyRows } from './taxonomy-rows';

const { taxonomies, terms } = buildTaxonomyRows();
const taxonomyCodeById = new Map(taxonomies.map((t) => [t.id, t.code]));
const termById = new Map(terms.map((t) => [t.id, { ...t, taxonomy: taxonomyCodeById.get(t.taxonomyId) }]));

const directory = generateSampleDirectory({ services: 2000 });

const attributesByService = new Map<DirectoryRows, Map<string, DirectoryRows['attributes']>>();

function termsOf(rows: DirectoryRows, serviceId: string, taxonomy: string): string[] {
  let index = attributesByService.get(rows);
  if (!index) {
    index = groupBy(rows.attributes, (a) => a.serviceId);
    attributesByService.set(rows, index);
  }
  return (index.get(serviceId) ?? [])
    .map((a) => termById.get(a.taxonomyTermId))
    .filter((t) => t?.taxonomy === taxonomy)
    .map((t) => t?.code ?? '');
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(row);
    map.set(k, list);
  }
  return map;
}

describe('generateSampleDirectory', () => {
  it('is deterministic for a seed and differs between seeds', { timeout: 60_000 }, () => {
    const again = generateSampleDirectory({ services: 2000 });
    expect(again).toEqual(directory);
    expect(generateSampleDirectory({ services: 50, seed: DEFAULT_SAMPLE_SEED })).toEqual(generateSampleDirectory({ services: 50 }));

    const other = generateSampleDirectory({ services: 2000, seed: 7 });
    expect(other.services[0]?.id).not.toBe(directory.services[0]?.id);
    expect(other.services.map((s) => s.name)).not.toEqual(directory.services.map((s) => s.name));
  });

  it('yields the same rows whatever the chunk size', () => {
    const merged = generateSampleDirectory({ services: 300 });
    const chunks = [...iterateSampleDirectory({ services: 300, chunkSize: 37 })];
    expect(chunks).toHaveLength(9);
    expect(chunks.flatMap((c) => c.services)).toEqual(merged.services);
    expect(chunks.flatMap((c) => c.attributes)).toEqual(merged.attributes);
    expect(chunks.flatMap((c) => c.locations)).toEqual(merged.locations);
    // The first 300 services are the same whatever the total.
    expect(merged.services).toEqual(directory.services.slice(0, 300));
  });

  it('produces the requested number of services, all sample, with every reference resolvable', () => {
    expect(directory.services).toHaveLength(2000);
    expect(generateSampleDirectory({ services: 0 }).services).toHaveLength(0);
    expect(directory.organizations.every((o) => o.isSample)).toBe(true);
    expect(directory.services.every((s) => s.isSample && s.status === 'active')).toBe(true);

    const orgIds = new Set(directory.organizations.map((o) => o.id));
    const serviceIds = new Set(directory.services.map((s) => s.id));
    const locationIds = new Set(directory.locations.map((l) => l.id));
    expect(directory.services.every((s) => orgIds.has(s.organizationId))).toBe(true);
    expect(directory.addresses.every((a) => locationIds.has(a.locationId))).toBe(true);
    expect(directory.accessibility.every((a) => locationIds.has(a.locationId))).toBe(true);
    for (const table of ['serviceAtLocations', 'serviceAreas', 'attributes', 'schedules', 'costOptions', 'languages'] as const) {
      expect(directory[table].every((row) => serviceIds.has(row.serviceId))).toBe(true);
    }
    expect(directory.serviceAtLocations.every((s) => locationIds.has(s.locationId))).toBe(true);
    expect(directory.attributes.every((a) => termById.has(a.taxonomyTermId))).toBe(true);
    expect(directory.serviceAreas.every((a) => a.termId === null || termById.get(a.termId)?.taxonomy === 'district')).toBe(true);
    // Every venue is used, and every physical location has one address.
    const usedLocations = new Set(directory.serviceAtLocations.map((s) => s.locationId));
    expect(usedLocations.size).toBe(locationIds.size);
    expect(directory.addresses).toHaveLength(directory.locations.length);
  });

  it('gives every service at least one need, one type, one cost and a referral route', () => {
    for (const service of directory.services) {
      expect(termsOf(directory, service.id, 'need').length).toBeGreaterThanOrEqual(1);
      expect(termsOf(directory, service.id, 'type').length).toBeGreaterThanOrEqual(1);
      expect(termsOf(directory, service.id, 'cost')).toHaveLength(1);
      expect(termsOf(directory, service.id, 'referral').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('places every service in a district or city-wide (about a quarter city-wide)', () => {
    const areas = groupBy(directory.serviceAreas, (a) => a.serviceId);
    let cityWide = 0;
    for (const service of directory.services) {
      const own = areas.get(service.id) ?? [];
      expect(own.length).toBeGreaterThanOrEqual(1);
      const whole = own.filter((a) => a.scope === 'local_authority');
      if (whole.length > 0) {
        cityWide++;
        expect(own).toHaveLength(1);
        expect(whole[0]?.termId).toBeNull();
      } else {
        expect(own.every((a) => a.scope === 'district' && a.termId !== null)).toBe(true);
        expect(new Set(own.map((a) => a.termId)).size).toBe(own.length);
      }
    }
    expect(cityWide / directory.services.length).toBeGreaterThan(0.15);
    expect(cityWide / directory.services.length).toBeLessThan(0.4);
  });

  it('keeps ages within 0-25 with minimum <= maximum, and varied', () => {
    for (const s of directory.services) {
      expect(s.minimumAge).toBeGreaterThanOrEqual(0);
      expect(s.maximumAge).toBeLessThanOrEqual(25);
      expect(s.minimumAge).toBeLessThanOrEqual(s.maximumAge);
    }
    expect(new Set(directory.services.map((s) => `${s.minimumAge}-${s.maximumAge}`)).size).toBeGreaterThan(15);
  });

  it('uses only Ofcom drama-range phone numbers and example.org/.com emails', () => {
    expect(directory.phones.length).toBeGreaterThanOrEqual(directory.services.length);
    for (const phone of directory.phones) expect(phone.number).toMatch(/^0121 496 0\d{3}$/);
    const emails = [
      ...directory.organizations.map((o) => o.email),
      ...directory.services.flatMap((s) => [s.email, s.assurerEmail]),
      ...directory.contacts.map((c) => c.email),
    ].filter((e): e is string => e !== null);
    expect(emails.length).toBeGreaterThan(directory.services.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@example\.(org|com)$/);
    for (const url of [...directory.organizations.map((o) => o.website), ...directory.services.map((s) => s.url)]) {
      if (url !== null) expect(url).toMatch(/^https:\/\/www\.example\.(org|com)\//);
    }
    // Contacts are teams, never invented people.
    expect(directory.contacts.every((c) => c.name === null && c.title)).toBe(true);
  });

  it('writes readable names and 2-4 sentence descriptions with no leftover placeholders', () => {
    for (const s of directory.services) {
      for (const text of [s.name, s.summary, s.description, s.eligibilityDescription ?? '']) {
        expect(text).not.toMatch(/[{}]|undefined|null|NaN|lorem/i);
      }
      expect(s.name).not.toMatch(/service \d+/i);
      const sentences = s.description.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
    }
    // At this size, names are unique.
    expect(new Set(directory.services.map((s) => s.name)).size).toBe(directory.services.length);
    expect(new Set(directory.organizations.map((o) => o.name)).size).toBe(directory.organizations.length);
  });

  it('spreads review dates over the 18 months before the reference date, some stale', () => {
    const reference = Date.parse(`${SAMPLE_REFERENCE_DATE}T00:00:00Z`);
    const day = 86_400_000;
    const ages = directory.services.map((s) => (reference - (s.assuredDate?.getTime() ?? NaN)) / day);
    for (const age of ages) {
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(548);
      expect(Number.isInteger(age)).toBe(true);
    }
    const stale = ages.filter((a) => a > 365).length / ages.length;
    expect(stale).toBeGreaterThan(0.2);
    expect(stale).toBeLessThan(0.5);
  });

  it('lists English for every service plus some community languages', () => {
    const known = new Set(LANGUAGES.map((l) => l.code));
    const byService = groupBy(directory.languages, (l) => l.serviceId);
    for (const service of directory.services) {
      const codes = (byService.get(service.id) ?? []).map((l) => l.code);
      expect(codes).toContain('en');
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(known.has(code)).toBe(true);
    }
    expect(new Set(directory.languages.map((l) => l.code)).size).toBe(LANGUAGES.length);
  });

  it('places venues in their district with a real outcode and fictional street address', () => {
    const outcodes = new Set(DISTRICTS.flatMap((d) => d.outcodes));
    for (const address of directory.addresses) {
      expect(address.postalCode).toMatch(/^B\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$/);
      expect(outcodes.has(address.postalCode.split(' ')[0] ?? '')).toBe(true);
      expect(address.city).toBe('Birmingham');
    }
    for (const location of directory.locations) {
      expect(location.latitude).toBeGreaterThan(52.38);
      expect(location.latitude).toBeLessThan(52.6);
      expect(location.longitude).toBeGreaterThan(-2.06);
      expect(location.longitude).toBeLessThan(-1.7);
    }
  });

  it('prices paid services plausibly and free ones at zero', () => {
    const costByService = new Map(directory.costOptions.map((c) => [c.serviceId, c]));
    for (const service of directory.services) {
      const cost = costByService.get(service.id);
      const term = termsOf(directory, service.id, 'cost')[0];
      if (term === 'free') {
        expect(cost?.amount).toBe('0.00');
        expect(service.feesDescription).toBe('Free');
      } else if (cost?.amount !== null) {
        const amount = Number(cost?.amount);
        expect(amount).toBeGreaterThan(0);
        expect(amount).toBeLessThanOrEqual(80);
      } else {
        expect(cost.amountDescription).toBeTruthy();
      }
    }
  });

  it('scales to 100,000 services with unique ids', { timeout: 300_000 }, () => {
    // Distinct first 32 bits imply distinct ids; keeping just those (sorted in a typed array)
    // checks ~2 million ids without holding 2 million strings.
    let prefixes = new Uint32Array(1 << 21);
    let rows = 0;
    let services = 0;
    for (const chunk of iterateSampleDirectory({ services: 100_000, chunkSize: 5_000 })) {
      services += chunk.services.length;
      for (const table of Object.values(chunk) as { id: string }[][]) {
        for (const row of table) {
          if (rows === prefixes.length) {
            const grown = new Uint32Array(prefixes.length * 2);
            grown.set(prefixes);
            prefixes = grown;
          }
          prefixes[rows++] = Number.parseInt(row.id.slice(0, 8), 16);
        }
      }
    }
    expect(services).toBe(100_000);
    const sorted = prefixes.subarray(0, rows).sort();
    let duplicates = 0;
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) duplicates++;
    expect(rows).toBeGreaterThan(1_500_000);
    expect(duplicates).toBe(0);
  });
});

describe('formatTime', () => {
  it('writes times the way UK sites do', () => {
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('09:30')).toBe('9:30am');
    expect(formatTime('12:00')).toBe('12 noon');
    expect(formatTime('12:30')).toBe('12:30pm');
    expect(formatTime('18:00')).toBe('6pm');
  });
});
