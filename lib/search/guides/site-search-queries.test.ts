import { describe, expect, it } from 'vitest';
import { buildGuidesQuery, buildServicesQuery, buildSiteSearchQueries, isGuidanceFirst, siteSearchQuerySchema } from '../site-search';
import { buildSearchQueries } from '../build-search-queries';
import { searchParamsSchema } from '@/lib/validation/search';

describe('site search queries', () => {
  it('searches guidance in the page language, with ranking scores', () => {
    const query = buildGuidesQuery('annual review', 'ur');
    expect(query).toMatchObject({ indexUid: 'guides', q: 'annual review', filter: ['locale = "ur"'], showRankingScore: true });
  });

  it('searches services exactly as the directory does, for a handful of hits', () => {
    const services = buildServicesQuery('speech therapy');
    const [directory] = buildSearchQueries(searchParamsSchema.parse({ q: 'speech therapy' }), { indexUid: 'services', origin: null }).queries;
    expect(services).toMatchObject({ indexUid: 'services', q: directory!.q, filter: directory!.filter, hitsPerPage: 5, page: 1 });
    expect(services).not.toHaveProperty('facets');
    expect(buildSiteSearchQueries('x', 'en').map((q) => q.indexUid)).toEqual(['guides', 'services']);
  });

  it('trims the words and cuts very long searches instead of refusing them', () => {
    expect(siteSearchQuerySchema.parse('  annual review ')).toBe('annual review');
    expect(siteSearchQuerySchema.parse('a'.repeat(250))).toHaveLength(200);
  });

  it('puts guidance first when it matches at least as well as the services', () => {
    // Scores seen on the real content: "annual review", "short breaks", "needs assessment", "tribunal".
    expect(isGuidanceFirst([{ score: 1 }], [{ score: 0.987 }])).toBe(true);
    expect(isGuidanceFirst([{ score: 0.96 }], [{ score: 1 }])).toBe(false);
    expect(isGuidanceFirst([{ score: 0.999 }], [{ score: 1 }])).toBe(true);
    expect(isGuidanceFirst([{ score: 0.8 }], [])).toBe(true);
    expect(isGuidanceFirst([], [{ score: 0.1 }])).toBe(false);
  });
});
