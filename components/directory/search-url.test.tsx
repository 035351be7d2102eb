import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/validation/search';
import { clearFiltersHref, servicesHref, toggleValue, withChange, withoutValue, withPage } from './search-url';

const params = parseSearchParams({ q: 'speech', need: ['ASD', 'SLCN'], district: 'erdington', page: '3' }).params;

describe('services addresses', () => {
  it('has no query string when nothing is set', () => {
    expect(servicesHref({})).toBe('/services');
  });

  it('goes back to page 1 when the search changes', () => {
    expect(withChange(params, { age: 7 })).toBe('/services?q=speech&need=ASD&need=SLCN&district=erdington&age=7');
  });

  it('keeps everything when paging', () => {
    expect(withPage(params, 4)).toBe('/services?q=speech&need=ASD&need=SLCN&district=erdington&page=4');
  });

  it('adds and removes one filter value at a time', () => {
    expect(toggleValue(params, 'phase', 'primary')).toContain('phase=primary');
    expect(toggleValue(params, 'need', 'ASD')).toBe('/services?q=speech&need=SLCN&district=erdington');
    expect(withoutValue(params, 'district', 'erdington')).toBe('/services?q=speech&need=ASD&need=SLCN');
  });

  it('clears filters but keeps the search words', () => {
    expect(clearFiltersHref(params)).toBe('/services?q=speech');
  });
});
