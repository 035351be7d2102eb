import { describe, expect, it } from 'vitest';
import { addMonths, addWeeks, parseIsoDate, toIsoDate, todayInEngland } from './calendar-date';

describe('parseIsoDate', () => {
  it('accepts real dates only', () => {
    expect(toIsoDate(parseIsoDate('2028-02-29')!)).toBe('2028-02-29');
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('1/2/2026')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('date arithmetic', () => {
  it('adds calendar weeks across month and year ends', () => {
    expect(toIsoDate(addWeeks(parseIsoDate('2026-12-28')!, 1))).toBe('2027-01-04');
  });

  it('is not shifted by the clocks changing (British Summer Time)', () => {
    expect(toIsoDate(addWeeks(parseIsoDate('2026-03-20')!, 1))).toBe('2026-03-27');
    expect(toIsoDate(addWeeks(parseIsoDate('2026-10-23')!, 1))).toBe('2026-10-30');
  });

  it('clamps month arithmetic to the end of a shorter month', () => {
    expect(toIsoDate(addMonths(parseIsoDate('2027-01-31')!, 1))).toBe('2027-02-28');
    expect(toIsoDate(addMonths(parseIsoDate('2028-01-31')!, 1))).toBe('2028-02-29');
    expect(toIsoDate(addMonths(parseIsoDate('2028-02-29')!, 12))).toBe('2029-02-28');
  });
});

describe('todayInEngland', () => {
  it('uses the date in London, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(toIsoDate(todayInEngland(new Date('2026-06-30T23:30:00Z')))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(toIsoDate(todayInEngland(new Date('2026-12-31T23:30:00Z')))).toBe('2026-12-31');
  });
});
