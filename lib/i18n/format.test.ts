import { describe, expect, it } from 'vitest';
import { createLocaleFormatter, dayRuns } from './format';

describe('dayRuns', () => {
  it('joins three or more consecutive days into a run', () => {
    expect(dayRuns(['MO', 'TU', 'WE', 'TH', 'FR'])).toEqual([['MO', 'FR']]);
  });

  it('keeps one or two days apart, in week order, without duplicates', () => {
    expect(dayRuns(['SA', 'MO', 'TU', 'MO'])).toEqual([['MO'], ['TU'], ['SA']]);
  });

  it('splits runs at gaps and ignores codes that are not days', () => {
    expect(dayRuns(['MO', 'TU', 'WE', 'FR', 'XX'])).toEqual([['MO', 'WE'], ['FR']]);
  });
});

describe('createLocaleFormatter', () => {
  it('writes English dates and lists the British way', () => {
    const format = createLocaleFormatter('en');
    expect(format.date('2026-01-08')).toBe('8 January 2026');
    expect(format.list(['Monday', 'Tuesday', 'Friday'])).toBe('Monday, Tuesday and Friday');
    expect(format.weekday('SU')).toBe('Sunday');
  });

  it('never moves a calendar date by a day', () => {
    expect(createLocaleFormatter('en').date('2026-03-29')).toBe('29 March 2026');
  });

  it('names days in the page language', () => {
    expect(createLocaleFormatter('ur').weekday('MO')).toBe('پیر');
    expect(createLocaleFormatter('ar').weekday('FR')).toBe('الجمعة');
  });

  it('leaves text it cannot read as it is', () => {
    expect(createLocaleFormatter('en').date('not a date')).toBe('not a date');
    expect(createLocaleFormatter('en').time('soon')).toBe('soon');
  });
});
