import type { AppLocale } from './locales';
import type { Messages } from './messages';

// Gives next-intl the app's locales and message keys, so a missing or misspelt key is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
