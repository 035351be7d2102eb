import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import type { AppLocale } from './locales';
import { routing } from './routing';
import type { Messages } from './messages';

async function loadMessages(locale: AppLocale): Promise<Messages> {
  // A relative dynamic import (not the @/ alias) so the bundler can see every messages file.
  const mod = (await import(`../../content/messages/${locale}.json`)) as { default: Messages };
  return mod.default;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Dates such as "last reviewed" are calendar dates in the UK, whatever the server's zone.
    timeZone: 'Europe/London',
  };
});
