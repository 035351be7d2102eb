import { describe, expect, it } from 'vitest';
import {
  applyShortlistUpdate,
  mergeShortlists,
  parseSharedShortlist,
  parseShortlistCookie,
  returnPathSchema,
  serializeShortlist,
  SHORTLIST_MAX,
  shortlistUpdateSchema,
} from './shortlist';

const A = '0b8f5a52-1d2c-4e4f-9a3b-7c6d5e4f3a2b';
const B = '1c9e6b63-2e3d-4f50-8b4c-8d7e6f5a4b3c';
const C = '2daf7c74-3f4e-4061-9c5d-9e8f7a6b5c4d';

function ids(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
}

describe('parseShortlistCookie', () => {
  it('reads the ids a shortlist cookie holds, in order, without repeats', () => {
    expect(parseShortlistCookie(serializeShortlist([A, B, A]))).toEqual([A, B]);
  });

  it('treats a missing or empty cookie as an empty shortlist', () => {
    expect(parseShortlistCookie(undefined)).toEqual([]);
    expect(parseShortlistCookie('')).toEqual([]);
  });

  it('ignores a tampered cookie as a whole', () => {
    expect(parseShortlistCookie(`${A}.<script>`)).toEqual([]);
    expect(parseShortlistCookie(`${A},${B}`)).toEqual([]);
    expect(parseShortlistCookie(serializeShortlist(ids(SHORTLIST_MAX + 1)))).toEqual([]);
  });

  it('reads ids in either case as the same service', () => {
    expect(parseShortlistCookie(A.toUpperCase())).toEqual([A]);
  });
});

describe('parseSharedShortlist', () => {
  it('keeps every id that still reads as one, in order', () => {
    expect(parseSharedShortlist(`${A},not-an-id,${B}, ${C}`)).toEqual([A, B, C]);
    expect(parseSharedShortlist([A, `${B},${A}`])).toEqual([A, B]);
  });

  it('stops at the size of a shortlist', () => {
    expect(parseSharedShortlist(ids(80).join(','))).toHaveLength(SHORTLIST_MAX);
  });

  it('has nothing to show for a missing parameter', () => {
    expect(parseSharedShortlist(undefined)).toEqual([]);
  });
});

describe('applyShortlistUpdate', () => {
  it('adds at the end and removes wherever it is', () => {
    expect(applyShortlistUpdate([A], { serviceId: B, intent: 'add' })).toEqual({ ids: [A, B], full: false });
    expect(applyShortlistUpdate([A, B, C], { serviceId: B, intent: 'remove' })).toEqual({ ids: [A, C], full: false });
  });

  it('is safe to repeat (a double click adds once)', () => {
    expect(applyShortlistUpdate([A, B], { serviceId: A, intent: 'add' })).toEqual({ ids: [A, B], full: false });
    expect(applyShortlistUpdate([A], { serviceId: B, intent: 'remove' })).toEqual({ ids: [A], full: false });
  });

  it('changes nothing when the list is full', () => {
    const full = ids(SHORTLIST_MAX);
    expect(applyShortlistUpdate(full, { serviceId: A, intent: 'add' })).toEqual({ ids: full, full: true });
  });
});

describe('mergeShortlists', () => {
  it('keeps saved ids first and adds new shared ones', () => {
    expect(mergeShortlists([A, B], [B, C])).toEqual([A, B, C]);
  });

  it('never grows past the size of a shortlist', () => {
    expect(mergeShortlists(ids(45), [A, B, C, ...ids(60).slice(45)])).toHaveLength(SHORTLIST_MAX);
  });
});

describe('shortlistUpdateSchema', () => {
  it('accepts a button post', () => {
    const parsed = shortlistUpdateSchema.safeParse({ serviceId: A, intent: 'add', returnTo: '/ur/services?q=x#result-1', enhanced: '1' });
    expect(parsed.success && parsed.data).toEqual({ serviceId: A, intent: 'add', returnTo: '/ur/services?q=x#result-1', enhanced: '1' });
  });

  it('rejects an unknown intent or id', () => {
    expect(shortlistUpdateSchema.safeParse({ serviceId: A, intent: 'toggle' }).success).toBe(false);
    expect(shortlistUpdateSchema.safeParse({ serviceId: 'abc', intent: 'add' }).success).toBe(false);
  });

  it('drops a return address that leaves the site', () => {
    const parsed = shortlistUpdateSchema.safeParse({ serviceId: A, intent: 'add', returnTo: 'https://evil.example/' });
    expect(parsed.success && parsed.data.returnTo).toBeUndefined();
  });
});

describe('returnPathSchema', () => {
  it('allows a page of this site in a language', () => {
    for (const path of ['/en', '/en/shortlist', '/ar/services?need=ASD', '/ur#main']) {
      expect(returnPathSchema.safeParse(path).success, path).toBe(true);
    }
  });

  it('refuses other sites, schemes and odd paths', () => {
    for (const path of ['//evil.example/en', 'https://evil.example', 'javascript:alert(1)', '/en\\..\\x', '/english', 'en/services']) {
      expect(returnPathSchema.safeParse(path).success, path).toBe(false);
    }
  });
});
