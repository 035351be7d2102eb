'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

// Unexpected failures inside a page: a plain apology in the page's language, never a stack trace.
// (Search outages are handled on the services page itself and do not reach here.)
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('Error');
  return (
    <div className="max-w-[40em]">
      <title>{t('metaTitle')}</title>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-6">{t('text')}</p>
      <p className="mb-4">
        <button type="button" className="button" onClick={() => retry()}>
          {t('retry')}
        </button>
      </p>
      <p>
        <Link href="/">{t('homeLink')}</Link>
      </p>
    </div>
  );
}
