import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listingText } from '@/components/directory/listing-text';
import { Panel } from '@/components/ui/panel';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { loadService } from '../../load-service';

export const dynamicParams = true;

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'ReportListingSent' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** After a report is saved (the action redirects here, so a refresh never sends it twice). */
export default async function ReportSentPage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const service = await loadService(id);
  if (!service) notFound();
  const t = await getTranslations({ locale, namespace: 'ReportListingSent' });

  return (
    <div className="desktop:w-2/3">
      <Panel title={t('title')}>
        <p className="m-0">{t('thanks')}</p>
      </Panel>
      <h2 className="heading-m">{t('nextHeading')}</h2>
      <p className="mb-4">{t('next')}</p>
      <p className="mb-8">{t('email')}</p>
      <ul className="m-0 list-none p-0">
        <li className="mb-3">
          <Link href={`/services/${service.id}`} className="tap-target">
            {t.rich('backToListing', { name: service.name, listing: (chunks) => <span {...listingText}>{chunks}</span> })}
          </Link>
        </li>
        <li>
          <Link href="/services" className="tap-target">
            {t('findServices')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
