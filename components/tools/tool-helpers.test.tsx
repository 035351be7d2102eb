import { describe, expect, it } from 'vitest';
import { formatLongDate } from './format-date';
import { splitSource } from './split-source';
import { firstWrongBox, wrongParts } from './tool-state';

describe('formatLongDate', () => {
  it('writes English dates the GOV.UK way, with no comma', () => {
    expect(formatLongDate('2026-02-16', 'en')).toBe('Monday 16 February 2026');
    expect(formatLongDate('2027-02-15', 'en', { weekday: false })).toBe('15 February 2027');
  });

  it('keeps the calendar date whatever the time zone (no slip to the day before)', () => {
    expect(formatLongDate('2026-03-29', 'en')).toBe('Sunday 29 March 2026');
    expect(formatLongDate('2026-10-25', 'en')).toBe('Sunday 25 October 2026');
  });

  it('uses the reader’s language', () => {
    expect(formatLongDate('2026-02-16', 'ur')).toContain('فروری');
    expect(formatLongDate('2026-02-16', 'ar')).toContain('فبراير');
  });
});

describe('splitSource', () => {
  it('splits a citation into the document and the place within it', () => {
    expect(splitSource('SEND Regulations 2014, regulation 22(2)(c)')).toEqual({
      source: 'SEND Regulations 2014',
      at: 'regulation 22(2)(c)',
    });
    expect(splitSource('SEND Code of Practice 2015')).toEqual({ source: 'SEND Code of Practice 2015' });
  });
});

describe('wrongParts', () => {
  const typed = (day: string, month: string, year: string) => ({ day, month, year });

  it('marks only the empty boxes when part of a date is missing', () => {
    expect(wrongParts('missingMonth', typed('1', '', ''))).toEqual(['month', 'year']);
    expect(wrongParts('missingDay', typed('', '3', '2026'))).toEqual(['day']);
  });

  it('marks the year alone when it is too short, and all three otherwise', () => {
    expect(wrongParts('yearFourDigits', typed('1', '3', '26'))).toEqual(['year']);
    expect(wrongParts('notReal', typed('31', '2', '2026'))).toEqual(['day', 'month', 'year']);
    expect(wrongParts('missing', typed('', '', ''))).toEqual(['day', 'month', 'year']);
  });

  it('links the error summary to the first wrong box', () => {
    expect(firstWrongBox('amendmentNotice', 'missingMonth', typed('1', '', '2026'))).toBe('amendmentNotice-month');
    expect(firstWrongBox('request', 'missing', typed('', '', ''))).toBe('request-day');
  });
});
