import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, searchParamsSchema } from '@/lib/validation/search';
import { buildSearchQueries } from './build-search-queries';

const params = (input: Record<string, unknown>) => searchParamsSchema.parse(input);
const origin = { lat: 52.52812, lng: -1.85405 };

describe('buildSearchQueries', () => {
  it('asks for every facet in one query when nothing is selected', () => {
    const plan = buildSearchQueries(params({}), { indexUid: 'services', origin: null });
    expect(plan.queries).toHaveLength(1);
    const [main] = plan.queries;
    expect(main?.facets).toEqual(['needs', 'agePhases', 'districts', 'types', 'delivery', 'cost', 'referral', 'access', 'languages']);
    expect(main?.filter).toEqual([]);
    expect(main?.hitsPerPage).toBe(PAGE_SIZE);
    expect(main?.page).toBe(1);
    // No keyword: alphabetical, and nothing to highlight.
    expect(main?.sort).toEqual(['nameSort:asc']);
    expect(main).not.toHaveProperty('attributesToHighlight');
  });

  it('adds one count-only query per selected facet, without that facet’s own filter', () => {
    const plan = buildSearchQueries(params({ need: ['ASD', 'SLCN'], district: ['erdington'], age: 7, q: 'club', page: 3 }), {
      indexUid: 'services',
      origin: null,
    });
    expect(plan.facetQueries).toEqual(['need', 'district']);
    const [main, needCounts, districtCounts] = plan.queries;
    expect(main?.filter).toEqual(['ages = 7', 'needs IN ["ASD", "SLCN"]', 'districts IN ["erdington"]']);
    expect(main?.facets).not.toContain('needs');
    expect(main?.facets).not.toContain('districts');
    expect(main?.page).toBe(3);
    expect(main?.attributesToHighlight).toEqual(['name', 'summary']);
    expect(main?.sort).toBeUndefined();
    expect(needCounts).toMatchObject({ q: 'club', filter: ['ages = 7', 'districts IN ["erdington"]'], facets: ['needs'], limit: 0 });
    expect(districtCounts).toMatchObject({ q: 'club', filter: ['ages = 7', 'needs IN ["ASD", "SLCN"]'], facets: ['districts'], limit: 0 });
  });

  it('filters by radius and sorts by distance from a known point', () => {
    const plan = buildSearchQueries(params({ postcode: 'B23 6XX', radius: 2, sort: 'distance' }), { indexUid: 'services', origin });
    const [main] = plan.queries;
    expect(main?.filter).toEqual([`_geoRadius(${origin.lat}, ${origin.lng}, 3219)`]);
    expect(main?.sort).toEqual([`_geoPoint(${origin.lat}, ${origin.lng}):asc`]);
  });

  it('ignores distance sort and radius without a point', () => {
    const plan = buildSearchQueries(params({ postcode: 'ZZ9 9ZZ', radius: 2, sort: 'distance', q: 'x' }), { indexUid: 'services', origin: null });
    expect(plan.queries[0]?.filter).toEqual([]);
    expect(plan.queries[0]?.sort).toBeUndefined();
  });

  it('maps the other sorts', () => {
    expect(buildSearchQueries(params({ sort: 'name', q: 'a' }), { indexUid: 's', origin: null }).queries[0]?.sort).toEqual(['nameSort:asc']);
    expect(buildSearchQueries(params({ sort: 'reviewed' }), { indexUid: 's', origin: null }).queries[0]?.sort).toEqual(['lastReviewedTs:desc']);
  });
});
