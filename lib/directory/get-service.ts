import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

// The public shape of one service page. Pages never see Prisma rows: every field here is chosen
// on purpose (no assurer emails, no internal ids of related rows, no timestamps beyond the two
// the page shows), so a new column in the schema cannot leak onto the site by accident.

export interface TermView {
  code: string;
  /** English name from the database; pages translate through messages when they can. */
  name: string;
}

export interface PhoneView {
  number: string;
  extension: string | null;
  description: string | null;
}

export interface ContactView {
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
  phones: PhoneView[];
}

export interface ScheduleView {
  /** iCal weekday codes in order, e.g. ["MO", "TU"]. */
  days: string[];
  /** Local times "HH:MM". */
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
  /** ISO dates (YYYY-MM-DD). */
  validFrom: string | null;
  validTo: string | null;
}

export interface AddressView {
  lines: string[];
  city: string;
  postcode: string;
}

export interface LocationView {
  name: string | null;
  description: string | null;
  kind: 'physical' | 'postal' | 'virtual';
  address: AddressView | null;
  /** WGS84 coordinates, when the listing has them (for a link to a map, never an embedded one). */
  latitude: number | null;
  longitude: number | null;
  accessibility: { description: string | null; details: string | null; url: string | null }[];
  phones: PhoneView[];
  schedules: ScheduleView[];
}

export interface CostView {
  option: string | null;
  /** Pounds; null when it varies (see description). */
  amount: number | null;
  currency: string;
  description: string | null;
}

export interface ServiceView {
  id: string;
  name: string;
  alternateName: string | null;
  summary: string;
  description: string;
  status: 'active' | 'inactive' | 'temporarily_closed';
  alert: string | null;
  url: string | null;
  email: string | null;
  isSample: boolean;
  organisation: { name: string; description: string; website: string | null; email: string | null };
  needs: TermView[];
  types: TermView[];
  delivery: TermView[];
  referral: TermView[];
  access: TermView[];
  costTerms: TermView[];
  minimumAge: number | null;
  maximumAge: number | null;
  eligibility: string | null;
  cityWide: boolean;
  districts: TermView[];
  /** English names of the areas covered, as listed (e.g. "Birmingham (city-wide)"), for structured data. */
  areaNames: string[];
  fees: string | null;
  costs: CostView[];
  contacts: ContactView[];
  phones: PhoneView[];
  schedules: ScheduleView[];
  locations: LocationView[];
  languages: { code: string; name: string; note: string | null }[];
  /** ISO date (YYYY-MM-DD) the listing was last checked as accurate. */
  lastReviewed: string | null;
  /** ISO timestamp of the last change to the listing. */
  lastModified: string;
}

/** Service ids are UUIDs; anything else cannot exist, so it is a 404 before any query runs. */
export const serviceIdSchema = z.guid();

const phoneSelect = { number: true, extension: true, description: true } as const;
const scheduleSelect = {
  byday: true,
  opensAt: true,
  closesAt: true,
  description: true,
  validFrom: true,
  validTo: true,
} as const;
const termSelect = { code: true, name: true, sortOrder: true, taxonomy: { select: { code: true } } } as const;

const serviceSelect = {
  id: true,
  name: true,
  alternateName: true,
  summary: true,
  description: true,
  status: true,
  alert: true,
  url: true,
  email: true,
  isSample: true,
  minimumAge: true,
  maximumAge: true,
  eligibilityDescription: true,
  feesDescription: true,
  assuredDate: true,
  lastModified: true,
  organization: { select: { name: true, description: true, website: true, email: true } },
  attributes: { select: { term: { select: termSelect } } },
  serviceAreas: { select: { name: true, scope: true, term: { select: { code: true, name: true, sortOrder: true } } } },
  costOptions: {
    select: { option: true, amount: true, currency: true, amountDescription: true },
    orderBy: { amount: 'asc' },
  },
  contacts: {
    select: { name: true, title: true, department: true, email: true, phones: { select: phoneSelect } },
    orderBy: { name: 'asc' },
  },
  // Phones that belong to a contact are shown with that contact, not twice.
  phones: { where: { contactId: null }, select: phoneSelect },
  schedules: { where: { serviceAtLocationId: null }, select: scheduleSelect },
  languages: { select: { code: true, name: true, note: true }, orderBy: { name: 'asc' } },
  serviceAtLocations: {
    select: {
      description: true,
      schedules: { select: scheduleSelect },
      location: {
        select: {
          name: true,
          description: true,
          locationType: true,
          latitude: true,
          longitude: true,
          addresses: {
            select: {
              address1: true,
              address2: true,
              city: true,
              postalCode: true,
              addressType: true,
            },
          },
          accessibility: { select: { description: true, details: true, url: true } },
          phones: { select: phoneSelect },
        },
      },
    },
  },
} as const;

type ScheduleRow = {
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
  validFrom: Date | null;
  validTo: Date | null;
};

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

function toSchedule(row: ScheduleRow): ScheduleView {
  const days = (row.byday ?? '')
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter((d) => WEEKDAYS.includes(d))
    .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return {
    days,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    description: row.description,
    validFrom: isoDate(row.validFrom),
    validTo: isoDate(row.validTo),
  };
}

function byDayThenTime(a: ScheduleView, b: ScheduleView): number {
  const dayA = a.days[0] ? WEEKDAYS.indexOf(a.days[0]) : 7;
  const dayB = b.days[0] ? WEEKDAYS.indexOf(b.days[0]) : 7;
  return dayA - dayB || (a.opensAt ?? '').localeCompare(b.opensAt ?? '');
}

/**
 * One published service in its public shape, or null when the id is malformed, unknown or the
 * service is defunct (gone for good: a 404, not an empty page).
 */
export async function getService(id: string, client: Pick<PrismaClient, 'service'> = db()): Promise<ServiceView | null> {
  const parsed = serviceIdSchema.safeParse(id);
  if (!parsed.success) return null;

  const row = await client.service.findUnique({ where: { id: parsed.data.toLowerCase() }, select: serviceSelect });
  if (!row || row.status === 'defunct') return null;

  const termsOf = (taxonomy: string): TermView[] =>
    row.attributes
      .map((a) => a.term)
      .filter((term) => term.taxonomy.code === taxonomy)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
      .map(({ code, name }) => ({ code, name }));

  const cityWide = row.serviceAreas.some((area) => area.scope === 'local_authority');
  const districts = cityWide
    ? []
    : row.serviceAreas
        .flatMap((area) => (area.term ? [area.term] : []))
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
        .map(({ code, name }) => ({ code, name }));

  const locations: LocationView[] = row.serviceAtLocations.map(({ description, schedules, location }) => {
    const address = location.addresses.find((a) => a.addressType === 'physical') ?? location.addresses[0] ?? null;
    return {
      name: location.name,
      description: description ?? location.description,
      kind: location.locationType,
      address: address
        ? {
            lines: [address.address1, address.address2].filter((line): line is string => Boolean(line)),
            city: address.city,
            postcode: address.postalCode,
          }
        : null,
      latitude: location.latitude,
      longitude: location.longitude,
      accessibility: location.accessibility,
      phones: location.phones,
      schedules: schedules.map(toSchedule).sort(byDayThenTime),
    };
  });

  return {
    id: row.id,
    name: row.name,
    alternateName: row.alternateName,
    summary: row.summary,
    description: row.description,
    status: row.status,
    alert: row.alert,
    url: row.url,
    email: row.email,
    isSample: row.isSample,
    organisation: row.organization,
    needs: termsOf('need'),
    types: termsOf('type'),
    delivery: termsOf('delivery'),
    referral: termsOf('referral'),
    access: termsOf('access'),
    costTerms: termsOf('cost'),
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    eligibility: row.eligibilityDescription,
    cityWide,
    districts,
    areaNames: [...new Set(row.serviceAreas.map((area) => area.name).filter(Boolean))].sort(),
    fees: row.feesDescription,
    costs: row.costOptions.map((c) => ({
      option: c.option,
      amount: c.amount === null ? null : Number(c.amount.toString()),
      currency: c.currency,
      description: c.amountDescription,
    })),
    contacts: row.contacts,
    phones: row.phones,
    schedules: row.schedules.map(toSchedule).sort(byDayThenTime),
    locations,
    languages: row.languages,
    lastReviewed: isoDate(row.assuredDate),
    lastModified: row.lastModified.toISOString(),
  };
}
