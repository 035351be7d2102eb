import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listingText } from '@/components/directory/listing-text';
import { ReportListingForm } from '@/components/directory/report-listing-form';
import { BackLink } from '@/components/ui/back-link';
import { routing } from '@/lib/i18n/routing';
import { reportListingProblemAction } from './actions';
import { loadService } from '../load-service';

// Every service has a report form; none is prerendered (the layout only lists languages).
export const dynamicParams = true;

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  // The form renders the <title> itself: after a post without JavaScript only it knows whether
  // the title begins with "Error:".
  return { title: null, robots: { index: false, follow: false } };
}

export default async function ReportListingPage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const service = await loadService(id);
  if (!service) notFound();

  const [t, tMeta, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'ReportListing' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getMessages({ locale }),
  ]);
  const servicePath = `/services/${service.id}`;

  return (
    <>
      <BackLink href={servicePath}>{t('back')}</BackLink>
      <div className="desktop:w-2/3">
        {/* Only the form's strings go to the browser, not the whole site's. */}
        <NextIntlClientProvider messages={{ ReportListing: messages.ReportListing }}>
          <ReportListingForm
            action={reportListingProblemAction}
            serviceId={service.id}
            locale={locale}
            documentTitle={`${t('metaTitle')} – ${tMeta('siteName')}`}
            header={
              <>
                <p className="mb-1 text-ink-secondary body-l" {...listingText}>
                  {service.name}
                </p>
                <h1 className="heading-xl">{t('title')}</h1>
                <p className="mb-4">{t('lead')}</p>
                <p className="mb-8 font-bold">{t('noPersonal')}</p>
              </>
            }
          />
        </NextIntlClientProvider>
        <p className="body-s text-ink-secondary">{t('privacy')}</p>
      </div>
    </>
  );
}
