import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALE_CODES } from './locales';

export const routing = defineRouting({
  locales: LOCALE_CODES,
  defaultLocale: DEFAULT_LOCALE,
  // Every page has its language in the URL, so a shared or bookmarked link opens in the
  // language it was sent in, whatever the recipient's browser prefers.
  localePrefix: 'always',
});
