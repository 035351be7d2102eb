import { describe, expect, it } from 'vitest';
import { parseSearchParams, toQueryString } from './search';

describe('parseSearchParams', () => {
  it('reads repeatable and single params from a URLSearchParams', () => {
    const { params, ignored } = parseSearchParams(
      new URLSearchParams('q=speech+therapy&need=asd&need=SLCN&age=7&district=Erdington&page=2'),
    );
    expect(params).toMatchObject({ q: 'speech therapy', need: ['ASD', 'SLCN'], age: 7, district: ['erdington'], page: 2 });
    expect(ignored).toEqual([]);
  });

  it('reads a Next.js searchParams record, including comma-separated lists', () => {
    const { params } = parseSearchParams({ need: 'ASD,HI', district: ['ladywood', 'yardley'], age: undefined });
    expect(params.need).toEqual(['ASD', 'HI']);
    expect(params.district).toEqual(['ladywood', 'yardley']);
    expect(params.age).toBeUndefined();
  });

  it('applies defaults when nothing is given', () => {
    const { params, ignored } = parseSearchParams({});
    expect(params).toMatchObject({ need: [], district: [], page: 1, sort: 'relevance' });
    expect(params.q).toBeUndefined();
    expect(ignored).toEqual([]);
  });

  it('drops values that make no sense and names them, keeping the rest', () => {
    const { params, ignored } = parseSearchParams({
      age: '99',
      page: '-3',
      need: ['ASD', '<script>'],
      phase: 'nursery',
      sort: 'cheapest',
    });
    expect(params.age).toBeUndefined();
    expect(params.page).toBe(1);
    expect(params.need).toEqual(['ASD']);
    expect(params.phase).toEqual([]);
    expect(params.sort).toBe('relevance');
    expect(ignored.sort()).toEqual(['age', 'need', 'page', 'phase', 'sort']);
  });

  it('treats empty values as unset, not as errors', () => {
    const { params, ignored } = parseSearchParams({ q: '', age: '', need: '' });
    expect(params.q).toBeUndefined();
    expect(params.age).toBeUndefined();
    expect(ignored).toEqual([]);
  });

  it('de-duplicates list values', () => {
    expect(parseSearchParams({ need: ['asd', 'ASD'] }).params.need).toEqual(['ASD']);
  });

  it('accepts full postcodes and outcodes, rejects nonsense', () => {
    expect(parseSearchParams({ postcode: 'B23 6XX' }).params.postcode).toBe('B23 6XX');
    expect(parseSearchParams({ postcode: 'b23' }).params.postcode).toBe('b23');
    const bad = parseSearchParams({ postcode: 'not a postcode' });
    expect(bad.params.postcode).toBeUndefined();
    expect(bad.ignored).toContain('postcode');
  });

  it('ignores a radius or a distance sort without a postcode', () => {
    const { params, ignored } = parseSearchParams({ radius: '3', sort: 'distance' });
    expect(params.radius).toBeUndefined();
    expect(params.sort).toBe('relevance');
    expect(ignored).toEqual(expect.arrayContaining(['radius', 'sort']));
  });

  it('drops an overlong keyword and says so', () => {
    const { params, ignored } = parseSearchParams({ q: 'a'.repeat(500) });
    expect(params.q).toBeUndefined();
    expect(ignored).toEqual(['q']);
  });
});

describe('toQueryString', () => {
  it('round-trips through parseSearchParams and omits defaults', () => {
    const { params } = parseSearchParams({ q: 'autism', need: ['ASD', 'SLCN'], age: '7', district: 'erdington' });
    const qs = toQueryString(params);
    expect(qs).toBe('q=autism&need=ASD&need=SLCN&district=erdington&age=7');
    expect(parseSearchParams(new URLSearchParams(qs)).params).toEqual(params);
  });

  it('keeps the page when it is not the first', () => {
    expect(toQueryString({ page: 3 })).toBe('page=3');
  });
});
