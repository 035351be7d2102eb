import { describe, expect, it } from 'vitest';
import { parseDateFields } from './date-input';
import { validateEhcpTimelineForm, validatePhaseTransferForm } from './tools';

const blank = { day: '', month: '', year: '' };

describe('parseDateFields', () => {
  it('accepts a real date, padded or not, with month numbers or names', () => {
    expect(parseDateFields({ day: '5', month: '1', year: '2026' })).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDateFields({ day: '05', month: 'March', year: '2026' })).toEqual({ ok: true, iso: '2026-03-05' });
    expect(parseDateFields({ day: ' 29 ', month: 'feb', year: '2028' })).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('says which part is missing', () => {
    expect(parseDateFields(blank)).toMatchObject({ ok: false, code: 'missing' });
    expect(parseDateFields({ day: '', month: '3', year: '2026' })).toMatchObject({ code: 'missingDay', fields: ['day'] });
    expect(parseDateFields({ day: '1', month: '', year: '' })).toMatchObject({ code: 'missingMonth', fields: ['month', 'year'] });
  });

  it('rejects dates that do not exist and short years', () => {
    expect(parseDateFields({ day: '29', month: '2', year: '2027' })).toMatchObject({ code: 'notReal' });
    expect(parseDateFields({ day: '31', month: '4', year: '2026' })).toMatchObject({ code: 'notReal' });
    expect(parseDateFields({ day: '1', month: '13', year: '2026' })).toMatchObject({ code: 'notReal' });
    expect(parseDateFields({ day: 'x', month: '1', year: '2026' })).toMatchObject({ code: 'notReal' });
    expect(parseDateFields({ day: '1', month: '1', year: '26' })).toMatchObject({ code: 'yearFourDigits' });
  });

  it('applies bounds', () => {
    const bounds = { min: '2014-09-01', max: '2027-11-22' };
    expect(parseDateFields({ day: '31', month: '8', year: '2014' }, bounds)).toMatchObject({ code: 'tooEarly' });
    expect(parseDateFields({ day: '1', month: '1', year: '2062' }, bounds)).toMatchObject({ code: 'tooLate' });
  });
});

describe('tool forms', () => {
  it('reports every wrong date at once', () => {
    const result = validateEhcpTimelineForm(
      { request: blank, planIssued: { day: '31', month: '2', year: '2026' }, amendmentNotice: { day: '1', month: '', year: '2026' } },
      '2026-11-22',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'request', code: 'missing' },
        { field: 'planIssued', code: 'notReal' },
        { field: 'amendmentNotice', code: 'missingMonth' },
      ],
    });
  });

  it('treats optional dates left blank as not given', () => {
    const result = validateEhcpTimelineForm(
      { request: { day: '5', month: '1', year: '2026' }, planIssued: blank, amendmentNotice: blank },
      '2026-11-22',
    );
    expect(result).toEqual({ ok: true, value: { requestDate: '2026-01-05', planIssuedDate: undefined, amendmentNoticeDate: undefined } });
  });

  it('only accepts dates of birth of people aged 0 to 25, not in the future', () => {
    expect(validatePhaseTransferForm({ dateOfBirth: { day: '1', month: '1', year: '2030' } }, '2026-11-22')).toMatchObject({
      ok: false,
      errors: [{ field: 'dateOfBirth', code: 'inFuture' }],
    });
    expect(validatePhaseTransferForm({ dateOfBirth: { day: '1', month: '1', year: '1990' } }, '2026-11-22')).toMatchObject({
      ok: false,
      errors: [{ field: 'dateOfBirth', code: 'tooEarly' }],
    });
    expect(validatePhaseTransferForm({ dateOfBirth: { day: '14', month: '5', year: '2019' } }, '2026-11-22')).toEqual({
      ok: true,
      value: { dateOfBirth: '2019-05-14' },
    });
  });
});
