import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './calendar-date';
import { ageOn, findPhaseTransfers } from './phase-transfer';

const on = (iso: string) => parseIsoDate(iso)!;

describe('ageOn', () => {
  it('counts a birthday on the day itself', () => {
    expect(ageOn(on('2016-08-31'), on('2026-08-31'))).toBe(10);
    expect(ageOn(on('2016-09-01'), on('2026-08-31'))).toBe(9);
  });

  it('treats a 29 February birthday as not yet reached on 28 February', () => {
    expect(ageOn(on('2020-02-29'), on('2025-02-28'))).toBe(4);
    expect(ageOn(on('2020-02-29'), on('2025-03-01'))).toBe(5);
  });
});

describe('findPhaseTransfers', () => {
  it('puts children born on 31 August and 1 September in different year groups', () => {
    const today = on('2026-11-22');
    expect(findPhaseTransfers('2015-08-31', today).yearGroup).toEqual({ kind: 'year', year: 7 });
    expect(findPhaseTransfers('2015-09-01', today).yearGroup).toEqual({ kind: 'year', year: 6 });
  });

  it('finds the next transfer and its 15 February deadline for a Year 6 child', () => {
    const result = findPhaseTransfers('2015-09-01', on('2026-11-22'));
    expect(result.schoolYearStart).toBe(2026);
    expect(result.transfers[0]).toMatchObject({
      id: 'primary-to-secondary',
      moveDate: '2027-09-01',
      amendBy: '2027-02-15',
      source: 'SEND Regulations 2014, regulation 18(1)(b)',
    });
    expect(result.transfers.map((t) => t.id)).toEqual(['primary-to-secondary', 'secondary-to-post-16']);
  });

  it('uses 31 March for the move from Year 11 into post-16', () => {
    const result = findPhaseTransfers('2011-03-10', on('2026-11-22'));
    expect(result.yearGroup).toEqual({ kind: 'year', year: 11 });
    expect(result.transfers).toEqual([
      expect.objectContaining({ id: 'secondary-to-post-16', moveDate: '2027-09-01', amendBy: '2027-03-31', source: 'SEND Regulations 2014, regulation 18(1)(a)' }),
    ]);
  });

  it('lists starting school, including the infant-to-junior move, for a toddler', () => {
    const result = findPhaseTransfers('2024-05-14', on('2026-11-22'));
    expect(result.yearGroup).toEqual({ kind: 'early-years', ageOn31August: 2 });
    expect(result.transfers.map((t) => [t.id, t.moveDate, t.amendBy, t.onlyIfInfantJunior])).toEqual([
      ['start-school', '2028-09-01', '2028-02-15', false],
      ['infant-to-junior', '2031-09-01', '2031-02-15', true],
      ['primary-to-secondary', '2035-09-01', '2035-02-15', false],
      ['secondary-to-post-16', '2040-09-01', '2040-03-31', false],
    ]);
  });

  it('uses the school year that started last September when asked in the summer term', () => {
    // On 1 July 2027 a child born in October 2015 is still in Year 6 (school year 2026/27).
    const result = findPhaseTransfers('2015-10-01', on('2027-07-01'));
    expect(result.schoolYearStart).toBe(2026);
    expect(result.yearGroup).toEqual({ kind: 'year', year: 6 });
    expect(result.transfers[0]?.amendBy).toBe('2027-02-15');
  });

  it('knows nursery and reception', () => {
    expect(findPhaseTransfers('2022-12-01', on('2026-11-22')).yearGroup).toEqual({ kind: 'nursery' });
    expect(findPhaseTransfers('2021-12-01', on('2026-11-22')).yearGroup).toEqual({ kind: 'reception' });
  });

  it('has no transfers left for a young person past Year 13', () => {
    const result = findPhaseTransfers('2005-01-01', on('2026-11-22'));
    expect(result.yearGroup).toEqual({ kind: 'post-school' });
    expect(result.transfers).toEqual([]);
  });
});
