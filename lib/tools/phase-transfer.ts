import { parseIsoDate, toIsoDate, utcDate } from './calendar-date';

// England: a child's school year is fixed by their age on 31 August before the school year
// starts (children born 1 September to 31 August are in the same year group). Reception is the
// year of children who were 4 on 31 August; Year 1 were 5, ... Year 13 were 17.

export type YearGroup =
  | { kind: 'early-years'; ageOn31August: number }
  | { kind: 'nursery' }
  | { kind: 'reception' }
  | { kind: 'year'; year: number }
  | { kind: 'post-school' };

export type TransferId = 'start-school' | 'infant-to-junior' | 'primary-to-secondary' | 'secondary-to-post-16';

export interface PhaseTransfer {
  id: TransferId;
  /** The day the new phase starts (1 September), `YYYY-MM-DD`. */
  moveDate: string;
  /** The date by which the EHC plan must be reviewed and amended to name the new setting. */
  amendBy: string;
  source: string;
  /** True when the transfer is only for children at separate infant and junior schools. */
  onlyIfInfantJunior: boolean;
}

export interface PhaseTransferResult {
  /** The school year starting on 1 September of this calendar year. */
  schoolYearStart: number;
  yearGroup: YearGroup;
  /** Transfers from now on, soonest first (an already-past deadline this school year included). */
  transfers: PhaseTransfer[];
}

const TRANSFERS: { id: TransferId; intoYear: number; deadline: 'feb' | 'mar'; onlyIfInfantJunior: boolean }[] = [
  { id: 'start-school', intoYear: 0, deadline: 'feb', onlyIfInfantJunior: false },
  { id: 'infant-to-junior', intoYear: 3, deadline: 'feb', onlyIfInfantJunior: true },
  { id: 'primary-to-secondary', intoYear: 7, deadline: 'feb', onlyIfInfantJunior: false },
  { id: 'secondary-to-post-16', intoYear: 12, deadline: 'mar', onlyIfInfantJunior: false },
];

/** Age in whole years on a given day. */
export function ageOn(birth: Date, day: Date): number {
  let age = day.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < birth.getUTCMonth() ||
    (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

function yearGroupFor(ageOn31August: number): YearGroup {
  if (ageOn31August < 3) return { kind: 'early-years', ageOn31August };
  if (ageOn31August === 3) return { kind: 'nursery' };
  if (ageOn31August === 4) return { kind: 'reception' };
  if (ageOn31August <= 17) return { kind: 'year', year: ageOn31August - 4 };
  return { kind: 'post-school' };
}

/**
 * The child's current school year on `today` and the phase transfers still ahead, with the
 * EHC plan deadlines of SEND Regulations 2014 regulation 18(1).
 */
export function findPhaseTransfers(dateOfBirth: string, today: Date): PhaseTransferResult {
  const birth = parseIsoDate(dateOfBirth);
  if (!birth) throw new RangeError(`Not a calendar date: ${dateOfBirth}`);
  // A school year runs from 1 September to 31 August.
  const schoolYearStart = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const ageOn31August = ageOn(birth, utcDate(schoolYearStart, 8, 31));
  // Reception (year 0) starts in the September after the 4th birthday's 31 August.
  const receptionStart = schoolYearStart + (4 - ageOn31August);

  const transfers = TRANSFERS.map((t) => {
    const moveYear = receptionStart + t.intoYear;
    return {
      id: t.id,
      moveDate: toIsoDate(utcDate(moveYear, 9, 1)),
      amendBy: toIsoDate(t.deadline === 'feb' ? utcDate(moveYear, 2, 15) : utcDate(moveYear, 3, 31)),
      source: t.deadline === 'feb' ? 'SEND Regulations 2014, regulation 18(1)(b)' : 'SEND Regulations 2014, regulation 18(1)(a)',
      onlyIfInfantJunior: t.onlyIfInfantJunior,
    };
  }).filter((t) => t.moveDate > toIsoDate(today));

  return { schoolYearStart, yearGroup: yearGroupFor(ageOn31August), transfers };
}
