import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** GOV.UK's page-not-found wording, with the two places most people want to go next. */
export function NotFoundContent() {
  const t = useTranslations('NotFound');
  return (
    <div className="max-w-[40em]">
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-4">{t('typed')}</p>
      <p className="mb-4">{t('pasted')}</p>
      <p className="mb-4">{t('services')}</p>
      <ul className="m-0 list-none p-0">
        <li className="mb-2">
          <Link href="/services" className="tap-target">
            {t('searchLink')}
          </Link>
        </li>
        <li>
          <Link href="/" className="tap-target">
            {t('homeLink')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
