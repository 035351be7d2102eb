import { describe, expect, it } from 'vitest';
import { searchParamsSchema } from '@/lib/validation/search';
import { normaliseZeroResultQuery, zeroResultFilters } from './record-zero-result';

describe('normaliseZeroResultQuery', () => {
  it('trims, lower-cases and collapses spaces', () => {
    expect(normaliseZeroResultQuery('  Autism   SUPPORT ')).toBe('autism support');
    expect(normaliseZeroResultQuery('   ')).toBeNull();
    expect(normaliseZeroResultQuery(undefined)).toBeNull();
  });

  it('masks e-mail addresses and phone-like numbers, and cuts full postcodes to the outcode', () => {
    expect(normaliseZeroResultQuery('Email jo.bloggs+x@example.co.uk or ring 0121 496 0000')).toBe('email [email] or ring [number]');
    expect(normaliseZeroResultQuery('near B23 6XX please')).toBe('near b23 please');
    expect(normaliseZeroResultQuery('post-16 college 2024')).toBe('post-16 college 2024');
  });

  it('keeps at most 200 characters', () => {
    expect(normaliseZeroResultQuery('a'.repeat(500))).toHaveLength(200);
  });
});

describe('zeroResultFilters', () => {
  it('keeps what was set, without page or keywords, and only the outcode of a postcode', () => {
    const params = searchParamsSchema.parse({ q: 'x', need: ['asd'], age: 4, postcode: 'B23 6XX', radius: 2, sort: 'distance', page: 3 });
    expect(zeroResultFilters(params)).toEqual({ need: ['ASD'], age: 4, postcode: 'B23', radius: 2, sort: 'distance' });
    expect(zeroResultFilters(searchParamsSchema.parse({}))).toEqual({});
  });
});
