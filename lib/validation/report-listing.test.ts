import { describe, expect, it } from 'vitest';
import { REPORT_DETAILS_MAX, validateReportListing, type ReportListingInput } from './report-listing';

const SERVICE = '0b8f5a52-1d2c-4e4f-9a3b-7c6d5e4f3a2b';

function form(overrides: Partial<ReportListingInput> = {}): ReportListingInput {
  return { serviceId: SERVICE, reason: 'out_of_date', details: '', contactEmail: '', ...overrides };
}

describe('validateReportListing', () => {
  it('accepts a reason on its own: details and email are optional', () => {
    const result = validateReportListing(form());
    expect(result).toEqual({ ok: true, data: { serviceId: SERVICE, reason: 'out_of_date', details: '', contactEmail: '' } });
  });

  it('trims the answers and keeps an email for a reply', () => {
    const result = validateReportListing(form({ reason: 'contact_details', details: '  New number is 0121 496 0000\r\n', contactEmail: ' parent@example.com ' }));
    expect(result.ok && result.data).toMatchObject({ details: 'New number is 0121 496 0000', contactEmail: 'parent@example.com' });
  });

  it('asks for a reason', () => {
    expect(validateReportListing(form({ reason: '' }))).toEqual({ ok: false, errors: [{ field: 'reason', code: 'required' }], invalidService: false });
    expect(validateReportListing(form({ reason: 'bored' }))).toMatchObject({ errors: [{ field: 'reason', code: 'required' }] });
  });

  it('needs details when the reason is "something else"', () => {
    expect(validateReportListing(form({ reason: 'other', details: '   ' }))).toMatchObject({ errors: [{ field: 'details', code: 'required' }] });
    expect(validateReportListing(form({ reason: 'other', details: 'The venue moved.' })).ok).toBe(true);
  });

  it('limits details to 1,200 characters, counting a line break as one', () => {
    expect(validateReportListing(form({ details: 'a'.repeat(REPORT_DETAILS_MAX) })).ok).toBe(true);
    expect(validateReportListing(form({ details: `${'a'.repeat(REPORT_DETAILS_MAX - 2)}\r\nb` })).ok).toBe(true);
    expect(validateReportListing(form({ details: 'a'.repeat(REPORT_DETAILS_MAX + 1) }))).toMatchObject({
      errors: [{ field: 'details', code: 'tooLong' }],
    });
  });

  it('checks the email only when one is given', () => {
    expect(validateReportListing(form({ contactEmail: 'not an email' }))).toMatchObject({ errors: [{ field: 'contactEmail', code: 'invalid' }] });
    expect(validateReportListing(form({ contactEmail: `${'a'.repeat(250)}@example.com` }))).toMatchObject({
      errors: [{ field: 'contactEmail', code: 'invalid' }],
    });
  });

  it('reports every problem at once, in the order of the form', () => {
    const result = validateReportListing(form({ reason: 'other', details: '', contactEmail: 'nope' }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'details', code: 'required' },
        { field: 'contactEmail', code: 'invalid' },
      ],
      invalidService: false,
    });
    const all = validateReportListing(form({ reason: '', details: 'x'.repeat(2000), contactEmail: 'nope' }));
    expect(all.ok === false && all.errors.map((e) => e.field)).toEqual(['reason', 'details', 'contactEmail']);
  });

  it('says when the service id was tampered with', () => {
    expect(validateReportListing(form({ serviceId: '../../etc' }))).toMatchObject({ ok: false, invalidService: true, errors: [] });
  });
});
