import { describe, expect, it } from 'vitest';
import { REAL_SERVICES } from '../data/real-services';
import { buildRealDirectoryRows, realServiceId } from './real-directory';
import { buildTaxonomyRows } from './taxonomy-rows';

const rows = buildRealDirectoryRows();
const termIds = new Set(buildTaxonomyRows().terms.map((t) => t.id));

describe('buildRealDirectoryRows', () => {
  it('lists the public Birmingham services the Local Offer names', () => {
    const names = rows.services.map((s) => s.name).join(' | ');
    for (const expected of ['SENAR', 'SENDIASS', 'Parent Carer Forum', 'Communication and Autism Team', 'Neurodevelopmental Pathway']) {
      expect(names).toContain(expected);
    }
  });

  it('flags every real record isSample = false and makes each city-wide', () => {
    expect(rows.organizations.every((o) => !o.isSample)).toBe(true);
    expect(rows.services.every((s) => !s.isSample)).toBe(true);
    for (const service of rows.services) {
      const areas = rows.serviceAreas.filter((a) => a.serviceId === service.id);
      expect(areas).toEqual([expect.objectContaining({ scope: 'local_authority', termId: null })]);
    }
  });

  it('holds no phone numbers, email addresses or people, only public web pages', () => {
    expect(rows.phones).toHaveLength(0);
    expect(rows.contacts).toHaveLength(0);
    expect(rows.services.every((s) => s.email === null && s.assurerEmail === null)).toBe(true);
    expect(rows.organizations.every((o) => o.email === null)).toBe(true);
    for (const url of [...rows.services.map((s) => s.url), ...rows.organizations.map((o) => o.website)]) {
      expect(url).toMatch(/^https:\/\/www\.(localofferbirmingham\.co\.uk|birmingham\.gov\.uk|bhamcommunity\.nhs\.uk)\//);
    }
  });

  it('keeps stable ids and links only to known taxonomy terms', () => {
    expect(buildRealDirectoryRows()).toEqual(rows);
    expect(rows.services.map((s) => s.id)).toEqual(REAL_SERVICES.map((s) => realServiceId(s.key)));
    expect(rows.attributes.every((a) => termIds.has(a.taxonomyTermId))).toBe(true);
    const ids = Object.values(rows).flatMap((table: { id: string }[]) => table.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const service of rows.services) {
      expect(service.minimumAge).toBeLessThanOrEqual(service.maximumAge);
      expect(service.maximumAge).toBeLessThanOrEqual(25);
      expect(rows.attributes.some((a) => a.serviceId === service.id)).toBe(true);
    }
  });
});
