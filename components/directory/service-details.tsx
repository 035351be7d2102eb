import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Tag } from '@/components/ui/tag';
import type { LocationView, PhoneView, ScheduleView, ServiceView } from '@/lib/directory/get-service';
import { isolate } from '@/lib/i18n/bidi';
import { dayRuns, type LocaleFormatter } from '@/lib/i18n/format';
import type { TaxonomyLabeller } from '@/lib/i18n/taxonomy-labels';
import { Link } from '@/lib/i18n/navigation';
import { listingText } from './listing-text';
import { mapHref, safeEmail, safeWebUrl, telHref } from './safe-links';

interface ServiceDetailsProps {
  service: ServiceView;
  dates: LocaleFormatter;
  label: TaxonomyLabeller;
  /** Display name of a language code in the page's language. */
  languageName: (code: string, fallback: string) => string;
  /** "Add to shortlist", shown under the summary. */
  shortlist?: ReactNode;
  /** This page's full address, printed at the end (paper has no address bar). */
  pageUrl: string;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function Section({ id, title, children, className = '' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`mb-8 break-inside-avoid-page ${className}`}>
      <h2 id={id} className="heading-m border-t-2 border-ink pt-4">
        {title}
      </h2>
      {children}
    </section>
  );
}

function SummaryList({ rows }: { rows: readonly { key: string; term: string; termLang?: boolean; value: ReactNode }[] }) {
  return (
    <dl className="m-0 mb-4">
      {rows.map((row) => (
        <div key={row.key} className="border-b border-border py-2.5 tablet:grid tablet:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] tablet:gap-4">
          <dt className="mb-2 font-bold tablet:mb-0" {...(row.termLang ? listingText : {})}>
            {row.term}
          </dt>
          <dd className="m-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Phones({ phones, extensionLabel }: { phones: readonly PhoneView[]; extensionLabel: (ext: string) => string }) {
  return (
    <ul className="m-0 list-none p-0">
      {phones.map((phone) => (
        <li key={`${phone.number}-${phone.extension ?? ''}`} className="mb-1">
          <a href={telHref(phone.number)} className="tap-target">
            <bdi dir="ltr" className="ltr-value whitespace-nowrap">
              {phone.number}
            </bdi>
          </a>
          {phone.extension && <> ({extensionLabel(phone.extension)})</>}
          {phone.description && (
            <span className="text-ink-secondary">
              {' – '}
              <span {...listingText}>{phone.description}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ServiceDetails({ service, dates, label, languageName, shortlist, pageUrl }: ServiceDetailsProps) {
  const t = useTranslations('Service');
  const tAges = useTranslations('Ages');

  const list = (items: readonly string[]) => (items.length > 0 ? dates.list(items) : null);
  const terms = (taxonomy: string, items: readonly { code: string }[]) => items.map((item) => label(taxonomy, item.code));
  const { date, time, weekday } = dates;
  const extensionLabel = (extension: string) => t('extension', { extension });
  // "Free", "£0.00", "Free" from three fields says one thing: show each distinct part once. The
  // line is listing text (English), so an amount is written the British way too: "£60".
  const costLine = (cost: ServiceView['costs'][number]): string => {
    const amount =
      cost.amount === null || cost.amount === 0
        ? null
        : new Intl.NumberFormat('en-GB', {
            style: 'currency',
            currency: cost.currency || 'GBP',
            minimumFractionDigits: Number.isInteger(cost.amount) ? 0 : 2,
          }).format(cost.amount);
    const parts = [cost.option, amount, cost.description].filter((p): p is string => Boolean(p));
    const distinct = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
    return distinct.length > 0 ? distinct.join(' – ') : t('costFree');
  };

  const ages = (() => {
    const { minimumAge: min, maximumAge: max } = service;
    if (min !== null && max !== null) return min === max ? tAges('single', { min }) : tAges('range', { min, max });
    if (min !== null) return tAges('from', { min });
    if (max !== null) return tAges('upTo', { max });
    return tAges('any');
  })();

  const scheduleItems = (schedules: readonly ScheduleView[]) =>
    schedules.length > 0 ? (
      <ul className="m-0 list-none p-0">
        {schedules.map((s, index) => {
          const days = list(
            dayRuns(s.days).map((run) =>
              run.length === 2 ? t('dayRange', { from: weekday(run[0]), to: weekday(run[1]) }) : weekday(run[0]),
            ),
          );
          const hours = s.opensAt && s.closesAt ? t('opensCloses', { opens: time(s.opensAt), closes: time(s.closesAt) }) : null;
          return (
            <li key={index} className="mb-1">
              {[days, hours].filter(Boolean).join(': ')}
              {s.description && (
                <span className="block text-ink-secondary" {...listingText}>
                  {s.description}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    ) : null;

  const website = safeWebUrl(service.url) ?? safeWebUrl(service.organisation.website);
  const email = safeEmail(service.email) ?? safeEmail(service.organisation.email);
  const isFree = service.costTerms.some((c) => c.code === 'free') && !service.costTerms.some((c) => c.code === 'paid');
  const physicalLocations = service.locations.filter((l: LocationView) => l.kind !== 'virtual');

  const whoRows = [
    service.needs.length > 0 ? { key: 'needs', term: t('needs'), value: list(terms('need', service.needs)) } : null,
    { key: 'ages', term: t('ages'), value: ages },
    service.eligibility
      ? { key: 'eligibility', term: t('eligibility'), value: <span className="block" {...listingText}>{service.eligibility}</span> }
      : null,
    {
      key: 'area',
      term: t('area'),
      value: service.cityWide ? t('cityWide') : (list(terms('district', service.districts)) ?? t('notProvided')),
    },
  ].filter((row) => row !== null);

  const accessRows = [
    service.referral.length > 0 ? { key: 'referral', term: t('referral'), value: list(terms('referral', service.referral)) } : null,
    service.delivery.length > 0 ? { key: 'delivery', term: t('delivery'), value: list(terms('delivery', service.delivery)) } : null,
    service.types.length > 0 ? { key: 'type', term: t('type'), value: list(terms('type', service.types)) } : null,
  ].filter((row) => row !== null);

  // A fees line that only repeats a cost option ("Free" twice) says nothing new.
  const showFees =
    Boolean(service.fees) && !service.costs.some((cost) => costLine(cost).toLowerCase() === service.fees?.trim().toLowerCase());
  const hasContact = service.phones.length > 0 || email || website || service.contacts.length > 0;
  const accessibilityNotes = service.locations.flatMap((l) => l.accessibility);

  return (
    <article>
      <div className="mb-8 max-w-[40em]">
        {service.alternateName && (
          <p className="mb-1 text-ink-secondary" {...listingText}>
            {service.alternateName}
          </p>
        )}
        <h1 className="heading-xl mb-4" {...listingText}>
          {service.name}
        </h1>
        <p className="mb-4 text-ink-secondary">
          {t.rich('runBy', {
            organisation: service.organisation.name,
            org: (chunks) => <span {...listingText}>{chunks}</span>,
          })}
        </p>
        {service.isSample && (
          <p className="mb-4 flex flex-wrap items-center gap-2">
            <Tag colour="yellow">{t('sample')}</Tag>
            <span className="body-s">{t('sampleText')}</span>
          </p>
        )}
        <p className="body-l m-0" {...listingText}>
          {service.summary}
        </p>
        {shortlist && <div className="mt-6">{shortlist}</div>}
      </div>

      {service.status !== 'active' && (
        <NotificationBanner id="status-notice" title={t('alertTitle')}>
          <p>{service.status === 'inactive' ? t('statusInactive') : t('statusTemporarilyClosed')}</p>
        </NotificationBanner>
      )}
      {service.alert && (
        <NotificationBanner id="service-alert" title={t('alertTitle')}>
          <p {...listingText}>{service.alert}</p>
        </NotificationBanner>
      )}

      <div className="max-w-[45em]">
        <Section id="about" title={t('about')}>
          {paragraphs(service.description).map((p, i) => (
            <p key={i} className="mb-4" {...listingText}>
              {p}
            </p>
          ))}
        </Section>

        <Section id="who-for" title={t('whoFor')}>
          <SummaryList rows={whoRows} />
        </Section>

        {accessRows.length > 0 && (
          <Section id="how-to-access" title={t('howToAccess')}>
            <SummaryList rows={accessRows} />
          </Section>
        )}

        <Section id="cost" title={t('cost')}>
          {isFree && service.costs.length === 0 && <p className="mb-4">{t('costFree')}</p>}
          {showFees && (
            <p className="mb-4" {...listingText}>
              {service.fees}
            </p>
          )}
          {service.costs.length > 0 && (
            <ul className="mb-4 list-disc ps-5">
              {service.costs.map((cost, index) => (
                <li key={index} className="mb-1">
                  <span {...listingText}>{costLine(cost)}</span>
                </li>
              ))}
            </ul>
          )}
          {!isFree && !service.fees && service.costs.length === 0 && <p className="mb-4">{t('costVaries')}</p>}
        </Section>

        <Section id="contact" title={t('contact')}>
          {hasContact ? (
            <SummaryList
              rows={[
                service.phones.length > 0
                  ? { key: 'phone', term: t('phone'), value: <Phones phones={service.phones} extensionLabel={extensionLabel} /> }
                  : null,
                email
                  ? {
                      key: 'email',
                      term: t('email'),
                      value: (
                        <a href={`mailto:${email}`} className="break-all">
                          <bdi dir="ltr">{email}</bdi>
                        </a>
                      ),
                    }
                  : null,
                website
                  ? {
                      key: 'website',
                      term: t('website'),
                      value: (
                        <a href={website} rel="noopener noreferrer" className="break-all">
                          {t('websiteLink', { name: isolate(service.name) })}
                        </a>
                      ),
                    }
                  : null,
                ...service.contacts.map((contact, index) => ({
                  key: `contact-${index}`,
                  term: [contact.name, contact.title, contact.department].filter(Boolean).join(', ') || t('contact'),
                  termLang: Boolean(contact.name || contact.title || contact.department),
                  value: (
                    <>
                      {contact.phones.length > 0 && <Phones phones={contact.phones} extensionLabel={extensionLabel} />}
                      {safeEmail(contact.email) && (
                        <a href={`mailto:${contact.email}`} className="break-all">
                          <bdi dir="ltr">{contact.email}</bdi>
                        </a>
                      )}
                    </>
                  ),
                })),
              ].filter((row) => row !== null)}
            />
          ) : (
            <p className="mb-4">{t('notProvided')}</p>
          )}
        </Section>

        {service.schedules.length > 0 && (
          <Section id="opening-times" title={t('openingTimes')}>
            {scheduleItems(service.schedules)}
          </Section>
        )}

        {physicalLocations.length > 0 && (
          <Section id="locations" title={t('locations')}>
            {physicalLocations.map((location, index) => {
              const map = mapHref({ ...location, postcode: location.address?.postcode });
              const place = [location.name, location.address?.postcode].filter(Boolean).join(', ') || service.name;
              return (
                <div key={index} className="mb-6 border-s-4 border-border ps-4">
                  {location.name && (
                    <h3 className="heading-s mb-2" {...listingText}>
                      {location.name}
                    </h3>
                  )}
                  {location.address && (
                    <address className="mb-3 not-italic" {...listingText}>
                      {location.address.lines.map((line) => (
                        <span key={line} className="block">
                          {line}
                        </span>
                      ))}
                      <span className="block">{location.address.city}</span>
                      <bdi dir="ltr" className="ltr-value block">
                        {location.address.postcode}
                      </bdi>
                    </address>
                  )}
                  {location.description && (
                    <p className="mb-3" {...listingText}>
                      {location.description}
                    </p>
                  )}
                  {map && (
                    <p className="mb-3 print:hidden">
                      <a href={map} rel="noopener noreferrer" className="tap-target">
                        {t.rich('mapLink', {
                          place: isolate(place),
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                      </a>
                    </p>
                  )}
                  {location.phones.length > 0 && <Phones phones={location.phones} extensionLabel={extensionLabel} />}
                  {location.schedules.length > 0 && (
                    <>
                      <h4 className="mt-3 mb-1 font-bold">{t('openingTimes')}</h4>
                      {scheduleItems(location.schedules)}
                    </>
                  )}
                </div>
              );
            })}
          </Section>
        )}

        {(service.access.length > 0 || accessibilityNotes.length > 0) && (
          <Section id="accessibility" title={t('accessibility')}>
            {service.access.length > 0 && (
              <ul className="mb-4 list-disc ps-5">
                {terms('access', service.access).map((name) => (
                  <li key={name} className="mb-1">
                    {name}
                  </li>
                ))}
              </ul>
            )}
            {accessibilityNotes.map((note, index) => {
              const url = safeWebUrl(note.url);
              return (
                <p key={index} className="mb-3">
                  <span {...listingText}>{[note.description, note.details].filter(Boolean).join(': ')}</span>
                  {url && (
                    <>
                      {' '}
                      <a href={url} rel="noopener noreferrer">
                        {t('accessibilityLink')}
                      </a>
                    </>
                  )}
                </p>
              );
            })}
          </Section>
        )}

        {service.languages.length > 0 && (
          <Section id="languages" title={t('languages')}>
            <p className="mb-4">{list(service.languages.map((l) => languageName(l.code, l.name)))}</p>
          </Section>
        )}

        <Section id="last-reviewed" title={t('lastReviewed')}>
          <p className="mb-2">
            {service.lastReviewed ? t('reviewedText', { date: date(service.lastReviewed) }) : t('notReviewed')}
          </p>
          <p className="m-0">{t('checkFirst')}</p>
        </Section>

        <Section id="report" title={t('reportHeading')} className="print:hidden">
          <p className="mb-2">{t('reportText')}</p>
          <p className="m-0">
            <Link href={`/services/${service.id}/report`} prefetch={false} className="tap-target">
              {t('reportLink')}
            </Link>
          </p>
        </Section>

        <p className="hidden body-s print:block">
          {t('pageAddress')}{' '}
          <bdi dir="ltr" className="ltr-value break-all">
            {pageUrl}
          </bdi>
        </p>
      </div>
    </article>
  );
}
