import { describe, expect, it } from 'vitest';
import { buildNaiveSearchQueries, likePattern } from './naive-postgres-sql';

const none = { q: undefined, age: undefined, need: [], district: [], page: 1 };

describe('buildNaiveSearchQueries', () => {
  it('binds every filter as a parameter', () => {
    const { total, page, facets } = buildNaiveSearchQueries({ q: 'support', age: 7, need: ['ASD'], district: ['erdington'], page: 2 });
    expect(total.values).toEqual(['%support%', 7, ['ASD'], ['erdington']]);
    expect(total.text).toContain('s.name ILIKE $1 OR s.summary ILIKE $1 OR s.description ILIKE $1');
    expect(total.text).toContain("x.code = 'need' AND t.code = ANY($3::text[])");
    expect(total.text).toContain("sa.scope = 'local_authority' OR t.code = ANY($4::text[])");
    expect(page.values).toEqual(['%support%', 7, ['ASD'], ['erdington'], 20]);
    expect(page.text).toContain('OFFSET $5::int');
    expect(facets.values).toEqual(total.values);
    expect(facets.text).toContain('GROUP BY x.code, t.code');
  });

  it('leaves out filters that are not set', () => {
    const { total, page } = buildNaiveSearchQueries(none);
    expect(total.values).toEqual([]);
    expect(total.text).not.toContain('ILIKE');
    expect(total.text).not.toContain('EXISTS');
    expect(page.text).toContain('OFFSET $1::int');
  });
});

describe('likePattern', () => {
  it('matches the keyword literally anywhere', () => {
    expect(likePattern('100%_sure\\')).toBe('%100\\%\\_sure\\\\%');
  });
});
