import { createFormatter } from 'next-intl';
import { formatLocale, type AppLocale } from './locales';

// Dates and lists in the page's language with local conventions (en → en-GB: "8 January 2026",
// "Monday and Friday"). Listing
// dates are calendar dates with no time of day, so they are read and shown in UTC: a date can
// never slip by a day whatever the server's or the reader's time zone.

export interface LocaleFormatter {
  /** "YYYY-MM-DD" → "8 January 2026". */
  date: (isoDate: string) => string;
  /** "HH:MM" → "9:30 am" / "09:30", as the language writes times. */
  time: (hhmm: string) => string;
  /** iCal day code ("MO") → "Monday". */
  weekday: (code: string) => string;
  /** ["a", "b", "c"] → "a, b and c" (British English: no serial comma). */
  list: (items: readonly string[]) => string;
}

const WEEKDAY_INDEX: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
const REFERENCE_MONDAY = Date.UTC(2024, 0, 1);

export function createLocaleFormatter(locale: AppLocale): LocaleFormatter {
  // next-intl types `locale` as a routing locale; Intl accepts any tag, such as en-GB.
  const format = createFormatter({ locale: formatLocale(locale) as AppLocale, timeZone: 'UTC' });
  return {
    date: (isoDate) => {
      const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : format.dateTime(date, { day: 'numeric', month: 'long', year: 'numeric' });
    },
    time: (hhmm) => {
      const [h, m] = hhmm.split(':').map(Number);
      if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return hhmm;
      return format.dateTime(new Date(Date.UTC(2024, 0, 1, h, m)), { hour: 'numeric', minute: '2-digit' });
    },
    weekday: (code) => format.dateTime(new Date(REFERENCE_MONDAY + (WEEKDAY_INDEX[code] ?? 0) * 86_400_000), { weekday: 'long' }),
    list: (items) => format.list(items, { type: 'conjunction' }),
  };
}

/** Groups iCal day codes into runs: MO,TU,WE,TH,FR,SU → [["MO","FR"], ["SU"]] (three or more days make a run). */
export function dayRuns(days: readonly string[]): (readonly [string] | readonly [string, string])[] {
  const order = Object.keys(WEEKDAY_INDEX);
  const sorted = [...new Set(days)].filter((d) => d in WEEKDAY_INDEX).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const runs: string[][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous !== undefined && order.indexOf(day) === order.indexOf(previous) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs.flatMap((run): (readonly [string] | readonly [string, string])[] => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return [];
    return run.length >= 3 ? [[first, last] as const] : run.map((d) => [d] as const);
  });
}
