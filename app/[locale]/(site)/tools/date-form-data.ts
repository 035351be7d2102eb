import type { DateFieldValues } from '@/lib/validation/date-input';

/** The three boxes of a date input as posted (`<prefix>-day`, `-month`, `-year`), unchecked. */
export function readDateFields(formData: FormData, prefix: string): DateFieldValues {
  const read = (part: keyof DateFieldValues) => {
    const value = formData.get(`${prefix}-${part}`);
    return typeof value === 'string' ? value : '';
  };
  return { day: read('day'), month: read('month'), year: read('year') };
}

/** Cuts what was typed to the length the boxes allow, so an over-long value is not echoed back whole. */
export function clipDateFields(values: DateFieldValues): DateFieldValues {
  return { day: values.day.slice(0, 20), month: values.month.slice(0, 20), year: values.year.slice(0, 20) };
}

// Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹, used for Urdu) digits, typed by people
// using an Arabic or Urdu keyboard, mean the same numbers as 0-9.
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC = /[\u06F0-\u06F9]/g;

function westernDigits(value: string): string {
  return value
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** The values to validate: as typed, with any Arabic or Urdu digits read as 0-9. */
export function withWesternDigits(values: DateFieldValues): DateFieldValues {
  return { day: westernDigits(values.day), month: westernDigits(values.month), year: westernDigits(values.year) };
}

/** Top-level form fields named in zod issues, in form order, each once. */
export function fieldsWithIssues(issues: readonly { path: readonly PropertyKey[] }[], order: readonly string[]): string[] {
  const named = new Set(issues.map((issue) => String(issue.path[0])));
  return order.filter((field) => named.has(field));
}
