import { describe, expect, it } from 'vitest';
import { relatedServicesQuery } from './related-services';

describe('relatedServicesQuery', () => {
  it('builds the same query string the directory writes', () => {
    expect(relatedServicesQuery({ need: 'ASD', phase: 'primary' }).queryString).toBe('need=ASD&phase=primary');
    expect(relatedServicesQuery({ need: 'asd,slcn', age: 7 }).queryString).toBe('need=ASD&need=SLCN&age=7');
  });

  it('refuses an empty block and values the directory would ignore', () => {
    expect(() => relatedServicesQuery({})).toThrow(/at least one filter/);
    expect(() => relatedServicesQuery({ age: 40 })).toThrow(/age/);
    expect(() => relatedServicesQuery({ phase: 'university' })).toThrow(/phase/);
  });
});
