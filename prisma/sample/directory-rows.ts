// Plain row objects in the shape of the Prisma models' create inputs (camelCase field names,
// explicit ids). The generator and the real-services mapper produce these without importing the
// Prisma client, so they run (and are tested) anywhere; prisma/seed.ts inserts them as they are.

/** Service-area name for services that cover the whole local authority. */
export const CITY_WIDE_AREA_NAME = 'Birmingham (city-wide)';

export interface OrganizationRow {
  id: string;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  isSample: boolean;
}

export interface ServiceRow {
  id: string;
  organizationId: string;
  name: string;
  alternateName: string | null;
  summary: string;
  description: string;
  url: string | null;
  email: string | null;
  status: 'active';
  feesDescription: string | null;
  eligibilityDescription: string | null;
  minimumAge: number;
  maximumAge: number;
  assuredDate: Date | null;
  assurerEmail: string | null;
  alert: string | null;
  isSample: boolean;
}

export interface LocationRow {
  id: string;
  locationType: 'physical';
  name: string;
  description: string | null;
  latitude: number;
  longitude: number;
}

export interface AddressRow {
  id: string;
  locationId: string;
  address1: string;
  address2: string | null;
  city: string;
  stateProvince: string;
  postalCode: string;
  country: string;
  addressType: string;
}

export interface AccessibilityRow {
  id: string;
  locationId: string;
  description: string;
  details: string | null;
}

export interface ServiceAtLocationRow {
  id: string;
  serviceId: string;
  locationId: string;
  description: string | null;
}

export interface ServiceAreaRow {
  id: string;
  serviceId: string;
  name: string;
  scope: 'district' | 'local_authority';
  termId: string | null;
}

export interface AttributeRow {
  id: string;
  serviceId: string;
  taxonomyTermId: string;
}

export interface ContactRow {
  id: string;
  serviceId: string | null;
  organizationId: string | null;
  name: string | null;
  title: string | null;
  email: string | null;
}

export interface PhoneRow {
  id: string;
  serviceId: string | null;
  organizationId: string | null;
  number: string;
  type: string;
  description: string | null;
}

export interface ScheduleRow {
  id: string;
  serviceId: string;
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  description: string;
  attendingType: string | null;
  notes: string | null;
}

export interface CostOptionRow {
  id: string;
  serviceId: string;
  option: string;
  /** Pounds as a decimal string ("6.50"), or null when the amount varies. */
  amount: string | null;
  currency: 'GBP';
  amountDescription: string | null;
}

export interface LanguageRow {
  id: string;
  serviceId: string;
  name: string;
  code: string;
}

/** Rows for a set of services, in an order that satisfies foreign keys when inserted table by table. */
export interface DirectoryRows {
  organizations: OrganizationRow[];
  locations: LocationRow[];
  addresses: AddressRow[];
  accessibility: AccessibilityRow[];
  services: ServiceRow[];
  serviceAtLocations: ServiceAtLocationRow[];
  serviceAreas: ServiceAreaRow[];
  attributes: AttributeRow[];
  contacts: ContactRow[];
  phones: PhoneRow[];
  schedules: ScheduleRow[];
  costOptions: CostOptionRow[];
  languages: LanguageRow[];
}

export function emptyDirectoryRows(): DirectoryRows {
  return {
    organizations: [],
    locations: [],
    addresses: [],
    accessibility: [],
    services: [],
    serviceAtLocations: [],
    serviceAreas: [],
    attributes: [],
    contacts: [],
    phones: [],
    schedules: [],
    costOptions: [],
    languages: [],
  };
}

/** Appends every table of `from` onto `into` (in place) and returns `into`. */
export function appendDirectoryRows(into: DirectoryRows, from: DirectoryRows): DirectoryRows {
  for (const key of Object.keys(into) as (keyof DirectoryRows)[]) {
    const target = into[key] as unknown[];
    for (const row of from[key]) target.push(row);
  }
  return into;
}
