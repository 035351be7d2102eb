import { z } from 'zod';

// The GOV.UK date input pattern: three boxes (day, month, year). Errors are message keys, not
// English sentences, so the page shows them in the reader's language.

export type DateErrorCode =
  | 'missing'
  | 'missingDay'
  | 'missingMonth'
  | 'missingYear'
  | 'notReal'
  | 'yearFourDigits'
  | 'inFuture'
  | 'tooEarly'
  | 'tooLate';

export interface DateFieldValues {
  day: string;
  month: string;
  year: string;
}

export interface DateBounds {
  /** Earliest allowed date, `YYYY-MM-DD` (inclusive). */
  min?: string;
  /** Latest allowed date, `YYYY-MM-DD` (inclusive). */
  max?: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(raw: string): number | null {
  const value = raw.trim().toLowerCase();
  if (/^\d{1,2}$/.test(value)) return Number(value);
  // People type "March" or "mar": GOV.UK accepts month names too.
  const index = MONTH_NAMES.findIndex((m) => value.startsWith(m) && value.length >= 3);
  return index === -1 ? null : index + 1;
}

export type DateParseResult =
  | { ok: true; iso: string }
  | { ok: false; code: DateErrorCode; fields: (keyof DateFieldValues)[] };

/** Turns three typed boxes into an ISO date, or says which boxes are wrong and why. */
export function parseDateFields(values: DateFieldValues, bounds: DateBounds = {}): DateParseResult {
  const day = values.day.trim();
  const month = values.month.trim();
  const year = values.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((f) => ({ day, month, year })[f] === '');
  if (missing.length === 3) return { ok: false, code: 'missing', fields: ['day', 'month', 'year'] };
  if (missing.length > 0) {
    const first = missing[0]!;
    const code = first === 'day' ? 'missingDay' : first === 'month' ? 'missingMonth' : 'missingYear';
    return { ok: false, code, fields: missing };
  }
  if (!/^\d{4}$/.test(year)) return { ok: false, code: 'yearFourDigits', fields: ['year'] };
  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = monthNumber(month);
  const y = Number(year);
  const date = m === null || Number.isNaN(d) ? null : new Date(Date.UTC(y, m - 1, d));
  if (!date || date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) {
    return { ok: false, code: 'notReal', fields: ['day', 'month', 'year'] };
  }
  const iso = date.toISOString().slice(0, 10);
  if (bounds.min && iso < bounds.min) return { ok: false, code: 'tooEarly', fields: ['day', 'month', 'year'] };
  if (bounds.max && iso > bounds.max) return { ok: false, code: 'tooLate', fields: ['day', 'month', 'year'] };
  return { ok: true, iso };
}

/** Raw form fields for one date (strings as typed; never lost on error). */
export const dateFieldsSchema = z.object({
  day: z.string().max(20).default(''),
  month: z.string().max(20).default(''),
  year: z.string().max(20).default(''),
});
