import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { ShortlistButton } from '@/components/directory/shortlist-button';
import { ShortlistList, type ShortlistEntry } from '@/components/directory/shortlist-list';
import { ShortlistStatus } from '@/components/directory/shortlist-status';
import { PrintButton } from '@/components/guides/print-button';
import { CopyButton } from '@/components/ui/copy-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { listServicesByIds, type ShortlistServiceView } from '@/lib/directory/list-services-by-ids';
import { serverEnv } from '@/lib/env';
import type { AppLocale } from '@/lib/i18n/locales';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { parseSharedShortlist, parseShortlistCookie, shareQuery, SHORTLIST_COOKIE, SHORTLIST_MAX } from '@/lib/validation/shortlist';
import { saveSharedShortlistAction, updateShortlistAction } from './actions';

type RawSearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const NOTICES = ['full', 'saved'] as const;
type Notice = (typeof NOTICES)[number];

function noticeOf(raw: RawSearchParams): Notice | null {
  const value = Array.isArray(raw.notice) ? raw.notice[0] : raw.notice;
  return NOTICES.find((n) => n === value) ?? null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Shortlist' });
  const shared = (await searchParams).ids !== undefined;
  // A shortlist is personal: never in search engines, whoever shares the link.
  return { title: shared ? t('sharedTitle') : t('title'), robots: { index: false, follow: true } };
}

async function loadServices(ids: readonly string[]): Promise<ShortlistServiceView[] | null> {
  try {
    return await listServicesByIds(ids);
  } catch (error) {
    console.error('Could not load the shortlist', error);
    return null;
  }
}

export default async function ShortlistPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const raw = await searchParams;
  const [t, tButton, store] = await Promise.all([
    getTranslations({ locale, namespace: 'Shortlist' }),
    getTranslations({ locale, namespace: 'ShortlistButton' }),
    cookies(),
  ]);
  const saved = parseShortlistCookie(store.get(SHORTLIST_COOKIE)?.value);
  const sharedIds = raw.ids !== undefined ? parseSharedShortlist(raw.ids) : null;
  const shared = sharedIds !== null;
  const wanted = sharedIds ?? saved;
  const services = await loadServices(wanted);
  const notice = shared ? null : noticeOf(raw);

  const siteUrl = serverEnv().SITE_URL;
  const absolute = (href: string) => new URL(getPathname({ locale: locale as AppLocale, href }), siteUrl).toString();
  const shortlistPath = getPathname({ locale: locale as AppLocale, href: '/shortlist' });

  const statusText = (status: ShortlistServiceView['status']) =>
    status === 'inactive' ? t('statusInactive') : status === 'temporarily_closed' ? t('statusTemporarilyClosed') : null;

  const entries: ShortlistEntry[] = (services ?? []).map((service) => ({
    id: service.id,
    name: service.name,
    organisation: service.organisation,
    summary: service.summary,
    phone: service.phone,
    statusText: statusText(service.status),
    isSample: service.isSample,
    pageUrl: absolute(`/services/${service.id}`),
    action: shared ? undefined : (
      <ShortlistButton
        action={updateShortlistAction}
        serviceId={service.id}
        serviceName={service.name}
        inShortlist
        returnTo={shortlistPath}
      />
    ),
  }));
  const found = entries.map((e) => e.id);
  const missing = services ? wanted.length - found.length : 0;
  const shareUrl = `${absolute('/shortlist')}?ids=${shareQuery(found)}`;
  const notYetSaved = found.filter((id) => !saved.includes(id));
  const labels = { organisation: t('organisation'), phone: t('phone'), page: t('pageAddress'), sample: t('sample') };

  return (
    <div className="max-w-[45em]">
      {notice === 'full' && (
        <NotificationBanner id="shortlist-notice" title={t('noticeTitle')}>
          <p>{tButton('full', { max: SHORTLIST_MAX })}</p>
        </NotificationBanner>
      )}
      {notice === 'saved' && (
        <NotificationBanner id="shortlist-notice" title={t('savedTitle')} variant="success">
          <p>{t('savedText')}</p>
        </NotificationBanner>
      )}

      <h1 id="shortlist-heading" tabIndex={-1} className="heading-xl">
        {shared ? t('sharedTitle') : t('title')}
      </h1>
      {!shared && services !== null && (
        <ShortlistStatus
          count={entries.length}
          removedMessage={`${tButton('removed')} ${entries.length > 0 ? t('count', { count: entries.length }) : t('empty')}`}
          focusTarget="shortlist-heading"
        />
      )}

      {services === null ? (
        <NotificationBanner id="shortlist-unavailable" title={t('unavailableTitle')}>
          <p>{t('unavailableText')}</p>
        </NotificationBanner>
      ) : entries.length === 0 ? (
        <>
          <p className="body-l mb-6">{shared ? t('sharedEmpty') : t('empty')}</p>
          {!shared && <p className="mb-6">{t('emptyHelp')}</p>}
          <p className="mb-8">
            <Link href="/services" className="button no-underline">
              {t('findServices')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="body-l mb-6">{shared ? t('sharedLead') : t('lead')}</p>
          <p className="mb-4 font-bold">{t('count', { count: entries.length })}</p>
          {missing > 0 && <p className="mb-4 text-ink-secondary">{t('missing', { count: missing })}</p>}

          {shared && (
            <div className="mb-8 print:hidden">
              {notYetSaved.length > 0 ? (
                <form action={saveSharedShortlistAction}>
                  <input type="hidden" name="ids" value={shareQuery(found)} />
                  <input type="hidden" name="locale" value={locale} />
                  <p className="mb-3">{t('sharedSaveHint')}</p>
                  <button type="submit" className="button">
                    {t('sharedSave')}
                  </button>
                </form>
              ) : (
                <p className="mb-3">{t('sharedAllSaved')}</p>
              )}
              <p className="m-0">
                <Link href="/shortlist" className="tap-target">
                  {t('yourShortlist')}
                </Link>
              </p>
            </div>
          )}

          <ShortlistList entries={entries} labels={labels} />

          <section aria-labelledby="share-heading" className="mb-8 print:hidden">
            <h2 id="share-heading" className="heading-m">
              {t('shareHeading')}
            </h2>
            <PrintButton label={t('print')} />
            <div className="mt-4 mb-4">
              <label htmlFor="share-link" className="mb-1 block font-bold">
                {t('shareLabel')}
              </label>
              <p id="share-link-hint" className="mb-2 text-ink-secondary">
                {t('shareHint')}
              </p>
              <input
                id="share-link"
                type="text"
                readOnly
                dir="ltr"
                value={shareUrl}
                aria-describedby="share-link-hint"
                className="text-input mb-3 body-s"
              />
              <div className="flex flex-wrap items-start gap-4">
                <CopyButton text={shareUrl} label={t('copy')} copied={t('copied')} />
                <a
                  href={`mailto:?subject=${encodeURIComponent(t('emailSubject'))}&body=${encodeURIComponent(shareUrl)}`}
                  className="tap-target self-center"
                >
                  {t('emailLink')}
                </a>
              </div>
            </div>
          </section>
        </>
      )}

      {!shared && (
        <section aria-labelledby="privacy-heading" className="print:hidden">
          <h2 id="privacy-heading" className="heading-s">
            {t('privacyHeading')}
          </h2>
          <p className="body-s">{t('privacy')}</p>
        </section>
      )}
    </div>
  );
}
