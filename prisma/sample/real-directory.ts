import { REAL_ORGANISATIONS, REAL_SERVICES, type RealServiceData } from '../data/real-services';
import { ENGLISH } from '../data/languages';
import { NEED_CODES } from '../data/taxonomies';
import { CITY_WIDE_AREA_NAME, emptyDirectoryRows, type DirectoryRows } from './directory-rows';
import { stableUuid } from './ids';
import { createTermIdLookup } from './taxonomy-rows';

const URN = 'urn:local-offer:birmingham';

export function realOrganisationId(key: string): string {
  return stableUuid(`${URN}:organisation:${key}`);
}

export function realServiceId(key: string): string {
  return stableUuid(`${URN}:service:${key}`);
}

/** Rows for the real public Birmingham services: city-wide, isSample = false, ids stable by key. */
export function buildRealDirectoryRows(): DirectoryRows {
  const rows = emptyDirectoryRows();
  const termId = createTermIdLookup();

  for (const org of REAL_ORGANISATIONS) {
    rows.organizations.push({
      id: realOrganisationId(org.key),
      name: org.name,
      description: org.description,
      email: null,
      website: org.website ?? null,
      isSample: false,
    });
  }

  for (const service of REAL_SERVICES) {
    const id = realServiceId(service.key);
    const childId = (part: string) => stableUuid(`${URN}:service:${service.key}:${part}`);
    rows.services.push({
      id,
      organizationId: realOrganisationId(service.organisationKey),
      name: service.name,
      alternateName: service.alternateName ?? null,
      summary: service.summary,
      description: service.description,
      url: service.url,
      email: null,
      status: 'active',
      feesDescription: service.feesDescription,
      eligibilityDescription: service.eligibilityDescription,
      minimumAge: service.minimumAge,
      maximumAge: service.maximumAge,
      // Not set: nobody has reviewed these listings in this directory yet.
      assuredDate: null,
      assurerEmail: null,
      alert: null,
      isSample: false,
    });
    rows.serviceAreas.push({ id: childId('area'), serviceId: id, name: CITY_WIDE_AREA_NAME, scope: 'local_authority', termId: null });
    for (const [taxonomy, code] of attributePairs(service)) {
      rows.attributes.push({ id: childId(`attribute:${taxonomy}:${code}`), serviceId: id, taxonomyTermId: termId(taxonomy, code) });
    }
    rows.costOptions.push({
      id: childId('cost'),
      serviceId: id,
      option: service.cost === 'free' ? 'Free' : 'Charge',
      amount: service.cost === 'free' ? '0.00' : null,
      currency: 'GBP',
      amountDescription: service.feesDescription,
    });
    rows.languages.push({ id: childId(`language:${ENGLISH.code}`), serviceId: id, name: ENGLISH.name, code: ENGLISH.code });
  }
  return rows;
}

function attributePairs(service: RealServiceData): [string, string][] {
  const needs = service.needs === 'all' ? NEED_CODES : service.needs;
  return [
    ...needs.map((c): [string, string] => ['need', c]),
    ...service.types.map((c): [string, string] => ['type', c]),
    ...service.delivery.map((c): [string, string] => ['delivery', c]),
    ['cost', service.cost],
    ...service.referral.map((c): [string, string] => ['referral', c]),
  ];
}
