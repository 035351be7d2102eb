import { describe, expect, it } from 'vitest';
import { apiTarget, loadSchedule, meiliTarget, naiveTarget, QUERY_SETS } from './load';

describe('loadSchedule', () => {
  it('runs Meilisearch before /api/search at each connection count, and the naive baseline last', () => {
    expect(loadSchedule([10, 50]).map((s) => `${s.target}@${s.connections}`)).toEqual([
      'meili@10',
      'api@10',
      'meili@50',
      'api@50',
      'naive@10',
      'naive@50',
    ]);
  });
});

describe('targets', () => {
  it('send the same query sets in the same order', () => {
    expect(apiTarget('http://127.0.0.1:1').requests.map((r) => r.path)).toEqual(QUERY_SETS.map((q) => `/api/search?${q}`));
    expect(naiveTarget('http://127.0.0.1:2').requests.map((r) => r.path)).toEqual(QUERY_SETS.map((q) => `/search?${q}`));
  });

  it("post to Meilisearch what the search layer would: main query plus one count query per selected facet", () => {
    const target = meiliTarget('http://127.0.0.1:3', 'a-master-key-of-16+');
    expect(target.requests).toHaveLength(QUERY_SETS.length);
    const first = target.requests[0];
    expect(first).toMatchObject({ method: 'POST', path: '/multi-search' });
    expect(first?.headers?.authorization).toBe('Bearer a-master-key-of-16+');
    const { queries } = JSON.parse(first?.body ?? '{}') as { queries: { q: string; filter: string[]; limit?: number }[] };
    // need and district are selected: two disjunctive count queries after the main one.
    expect(queries).toHaveLength(3);
    expect(queries[0]?.q).toBe('support');
    expect(queries[0]?.filter).toEqual(['ages = 7', 'needs IN ["ASD"]', 'districts IN ["erdington"]']);
    expect(queries.slice(1).every((query) => query.limit === 0)).toBe(true);
  });
});
