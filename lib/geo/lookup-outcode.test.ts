import { describe, expect, it } from 'vitest';
import { haversineMetres, metresToMiles, milesToMetres } from './distance';
import { compactPostcode, lookupOutcode, lookupPostcode, outcodeOf, parsePostcodeCsv } from './lookup-outcode';

describe('outcodeOf', () => {
  it('takes the outcode from full postcodes, with or without the space', () => {
    expect(outcodeOf('B23 6XX')).toBe('B23');
    expect(outcodeOf('b236xx')).toBe('B23');
    expect(outcodeOf(' B1 1BB ')).toBe('B1');
    expect(outcodeOf('EC1A 1BB')).toBe('EC1A');
    expect(outcodeOf('WS9 0AA')).toBe('WS9');
  });

  it('accepts a bare outcode and rejects anything else', () => {
    expect(outcodeOf('b23')).toBe('B23');
    expect(outcodeOf('B236')).toBeNull();
    expect(outcodeOf('Birmingham')).toBeNull();
    expect(outcodeOf('')).toBeNull();
  });

  it('compacts postcodes', () => {
    expect(compactPostcode(' b23  6xx ')).toBe('B236XX');
  });
});

describe('lookupOutcode', () => {
  it('finds Birmingham outcodes from the bundled file', () => {
    const b23 = lookupOutcode('B23');
    expect(b23?.lat).toBeCloseTo(52.528, 2);
    expect(b23?.lng).toBeCloseTo(-1.854, 2);
    expect(lookupOutcode('b1')).not.toBeNull();
  });

  it('returns null for unknown outcodes', () => {
    expect(lookupOutcode('ZZ99')).toBeNull();
  });

  it('looks full postcodes up by their outcode', () => {
    expect(lookupPostcode('B23 6XX')).toEqual(lookupOutcode('B23'));
    expect(lookupPostcode('ZZ9 9ZZ')).toBeNull();
    expect(lookupPostcode('nonsense')).toBeNull();
  });
});

describe('parsePostcodeCsv', () => {
  it('reads any CSV with postcode and coordinate columns, skipping bad rows', () => {
    const table = parsePostcodeCsv('pcds,lng,lat\n"B23 6XX",-1.85,52.52\nB1 1BB,,52.4\nXX1 1XX,0,0\n');
    expect([...table.entries()]).toEqual([['B236XX', { lat: 52.52, lng: -1.85 }]]);
  });

  it('rejects a file without the needed columns', () => {
    expect(() => parsePostcodeCsv('a,b\n1,2')).toThrow(/columns/);
  });
});

describe('distance helpers', () => {
  it('measures great-circle distance', () => {
    // Birmingham B1 to Sutton Coldfield B72: about 12 km.
    const metres = haversineMetres({ lat: 52.47872, lng: -1.90723 }, { lat: 52.5599, lng: -1.8155 });
    expect(metres).toBeGreaterThan(10_000);
    expect(metres).toBeLessThan(13_000);
    expect(haversineMetres({ lat: 52, lng: -1 }, { lat: 52, lng: -1 })).toBe(0);
  });

  it('converts miles and metres', () => {
    expect(milesToMetres(1)).toBeCloseTo(1609.344);
    expect(metresToMiles(16093.44)).toBe(10);
    expect(metresToMiles(2500)).toBe(1.6);
  });
});
