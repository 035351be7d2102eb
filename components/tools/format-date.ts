// Statutory dates are calendar dates (ISO `YYYY-MM-DD`), formatted at UTC midnight so no time
// zone can move them to the day before.

/** Intl locale for a site locale: English dates are written the British way. */
function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

function toUtcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** "Monday 16 February 2026" (GOV.UK style, no comma) or the reader's language equivalent. */
export function formatLongDate(iso: string, locale: string, { weekday = true }: { weekday?: boolean } = {}): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    ...(weekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (locale !== 'en') return format.format(toUtcDate(iso));
  return format
    .formatToParts(toUtcDate(iso))
    .map((part) => (part.type === 'literal' ? ' ' : part.value))
    .join('')
    .replace(/\s+/g, ' ');
}
