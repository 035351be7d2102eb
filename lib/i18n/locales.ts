// The site's languages, as data. Adding a language means one entry here plus
// content/messages/<code>.json (same keys as en.json); routing, <html lang dir>, the language
// switcher and hreflang links all read this list.

export interface LocaleDefinition {
  /** BCP 47 language tag used in URLs and <html lang>. */
  code: string;
  /** The language's name in that language, as its speakers would look for it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * Locale for dates and numbers when it differs from `code`: English pages follow British
   * conventions ("8 January 2026"), which plain `en` (American) does not.
   */
  formatLocale?: string;
}

export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr', formatLocale: 'en-GB' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const satisfies readonly LocaleDefinition[];

export type AppLocale = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: AppLocale = 'en';

export const LOCALE_CODES = LOCALES.map((l) => l.code) as [AppLocale, ...AppLocale[]];

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function localeDefinition(code: AppLocale): LocaleDefinition {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

export function formatLocale(code: AppLocale): string {
  return localeDefinition(code).formatLocale ?? code;
}

export function localeDirection(code: AppLocale): 'ltr' | 'rtl' {
  return localeDefinition(code).dir;
}
