import { describe, expect, it } from 'vitest';
import {
  ageRangeOf,
  costBandOf,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  isPublishable,
  toSearchDocument,
} from './to-search-document';
import type { IndexableService } from './to-search-document';

const DISTRICTS = ['edgbaston', 'erdington', 'hall-green', 'ladywood'];
const context = { districtCodes: DISTRICTS };

function term(taxonomy: string, code: string, name = code) {
  return { term: { code, name, taxonomy: { code: taxonomy } } };
}

function service(overrides: Partial<IndexableService> = {}): IndexableService {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Erdington Autism Parent Group',
    alternateName: null,
    summary: '  Monthly meet-ups for parents of autistic children.  ',
    description: '\nA friendly group.\n',
    status: 'active',
    minimumAge: 4,
    maximumAge: 11,
    assuredDate: new Date('2025-03-14T00:00:00.000Z'),
    isSample: true,
    organization: { name: 'Example Families Trust', isSample: true },
    attributes: [
      term('need', 'ASD', 'Autism'),
      term('need', 'SLCN', 'Speech, language and communication needs'),
      term('type', 'parent-carer-support', 'Parent and carer support'),
      term('delivery', 'in-person'),
      term('delivery', 'online'),
      term('cost', 'free'),
      term('referral', 'self'),
      term('access', 'wheelchair'),
    ],
    serviceAreas: [{ scope: 'district', term: { code: 'erdington' } }],
    serviceAtLocations: [
      { location: { locationType: 'virtual', latitude: null, longitude: null } },
      { location: { locationType: 'physical', latitude: null, longitude: null } },
      { location: { locationType: 'physical', latitude: 52.5275, longitude: -1.8385 } },
      { location: { locationType: 'physical', latitude: 52.1, longitude: -1.1 } },
    ],
    costOptions: [],
    languages: [
      { code: 'en', name: 'English' },
      { code: 'UR', name: 'Urdu' },
    ],
    ...overrides,
  };
}

describe('toSearchDocument', () => {
  it('maps a published service to its search document', () => {
    expect(toSearchDocument(service(), context)).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Erdington Autism Parent Group',
      alternateName: null,
      nameSort: 'erdington autism parent group',
      organisation: 'Example Families Trust',
      summary: 'Monthly meet-ups for parents of autistic children.',
      description: 'A friendly group.',
      needs: ['ASD', 'SLCN'],
      needLabels: ['Autism', 'Speech, language and communication needs'],
      ages: [4, 5, 6, 7, 8, 9, 10, 11],
      agePhases: ['early-years', 'primary', 'secondary'],
      districts: ['erdington'],
      cityWide: false,
      types: ['parent-carer-support'],
      typeLabels: ['Parent and carer support'],
      delivery: ['in-person', 'online'],
      cost: 'free',
      referral: ['self'],
      access: ['wheelchair'],
      languages: ['en', 'ur'],
      languageNames: ['English', 'Urdu'],
      lastReviewed: '2025-03-14',
      lastReviewedTs: Date.UTC(2025, 2, 14),
      isSample: true,
      _geo: { lat: 52.5275, lng: -1.8385 },
      minimumAge: 4,
      maximumAge: 11,
    });
  });

  it('gives a city-wide service every district', () => {
    const doc = toSearchDocument(service({ serviceAreas: [{ scope: 'local_authority', term: null }] }), context);
    expect(doc.cityWide).toBe(true);
    expect(doc.districts).toEqual(DISTRICTS);
  });

  it('treats a service with no area as city-wide', () => {
    expect(toSearchDocument(service({ serviceAreas: [] }), context).cityWide).toBe(true);
  });

  it('lists each district once for a multi-district service', () => {
    const doc = toSearchDocument(
      service({
        serviceAreas: [
          { scope: 'district', term: { code: 'ladywood' } },
          { scope: 'district', term: { code: 'edgbaston' } },
          { scope: 'district', term: { code: 'ladywood' } },
        ],
      }),
      context,
    );
    expect(doc.districts).toEqual(['ladywood', 'edgbaston']);
  });

  it('covers every age 0-25 when a service gives no ages', () => {
    const doc = toSearchDocument(service({ minimumAge: null, maximumAge: null }), context);
    expect(doc.ages).toEqual(Array.from({ length: 26 }, (_, i) => i));
    expect(doc.agePhases).toEqual(['early-years', 'primary', 'secondary', 'post-16', 'post-19']);
    expect(doc.minimumAge).toBeNull();
  });

  it('clips ages to 0-25 and tolerates a reversed range', () => {
    expect(ageRangeOf({ minimumAge: -2, maximumAge: 40 })).toEqual([0, 25]);
    expect(ageRangeOf({ minimumAge: 18, maximumAge: null })).toEqual([18, 25]);
    expect(ageRangeOf({ minimumAge: 12, maximumAge: 5 })).toEqual([5, 12]);
    const doc = toSearchDocument(service({ minimumAge: 19, maximumAge: 25 }), context);
    expect(doc.agePhases).toEqual(['post-16', 'post-19']);
  });

  it('omits _geo and lastReviewedTs when there is nothing to give', () => {
    const doc = toSearchDocument(service({ serviceAtLocations: [], assuredDate: null }), context);
    expect(doc).not.toHaveProperty('_geo');
    expect(doc).not.toHaveProperty('lastReviewedTs');
    expect(doc.lastReviewed).toBeNull();
  });

  it('removes highlight marker characters from indexed text', () => {
    const doc = toSearchDocument(service({ name: `Club${HIGHLIGHT_PRE}X${HIGHLIGHT_POST}` }), context);
    expect(doc.name).toBe('ClubX');
  });

  it('flags sample data from the service or its organisation', () => {
    expect(toSearchDocument(service({ isSample: false, organization: { name: 'O', isSample: false } }), context).isSample).toBe(false);
    expect(toSearchDocument(service({ isSample: false, organization: { name: 'O', isSample: true } }), context).isSample).toBe(true);
  });

  it('ignores terms from taxonomies it does not index and duplicate terms', () => {
    const doc = toSearchDocument(
      service({ attributes: [term('need', 'HI', 'Hearing impairment'), term('need', 'HI', 'Hearing impairment'), term('district', 'ladywood')] }),
      context,
    );
    expect(doc.needs).toEqual(['HI']);
    expect(doc.districts).toEqual(['erdington']);
  });
});

describe('costBandOf', () => {
  it('uses the cost taxonomy first, and paid wins over free', () => {
    expect(costBandOf({ attributes: [term('cost', 'free')], costOptions: [{ amount: 20 }] })).toBe('free');
    expect(costBandOf({ attributes: [term('cost', 'free'), term('cost', 'paid')], costOptions: [] })).toBe('paid');
  });

  it('falls back to cost options', () => {
    expect(costBandOf({ attributes: [], costOptions: [{ amount: { toString: () => '12.50' } }] })).toBe('paid');
    expect(costBandOf({ attributes: [], costOptions: [{ amount: 0 }, { amount: null }] })).toBe('free');
    expect(costBandOf({ attributes: [], costOptions: [{ amount: null }] })).toBe('unknown');
    expect(costBandOf({ attributes: [], costOptions: [] })).toBe('unknown');
  });
});

describe('isPublishable', () => {
  it('publishes active services only', () => {
    expect(isPublishable({ status: 'active' })).toBe(true);
    for (const status of ['inactive', 'defunct', 'temporarily_closed']) expect(isPublishable({ status })).toBe(false);
  });
});
