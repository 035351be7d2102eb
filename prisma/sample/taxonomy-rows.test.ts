import { describe, expect, it } from 'vitest';
import { DISTRICTS, districtForPostcode } from '../data/districts';
import { ACCESS_CODES, COST_CODES, DELIVERY_CODES, NEED_CODES, REFERRAL_CODES, SERVICE_TYPE_CODES, TAXONOMIES } from '../data/taxonomies';
import { buildTaxonomyRows, createTermIdLookup, termIdFor } from './taxonomy-rows';

const { taxonomies, terms } = buildTaxonomyRows();
const codesOf = (taxonomy: string) => {
  const id = taxonomies.find((t) => t.code === taxonomy)?.id;
  return terms.filter((t) => t.taxonomyId === id);
};

describe('taxonomies', () => {
  it('uses the URL parameter names as taxonomy codes', () => {
    expect(taxonomies.map((t) => t.code)).toEqual(['need', 'district', 'type', 'delivery', 'cost', 'referral', 'access']);
  });

  it('has the 12 SEN2 needs under the four Code of Practice areas, with OTH on its own', () => {
    const needTerms = codesOf('need');
    const byId = new Map(needTerms.map((t) => [t.id, t]));
    const parentCode = (code: string) => {
      const term = needTerms.find((t) => t.code === code);
      return term?.parentId ? byId.get(term.parentId)?.code : null;
    };
    const leaves = needTerms.filter((t) => !t.code.startsWith('area-')).map((t) => t.code);
    expect([...leaves].sort()).toEqual([...NEED_CODES].sort());
    expect(needTerms.filter((t) => t.code.startsWith('area-')).map((t) => t.code).sort()).toEqual(['area-ci', 'area-cl', 'area-semh', 'area-sp']);
    expect(parentCode('ASD')).toBe('area-ci');
    expect(parentCode('SLCN')).toBe('area-ci');
    for (const code of ['SPLD', 'MLD', 'SLD', 'PMLD']) expect(parentCode(code)).toBe('area-cl');
    expect(parentCode('SEMH')).toBe('area-semh');
    for (const code of ['HI', 'VI', 'MSI', 'PD']) expect(parentCode(code)).toBe('area-sp');
    expect(parentCode('OTH')).toBeNull();
    expect(needTerms.find((t) => t.code === 'ASD')?.name).toBe('Autism');
  });

  it('has the contract codes for every other taxonomy', () => {
    expect(codesOf('district').map((t) => t.code)).toEqual([
      'edgbaston', 'erdington', 'hall-green', 'hodge-hill', 'ladywood', 'northfield', 'perry-barr', 'selly-oak', 'sutton-coldfield', 'yardley',
    ]);
    expect(codesOf('type').map((t) => t.code)).toEqual([...SERVICE_TYPE_CODES]);
    expect(codesOf('delivery').map((t) => t.code)).toEqual([...DELIVERY_CODES]);
    expect(codesOf('cost').map((t) => t.code)).toEqual([...COST_CODES]);
    expect(codesOf('referral').map((t) => t.code)).toEqual([...REFERRAL_CODES]);
    expect(codesOf('access').map((t) => t.code)).toEqual([...ACCESS_CODES]);
  });

  it('lists parents before children, with unique ids and stable URNs', () => {
    const seen = new Set<string>();
    for (const term of terms) {
      if (term.parentId) expect(seen.has(term.parentId)).toBe(true);
      seen.add(term.id);
    }
    expect(seen.size).toBe(terms.length);
    expect(new Set(taxonomies.map((t) => t.id)).size).toBe(taxonomies.length);
    expect(terms.find((t) => t.code === 'ASD')?.termUri).toBe('urn:local-offer:taxonomy:need:ASD');
    expect(taxonomies.find((t) => t.code === 'need')?.uri).toBe('urn:local-offer:taxonomy:need');
    expect(termIdFor('need', 'ASD')).toBe('4702f8d6-248c-57e9-98aa-d37c8bc1772b');
  });

  it('orders terms as listed and gives every term a label and description', () => {
    for (const taxonomy of TAXONOMIES) {
      const rows = codesOf(taxonomy.code);
      for (const term of rows) {
        expect(term.sortOrder).toBe(taxonomy.terms.findIndex((t) => t.code === term.code));
        expect(term.name.length).toBeGreaterThan(1);
        expect(term.description.length).toBeGreaterThan(10);
      }
    }
  });

  it('looks up term ids and rejects unknown codes', () => {
    const lookup = createTermIdLookup();
    expect(lookup('district', 'erdington')).toBe(termIdFor('district', 'erdington'));
    expect(() => lookup('need', 'ADHD')).toThrow(/Unknown taxonomy term/);
  });
});

describe('districts', () => {
  it('has ten districts, each outcode in exactly one, centres inside Birmingham', () => {
    expect(DISTRICTS).toHaveLength(10);
    const outcodes = DISTRICTS.flatMap((d) => d.outcodes);
    expect(new Set(outcodes).size).toBe(outcodes.length);
    for (const d of DISTRICTS) {
      expect(d.centre.latitude).toBeGreaterThan(52.38);
      expect(d.centre.latitude).toBeLessThan(52.61);
      expect(d.centre.longitude).toBeGreaterThan(-2.04);
      expect(d.centre.longitude).toBeLessThan(-1.72);
    }
  });

  it('maps a postcode to its district by outcode', () => {
    expect(districtForPostcode('B23 6QT')?.code).toBe('erdington');
    expect(districtForPostcode('b236qt')?.code).toBe('erdington');
    expect(districtForPostcode('B1 1AA')?.code).toBe('ladywood');
    expect(districtForPostcode('B74')?.code).toBe('sutton-coldfield');
    expect(districtForPostcode('CV1 2AA')).toBeUndefined();
  });
});
