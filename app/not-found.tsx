import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { SiteDocument } from '@/components/layout/site-document';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';

// Addresses outside every language (/favicon.txt, /xx/...) end here, outside the language layout,
// so this renders the whole document itself, in English. It is prerendered, so it is complete
// HTML without JavaScript.

export async function generateMetadata(): Promise<Metadata> {
  const [t, tMeta] = await Promise.all([
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'NotFound' }),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Metadata' }),
  ]);
  return { title: `${t('metaTitle')} – ${tMeta('siteName')}` };
}

export default function GlobalNotFound() {
  setRequestLocale(DEFAULT_LOCALE);
  return (
    <SiteDocument locale={DEFAULT_LOCALE}>
      <NotFoundContent />
    </SiteDocument>
  );
}
