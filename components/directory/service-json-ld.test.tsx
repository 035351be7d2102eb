import { describe, expect, it } from 'vitest';
import type { ServiceView } from '@/lib/directory/get-service';
import { mapHref } from './safe-links';
import { serviceJsonLd } from './service-json-ld';

const service: ServiceView = {
  id: '0b8f5a52-1d2c-4e4f-9a3b-7c6d5e4f3a2b',
  name: 'Sample Speech Drop-in',
  alternateName: null,
  summary: 'Free advice on speech and language for families.',
  description: 'A weekly drop-in.\n\nNo referral needed.',
  status: 'active',
  alert: null,
  url: 'https://example.org/speech',
  email: 'hello@example.org',
  isSample: true,
  organisation: { name: 'Example Trust', description: '', website: 'javascript:alert(1)', email: null },
  needs: [{ code: 'SLCN', name: 'Speech, language and communication needs' }],
  types: [],
  delivery: [],
  referral: [{ code: 'self', name: 'Self-referral' }],
  access: [],
  costTerms: [{ code: 'free', name: 'Free' }],
  minimumAge: 0,
  maximumAge: 5,
  eligibility: null,
  cityWide: false,
  districts: [{ code: 'erdington', name: 'Erdington' }],
  areaNames: ['Erdington'],
  fees: null,
  costs: [],
  contacts: [],
  phones: [{ number: '0121 496 0123', extension: null, description: null }],
  schedules: [{ days: ['MO', 'WE'], opensAt: '09:30', closesAt: '12:00', description: null, validFrom: null, validTo: null }],
  locations: [
    {
      name: 'Example Community Centre',
      description: null,
      kind: 'physical',
      address: { lines: ['1 Example Road'], city: 'Birmingham', postcode: 'B23 6AB' },
      latitude: 52.5207,
      longitude: -1.8379,
      accessibility: [],
      phones: [],
      schedules: [],
    },
    { name: 'Online', description: null, kind: 'virtual', address: null, latitude: null, longitude: null, accessibility: [], phones: [], schedules: [] },
  ],
  languages: [{ code: 'ur', name: 'Urdu', note: null }],
  lastReviewed: '2026-01-08',
  lastModified: '2026-01-09T10:00:00.000Z',
};

describe('serviceJsonLd', () => {
  const data = serviceJsonLd(service, 'https://localoffer.example.org/en/services/0b8f5a52-1d2c-4e4f-9a3b-7c6d5e4f3a2b');

  it('describes a schema.org Service at its page address', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Sample Speech Drop-in',
      url: 'https://localoffer.example.org/en/services/0b8f5a52-1d2c-4e4f-9a3b-7c6d5e4f3a2b',
      description: service.description,
      isAccessibleForFree: true,
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Erdington' }],
      audience: { '@type': 'PeopleAudience', suggestedMinAge: 0, suggestedMaxAge: 5 },
    });
  });

  it('names the provider without passing on an unsafe website', () => {
    expect(data.provider).toEqual({ '@type': 'Organization', name: 'Example Trust', url: undefined });
    expect(JSON.stringify(data)).not.toContain('javascript:');
  });

  it('gives the phone, the address of each physical place and the opening hours', () => {
    const json = JSON.parse(JSON.stringify(data)) as { availableChannel: Record<string, unknown>; hoursAvailable: unknown[] };
    expect(json.availableChannel).toMatchObject({
      serviceUrl: 'https://example.org/speech',
      servicePhone: { '@type': 'ContactPoint', telephone: '+44 121 496 0123', email: 'hello@example.org' },
      serviceLocation: [
        {
          '@type': 'Place',
          name: 'Example Community Centre',
          address: { '@type': 'PostalAddress', streetAddress: '1 Example Road', addressLocality: 'Birmingham', postalCode: 'B23 6AB', addressCountry: 'GB' },
          geo: { '@type': 'GeoCoordinates', latitude: 52.5207, longitude: -1.8379 },
        },
      ],
    });
    expect(json.hoursAvailable).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:30', closes: '12:00' },
    ]);
  });
});

describe('mapHref', () => {
  it('pins the coordinates on OpenStreetMap', () => {
    expect(mapHref({ latitude: 52.5207, longitude: -1.8379 })).toBe(
      'https://www.openstreetmap.org/?mlat=52.5207&mlon=-1.8379#map=17/52.5207/-1.8379',
    );
  });

  it('searches for the postcode when there are no coordinates, and gives up without either', () => {
    expect(mapHref({ latitude: null, longitude: null, postcode: 'B23 6AB' })).toBe('https://www.openstreetmap.org/search?query=B23%206AB');
    expect(mapHref({ latitude: null, longitude: null })).toBeNull();
    expect(mapHref({ latitude: 200, longitude: 0 })).toBeNull();
  });
});
