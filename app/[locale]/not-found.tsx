import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';

// Shown when a page under a language calls notFound() (an unknown service id) and for proxy.ts's
// 404s: inside the language layout, so the header, footer and language links are all there.
// Next takes a 404's metadata from this file rather than from the page.

export async function generateMetadata({ params }: { params?: Promise<{ locale?: string }> }): Promise<Metadata> {
  const requested = (await params)?.locale;
  const locale = hasLocale(routing.locales, requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('metaTitle') };
}

export default function NotFoundPage() {
  return <NotFoundContent />;
}
