import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { ServiceDetails } from '@/components/directory/service-details';
import { ServiceJsonLd } from '@/components/directory/service-json-ld';
import { ShortlistButton } from '@/components/directory/shortlist-button';
import { listTaxonomies, type TaxonomyTerms } from '@/lib/directory/list-taxonomies';
import { serverEnv } from '@/lib/env';
import { createLocaleFormatter } from '@/lib/i18n/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { createTaxonomyLabeller } from '@/lib/i18n/taxonomy-labels';
import { parseShortlistCookie, SHORTLIST_COOKIE } from '@/lib/validation/shortlist';
import { updateShortlistAction } from '../../shortlist/actions';
import { loadService } from './load-service';

// Services are not prerendered: every id is looked up when asked for (the layout only lists languages).
export const dynamicParams = true;

type Props = { params: Promise<{ locale: string; id: string }> };

async function loadTaxonomies(): Promise<Partial<TaxonomyTerms>> {
  try {
    return await listTaxonomies();
  } catch {
    return {};
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const service = await loadService(id);
  if (!service) return {};
  return { title: service.name, description: service.summary };
}

export default async function ServicePage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const service = await loadService(id);
  if (!service) notFound();

  const [taxonomies, messages, t, store] = await Promise.all([
    loadTaxonomies(),
    getMessages({ locale }),
    getTranslations({ locale, namespace: 'Service' }),
    cookies(),
  ]);
  const path = getPathname({ locale, href: `/services/${service.id}` });
  const pageUrl = new URL(path, serverEnv().SITE_URL).toString();
  const inShortlist = parseShortlistCookie(store.get(SHORTLIST_COOKIE)?.value).includes(service.id);
  const label = createTaxonomyLabeller(messages.Taxonomy, taxonomies);
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  const languageName = (code: string, fallback: string) => {
    try {
      return names.of(code) ?? fallback;
    } catch {
      return fallback;
    }
  };

  return (
    <>
      <nav aria-label={t('breadcrumbLabel')} className="mb-6 body-s print:hidden">
        <ol className="m-0 flex list-none flex-wrap gap-x-2 p-0">
          <li>
            <Link href="/" className="tap-target">
              {t('breadcrumbHome')}
            </Link>
            <span aria-hidden="true" className="ms-2 inline-block rtl:-scale-x-100">
              ›
            </span>
          </li>
          <li>
            <Link href="/services" className="tap-target">
              {t('breadcrumbServices')}
            </Link>
          </li>
        </ol>
      </nav>
      <ServiceJsonLd service={service} pageUrl={pageUrl} />
      <ServiceDetails
        service={service}
        dates={createLocaleFormatter(locale)}
        label={label}
        languageName={languageName}
        pageUrl={pageUrl}
        shortlist={
          <ShortlistButton
            action={updateShortlistAction}
            serviceId={service.id}
            serviceName={service.name}
            inShortlist={inShortlist}
            returnTo={path}
          />
        }
      />
    </>
  );
}
