import { JsonLd } from '@/components/ui/json-ld';
import type { ScheduleView, ServiceView } from '@/lib/directory/get-service';
import { internationalPhone, safeEmail, safeWebUrl } from './safe-links';

// schema.org structured data for a service page, so search engines can show a listing's name,
// provider, area, address and phone. Listing text is English whatever the page language, so the
// data is too. Absent values are left out rather than sent empty.

const SCHEMA_DAYS: Record<string, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

type Json = Record<string, unknown>;

function hours(schedules: readonly ScheduleView[]): Json[] {
  return schedules
    .filter((s) => s.days.length > 0 && s.opensAt && s.closesAt)
    .map((s) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: s.days.map((d) => SCHEMA_DAYS[d]).filter(Boolean),
      opens: s.opensAt,
      closes: s.closesAt,
      validFrom: s.validFrom ?? undefined,
      validThrough: s.validTo ?? undefined,
    }));
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** The page's structured data: a schema.org Service with its provider, area, places and phone. */
export function serviceJsonLd(service: ServiceView, pageUrl: string): Json {
  const phone = service.phones[0]?.number ?? service.contacts.flatMap((c) => c.phones)[0]?.number;
  const email = safeEmail(service.email) ?? safeEmail(service.organisation.email);
  const isFree = service.costTerms.some((c) => c.code === 'free') && !service.costTerms.some((c) => c.code === 'paid');

  const places = service.locations
    .filter((l) => l.kind !== 'virtual' && l.address)
    .map((l) => ({
      '@type': 'Place',
      name: l.name ?? undefined,
      address: l.address
        ? {
            '@type': 'PostalAddress',
            streetAddress: l.address.lines.join(', '),
            addressLocality: l.address.city,
            postalCode: l.address.postcode,
            addressCountry: 'GB',
          }
        : undefined,
      geo:
        l.latitude !== null && l.longitude !== null
          ? { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude }
          : undefined,
      telephone: l.phones[0] ? internationalPhone(l.phones[0].number) : undefined,
      openingHoursSpecification: nonEmpty(hours(l.schedules)),
    }));

  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': pageUrl,
    url: pageUrl,
    name: service.name,
    alternateName: service.alternateName ?? undefined,
    description: service.description || service.summary,
    disambiguatingDescription: service.summary,
    provider: {
      '@type': 'Organization',
      name: service.organisation.name,
      url: safeWebUrl(service.organisation.website) ?? undefined,
    },
    areaServed: nonEmpty(service.areaNames.map((name) => ({ '@type': 'AdministrativeArea', name }))),
    audience:
      service.minimumAge !== null || service.maximumAge !== null
        ? {
            '@type': 'PeopleAudience',
            suggestedMinAge: service.minimumAge ?? undefined,
            suggestedMaxAge: service.maximumAge ?? undefined,
          }
        : undefined,
    isAccessibleForFree: isFree || undefined,
    hoursAvailable: nonEmpty(hours(service.schedules)),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: safeWebUrl(service.url) ?? undefined,
      servicePhone:
        phone || email
          ? {
              '@type': 'ContactPoint',
              telephone: phone ? internationalPhone(phone) : undefined,
              email: email ?? undefined,
              availableLanguage: nonEmpty(service.languages.map((l) => ({ '@type': 'Language', name: l.name, alternateName: l.code }))),
            }
          : undefined,
      serviceLocation: nonEmpty(places),
    },
    dateModified: service.lastModified,
  };
}

export function ServiceJsonLd({ service, pageUrl }: { service: ServiceView; pageUrl: string }) {
  return <JsonLd data={serviceJsonLd(service, pageUrl)} />;
}
