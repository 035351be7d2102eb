import { DISTRICTS, type District } from '../data/districts';
import { COMMUNITY_LANGUAGES, ENGLISH } from '../data/languages';
import type { AccessCode, DeliveryCode, NeedCode, ReferralCode, ServiceTypeCode } from '../data/taxonomies';
import {
  CITY_WIDE_AREA_NAME,
  appendDirectoryRows,
  emptyDirectoryRows,
  type DirectoryRows,
  type ScheduleRow,
} from './directory-rows';
import { createIdSequence } from './ids';
import { createRandom, type Random } from './random';
import { createTermIdLookup } from './taxonomy-rows';
import { TEMPLATES, TYPE_WEIGHTS, type NameVariant, type ScheduleKind, type ServiceTemplate, type Weighted } from './templates';
import {
  ALERTS,
  BRANDS,
  INWARD_LETTERS,
  NEED_NAME_WORDS,
  NEED_PHRASES,
  ORG_KINDS,
  ORG_LEGAL_FORMS,
  ORG_MISSIONS,
  ORG_SUFFIXES,
  STREETS,
  VENUE_KINDS,
  VENUE_PREFIXES,
  type SharedVenueKind,
} from './vocabulary';

export const DEFAULT_SAMPLE_SEED = 20260901;

/**
 * Review dates count back from this fixed day, never from the clock, so the same seed gives the
 * same data on any day (and "stale" listings stay stale in tests).
 */
export const SAMPLE_REFERENCE_DATE = '2026-09-01';

/** Listings were last reviewed up to about 18 months before the reference date. */
const REVIEW_WINDOW_DAYS = 548;

export interface SampleOptions {
  services: number;
  seed?: number;
  /** Services per yielded chunk in iterateSampleDirectory (default 1,000). */
  chunkSize?: number;
}

/**
 * Generates a fictional Birmingham SEND directory: organisations, services and everything that
 * hangs off them, all with isSample = true. Deterministic: the same options give the same rows,
 * ids included. Everything is held in memory; use iterateSampleDirectory for large runs.
 */
export function generateSampleDirectory(options: SampleOptions): DirectoryRows {
  const all = emptyDirectoryRows();
  for (const chunk of iterateSampleDirectory(options)) appendDirectoryRows(all, chunk);
  return all;
}

/**
 * The same rows as generateSampleDirectory, yielded in chunks of `chunkSize` services so a seed
 * of 100,000 services never holds the whole directory in memory. Each chunk contains the
 * organisations and venues first used by its services; later chunks may refer to earlier ones,
 * so insert chunks in order.
 */
export function* iterateSampleDirectory(options: SampleOptions): Generator<DirectoryRows, void, undefined> {
  const total = Math.max(0, Math.floor(options.services));
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 1000));
  const generator = new SampleGenerator(options.seed ?? DEFAULT_SAMPLE_SEED);
  for (let start = 0; start < total; start += chunkSize) {
    const rows = emptyDirectoryRows();
    const end = Math.min(total, start + chunkSize);
    for (let i = start; i < end; i++) generator.addService(rows);
    yield rows;
  }
}

interface OrgState {
  id: string;
  brand: string;
  slug: string;
  home: number;
  focus: ServiceTypeCode;
  remaining: number;
}

interface Venue {
  id: string;
  name: string;
  district: number;
  locality: string;
  access: AccessCode[];
}

interface BuiltSchedule {
  row: Omit<ScheduleRow, 'id' | 'serviceId' | 'attendingType'>;
  /** Mid-sentence form, e.g. "every Tuesday, 4pm to 5:30pm". */
  when: string;
}

const INWARD = [...INWARD_LETTERS];
const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

const ORG_SIZES: Weighted<number> = [
  [1, 25],
  [2, 25],
  [3, 20],
  [4, 12],
  [6, 10],
  [8, 6],
  [12, 2],
];

const LANGUAGE_COUNTS: Weighted<number> = [
  [0, 45],
  [1, 30],
  [2, 17],
  [3, 8],
];

const ACCESSIBILITY_TEXT: Partial<Record<AccessCode, string>> = {
  wheelchair: 'Step-free entrance and an accessible toilet.',
  'hearing-loop': 'Hearing loop at reception and in the main room.',
  'quiet-space': 'A quiet room is available during sessions.',
  'changing-places': 'Changing Places toilet with a hoist and an adult-sized changing bench.',
};

const LOCATION_NOTES = [
  'Free parking on site.',
  'Entrance at the side of the building.',
  'Ground-floor rooms; ring the bell at reception.',
  'A short walk from the nearest bus stop.',
  'Limited parking; blue badge spaces by the door.',
] as const;

const DELIVERY_ATTENDING: Record<DeliveryCode, string> = {
  'in-person': 'in person',
  online: 'online',
  phone: 'phone',
  'home-visits': 'home visit',
};

const DEFAULT_WHO = [
  'It is for {people} {ages} with {needList}.',
  '{People} {ages} with {needList} are welcome.',
  'Open to {people} {ages} with {needList}, and their families.',
] as const;

const JOIN_DROP_IN = [
  'Just come along; there is no need to book.',
  'Drop in at any time during the session, or call {phone} if you have questions first.',
] as const;
const JOIN_SELF_ACTIVITY = [
  'To book a place, call {phone} or email {email}.',
  'Email {email} or call {phone} and we will talk through what your child enjoys before their first visit.',
  'Get in touch on {phone} to arrange a first visit.',
] as const;
const JOIN_SELF = [
  'To book, call {phone} or email {email}.',
  'Get in touch on {phone} or at {email}; we are happy to answer questions first.',
] as const;
const JOIN_REMOTE = [
  'Call {phone} or email {email}; if nobody is free, leave a message and we will call you back.',
  'Call {phone} or email {email} with your question.',
] as const;
const JOIN_HOME = ['Call {phone} to talk about what would help; we will arrange a first visit at a time that suits you.'] as const;
const ACTIVITY_TYPES: readonly ServiceTypeCode[] = ['leisure-and-activities', 'short-breaks', 'childcare-and-early-years'];
const JOIN_SELF_YOUNG_PERSON = 'Young people can get in touch themselves on {phone}, or a parent or carer can call for them.';
const JOIN_EITHER = [
  'You can contact us yourself on {phone}, or a professional can refer with your consent.',
  'Parents and carers can refer directly by emailing {email}; professionals can refer too.',
] as const;
const JOIN_PROFESSIONAL = [
  "A professional such as your GP, health visitor, social worker or your child's school SENCo needs to refer.",
  'Referrals come from professionals working with your child; ask your SENCo, GP or health visitor if you think this could help.',
  'You need a referral from a professional; they can email {email} for a referral form.',
] as const;
const COST_PAID = ['It costs £{fee} {unit}.', 'The charge is £{fee} {unit}, with reduced rates for families on a low income.'] as const;
const COST_FREE = ['It is free.', 'There is no charge for families.'] as const;

class SampleGenerator {
  private readonly rng: Random;
  private readonly nextId: () => string;
  private readonly termId = createTermIdLookup();
  private readonly templatesByType = new Map<ServiceTypeCode, Weighted<ServiceTemplate>>();
  private readonly nearest: number[][];
  private readonly venues = new Map<string, Venue[]>();
  private readonly serviceNames = new Map<string, number>();
  private readonly orgNames = new Map<string, number>();
  private readonly referenceTime = Date.parse(`${SAMPLE_REFERENCE_DATE}T00:00:00Z`);
  private org: OrgState | undefined;
  private brandDeck: string[] = [];

  constructor(seed: number) {
    this.rng = createRandom(seed);
    this.nextId = createIdSequence(seed);
    for (const template of TEMPLATES) {
      const list = (this.templatesByType.get(template.type) ?? []) as (readonly [ServiceTemplate, number])[];
      list.push([template, template.weight ?? 1]);
      this.templatesByType.set(template.type, list);
    }
    this.nearest = DISTRICTS.map((d, i) =>
      DISTRICTS.map((_, j) => j)
        .filter((j) => j !== i)
        .sort((a, b) => distance(d, DISTRICTS[a] as District) - distance(d, DISTRICTS[b] as District)),
    );
  }

  addService(rows: DirectoryRows): void {
    const rng = this.rng;
    const org = this.currentOrg(rows);
    org.remaining--;

    const type = rng.chance(0.85) ? org.focus : rng.weighted(TYPE_WEIGHTS);
    const templates = this.templatesByType.get(type);
    if (!templates) throw new Error(`No sample templates for type ${type}`);
    const template = rng.weighted(templates);
    let variant = normaliseVariant(rng.pick(template.names));

    const needs = this.pickNeeds(template, variant.needs);
    const [minimumAge, maximumAge] = rng.pick(template.ages);
    const delivery = rng.weighted(template.delivery);
    const referral = rng.weighted(template.referral);
    const cityWide = rng.chance(template.cityWide ?? 0.25);

    const primary = cityWide || rng.chance(0.6) ? org.home : rng.int(0, DISTRICTS.length - 1);
    const covered = cityWide ? [] : this.coveredDistricts(primary);
    const district = DISTRICTS[primary] as District;

    const inPerson = delivery.includes('in-person');
    const venues: Venue[] = [];
    if (inPerson && template.venue !== 'own') {
      venues.push(this.venue(rows, primary, template.venue));
      const second = covered[1];
      if (second !== undefined && rng.chance(0.3)) venues.push(this.venue(rows, second, template.venue));
    }
    const locality = venues[0]?.locality ?? rng.pick(district.localities);

    const schedule = buildSchedule(rng.pick(template.schedule), rng);
    const paid = !rng.chance(template.fee.freeChance);
    const fee = paid && template.fee.varies === undefined ? feeAmount(template.fee.min ?? 5, template.fee.max ?? 10, rng) : undefined;
    const phone = dramaPhone(rng);
    const email = `${template.mailbox}.${org.slug}@example.org`;

    const context: Record<string, string> = {
      brand: org.brand,
      district: district.name,
      locality,
      venue: venues[0]?.name ?? 'our centre',
      needName: NEED_NAME_WORDS[needs[0] as NeedCode],
      needList: needList(needs),
      people: people(minimumAge, maximumAge),
      People: capitalise(people(minimumAge, maximumAge)),
      ages: agesPhrase(minimumAge, maximumAge),
      when: schedule.when,
      phone,
      email,
      fee: fee === undefined ? '' : poundsText(fee),
      unit: template.fee.unit ?? '',
    };

    // Another wording of the same service reads better than a numbered duplicate.
    if (this.serviceNames.has(fill(variant.name, context))) {
      const chosen = variant;
      const alternatives = template.names
        .map(normaliseVariant)
        .filter((v) => v.name !== chosen.name && sameNeeds(v.needs, chosen.needs) && !this.serviceNames.has(fill(v.name, context)));
      if (alternatives.length > 0) variant = rng.pick(alternatives);
    }
    const name = this.uniqueServiceName(fill(variant.name, context), locality, district.name);
    if (inPerson && template.venue === 'own') venues.push(this.ownVenue(rows, primary, locality, name));

    const serviceId = this.nextId();
    const description = this.describe(template, variant, context, { paid, referral, delivery, minimumAge });
    const reviewedDaysAgo = rng.int(0, REVIEW_WINDOW_DAYS);

    rows.services.push({
      id: serviceId,
      organizationId: org.id,
      name,
      alternateName: null,
      summary: fill(rng.pick(variant.summaries ?? template.summaries), context),
      description,
      url: rng.chance(0.6) ? `https://www.example.org/${org.slug}/${slugify(template.mailbox)}` : null,
      email,
      status: 'active',
      feesDescription: !paid ? 'Free' : fee !== undefined ? `£${poundsText(fee)} ${template.fee.unit ?? ''}`.trim() : (template.fee.varies ?? null),
      eligibilityDescription: fill(template.eligibility ?? '{People} {ages} with {needList}.', context),
      minimumAge,
      maximumAge,
      assuredDate: new Date(this.referenceTime - reviewedDaysAgo * 86_400_000),
      assurerEmail: 'localoffer.reviews@example.org',
      alert: rng.chance(0.03) ? rng.pick(ALERTS) : null,
      isSample: true,
    });

    if (cityWide) {
      rows.serviceAreas.push({ id: this.nextId(), serviceId, name: CITY_WIDE_AREA_NAME, scope: 'local_authority', termId: null });
    } else {
      for (const d of covered) {
        const covers = DISTRICTS[d] as District;
        rows.serviceAreas.push({ id: this.nextId(), serviceId, name: covers.name, scope: 'district', termId: this.termId('district', covers.code) });
      }
    }

    for (const venue of venues) {
      rows.serviceAtLocations.push({ id: this.nextId(), serviceId, locationId: venue.id, description: null });
    }

    const access = new Set<AccessCode>();
    for (const venue of venues) for (const a of venue.access) access.add(a);
    if (rng.chance(needs.includes('HI') ? 0.5 : 0.06)) access.add('bsl');
    if (inPerson && needs.includes('ASD') && rng.chance(0.5)) access.add('quiet-space');

    const attribute = (taxonomy: string, code: string) =>
      rows.attributes.push({ id: this.nextId(), serviceId, taxonomyTermId: this.termId(taxonomy, code) });
    for (const need of needs) attribute('need', need);
    attribute('type', template.type);
    if (template.alsoType && template.alsoType !== template.type) attribute('type', template.alsoType);
    for (const d of delivery) attribute('delivery', d);
    attribute('cost', paid ? 'paid' : 'free');
    for (const r of referral) attribute('referral', r);
    for (const a of access) attribute('access', a);

    rows.contacts.push({
      id: this.nextId(),
      serviceId,
      organizationId: null,
      name: null,
      title: rng.pick(template.team),
      email,
    });
    rows.phones.push({ id: this.nextId(), serviceId, organizationId: null, number: phone, type: 'voice', description: rng.pick(template.team) });

    rows.schedules.push({
      id: this.nextId(),
      serviceId,
      ...schedule.row,
      attendingType: DELIVERY_ATTENDING[delivery[0] as DeliveryCode],
    });

    rows.costOptions.push(
      !paid
        ? { id: this.nextId(), serviceId, option: 'Free', amount: '0.00', currency: 'GBP', amountDescription: null }
        : fee !== undefined
          ? {
              id: this.nextId(),
              serviceId,
              option: 'Standard charge',
              amount: fee,
              currency: 'GBP',
              amountDescription: `£${poundsText(fee)} ${template.fee.unit ?? ''}`.trim(),
            }
          : { id: this.nextId(), serviceId, option: 'Fees vary', amount: null, currency: 'GBP', amountDescription: template.fee.varies ?? null },
    );

    rows.languages.push({ id: this.nextId(), serviceId, name: ENGLISH.name, code: ENGLISH.code });
    const extraLanguages = rng.weighted(LANGUAGE_COUNTS);
    const pool = COMMUNITY_LANGUAGES.map((l) => [l, l.weight] as const);
    const chosen = new Set<string>();
    while (chosen.size < extraLanguages) {
      const language = rng.weighted(pool);
      if (chosen.has(language.code)) continue;
      chosen.add(language.code);
      rows.languages.push({ id: this.nextId(), serviceId, name: language.name, code: language.code });
    }
  }

  private currentOrg(rows: DirectoryRows): OrgState {
    if (this.org && this.org.remaining > 0) return this.org;
    const rng = this.rng;
    const focus = rng.weighted(TYPE_WEIGHTS);
    const home = rng.int(0, DISTRICTS.length - 1);
    // Dealt from a shuffled deck so brands only repeat once every brand has been used.
    if (this.brandDeck.length === 0) this.brandDeck = rng.sample(BRANDS, BRANDS.length);
    const brand = this.brandDeck.pop() as string;
    let name = `${brand} ${rng.pick(ORG_SUFFIXES[focus])}`;
    if (rng.chance(0.3)) name = `${name} ${rng.pick(ORG_LEGAL_FORMS)}`;
    const seen = this.orgNames.get(name) ?? 0;
    this.orgNames.set(name, seen + 1);
    if (seen > 0) name = `${name} (${(DISTRICTS[home] as District).name}${seen > 1 ? ` ${seen}` : ''})`;

    const id = this.nextId();
    const slug = slugify(name);
    const district = DISTRICTS[home] as District;
    const locality = rng.pick(district.localities);
    const place = locality === district.name ? locality : `${locality}, ${district.name}`;
    rows.organizations.push({
      id,
      name,
      description: `${name} is ${rng.pick(ORG_KINDS)} based in ${place}. ${rng.pick(ORG_MISSIONS[focus])}`,
      email: `${slug}@example.org`,
      website: `https://www.example.org/${slug}`,
      isSample: true,
    });
    rows.phones.push({ id: this.nextId(), serviceId: null, organizationId: id, number: dramaPhone(rng), type: 'voice', description: 'Main office' });
    this.org = { id, brand, slug, home, focus, remaining: rng.weighted(ORG_SIZES) };
    return this.org;
  }

  private pickNeeds(template: ServiceTemplate, implied: readonly NeedCode[]): NeedCode[] {
    const rng = this.rng;
    const needs: NeedCode[] = [];
    const add = (n: NeedCode) => {
      if (!needs.includes(n)) needs.push(n);
    };
    if (template.needs.primary) add(rng.weighted(template.needs.primary));
    for (const n of implied) add(n);
    for (const n of template.needs.fixed ?? []) add(n);
    const [min, max] = template.needs.extra;
    const pool = template.needs.pool.filter((n) => !needs.includes(n));
    for (const n of rng.sample(pool, rng.int(min, max))) add(n);
    if (needs.length === 0) add(rng.pick(template.needs.pool));
    return needs;
  }

  /** The primary district plus, for some services, one or two neighbouring districts. */
  private coveredDistricts(primary: number): number[] {
    const r = this.rng.next();
    const neighbours = this.nearest[primary] ?? [];
    const extra = r < 0.75 ? 0 : r < 0.95 ? 1 : 2;
    return [primary, ...neighbours.slice(0, extra)];
  }

  /** Venues are shared: a community centre hosts several services, as in real life. */
  private venue(rows: DirectoryRows, district: number, kind: SharedVenueKind): Venue {
    const key = `${district}:${kind}`;
    const pool = this.venues.get(key) ?? [];
    if (pool.length > 0 && this.rng.chance(0.55)) return this.rng.pick(pool);
    const rng = this.rng;
    const name = `${rng.pick(VENUE_PREFIXES)} ${rng.pick(VENUE_KINDS[kind])}`;
    const venue = this.createVenue(rows, district, rng.pick((DISTRICTS[district] as District).localities), name);
    pool.push(venue);
    this.venues.set(key, pool);
    return venue;
  }

  private ownVenue(rows: DirectoryRows, district: number, locality: string, name: string): Venue {
    return this.createVenue(rows, district, locality, name);
  }

  private createVenue(rows: DirectoryRows, districtIndex: number, locality: string, name: string): Venue {
    const rng = this.rng;
    const district = DISTRICTS[districtIndex] as District;
    const access: AccessCode[] = [];
    if (rng.chance(0.7)) access.push('wheelchair');
    if (rng.chance(0.3)) access.push('hearing-loop');
    if (rng.chance(0.3)) access.push('quiet-space');
    if (access.includes('wheelchair') && rng.chance(0.1)) access.push('changing-places');

    const id = this.nextId();
    rows.locations.push({
      id,
      locationType: 'physical',
      name,
      description: rng.chance(0.5) ? rng.pick(LOCATION_NOTES) : null,
      latitude: round5(district.centre.latitude + (rng.next() - 0.5) * 0.024),
      longitude: round5(district.centre.longitude + (rng.next() - 0.5) * 0.04),
    });
    rows.addresses.push({
      id: this.nextId(),
      locationId: id,
      address1: `${rng.int(1, 240)} ${rng.pick(STREETS)}`,
      address2: locality,
      city: 'Birmingham',
      stateProvince: 'West Midlands',
      postalCode: `${rng.pick(district.outcodes)} ${rng.int(1, 9)}${rng.pick(INWARD)}${rng.pick(INWARD)}`,
      country: 'GB',
      addressType: 'physical',
    });
    for (const a of access) {
      const text = ACCESSIBILITY_TEXT[a];
      if (text) rows.accessibility.push({ id: this.nextId(), locationId: id, description: text, details: null });
    }
    return { id, name, district: districtIndex, locality, access };
  }

  /** At scale names repeat; add the neighbourhood, then a number, as a real directory would. */
  private uniqueServiceName(base: string, locality: string, districtName: string): string {
    const seen = this.serviceNames.get(base) ?? 0;
    this.serviceNames.set(base, seen + 1);
    if (seen === 0) return base;
    const place = base.includes(locality) ? districtName : locality;
    const withPlace = base.includes(place) ? base : `${base} (${place})`;
    const again = this.serviceNames.get(withPlace) ?? 0;
    this.serviceNames.set(withPlace, again + 1);
    return again === 0 ? withPlace : `${withPlace} ${again + 1}`;
  }

  private describe(
    template: ServiceTemplate,
    variant: NormalisedVariant,
    context: Record<string, string>,
    facts: { paid: boolean; referral: readonly ReferralCode[]; delivery: readonly DeliveryCode[]; minimumAge: number },
  ): string {
    const rng = this.rng;
    const sentences = [rng.pick(variant.what ?? template.what), rng.pick(template.who ?? DEFAULT_WHO)];
    if (facts.paid && rng.chance(0.5)) {
      sentences.push(template.fee.varies ?? rng.pick(COST_PAID));
    } else if (rng.chance(0.5)) {
      sentences.push(!facts.paid && rng.chance(0.3) ? rng.pick(COST_FREE) : rng.pick(template.extras));
    }
    sentences.push(this.joinSentence(template, facts.referral, facts.delivery, facts.minimumAge));
    return sentences.map((s) => fill(s, context)).join(' ');
  }

  private joinSentence(
    template: ServiceTemplate,
    referral: readonly ReferralCode[],
    delivery: readonly DeliveryCode[],
    minimumAge: number,
  ): string {
    const rng = this.rng;
    if (template.join) return rng.pick(template.join);
    const self = referral.includes('self');
    const professional = referral.includes('professional');
    if (self && professional) return rng.pick(JOIN_EITHER);
    if (professional) return rng.pick(JOIN_PROFESSIONAL);
    if (template.dropIn && rng.chance(0.7)) return rng.pick(JOIN_DROP_IN);
    if (minimumAge >= 14 && rng.chance(0.5)) return JOIN_SELF_YOUNG_PERSON;
    if (!delivery.includes('in-person')) return rng.pick(delivery.includes('home-visits') ? JOIN_HOME : JOIN_REMOTE);
    return rng.pick(ACTIVITY_TYPES.includes(template.type) ? JOIN_SELF_ACTIVITY : JOIN_SELF);
  }
}

interface NormalisedVariant {
  name: string;
  needs: readonly NeedCode[];
  what?: readonly string[];
  summaries?: readonly string[];
}

function normaliseVariant(variant: NameVariant): NormalisedVariant {
  if (typeof variant === 'string') return { name: variant, needs: [] };
  return { ...variant, needs: variant.needs ?? [] };
}

function sameNeeds(a: readonly NeedCode[], b: readonly NeedCode[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}

function fill(text: string, context: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = context[key];
    if (value === undefined) throw new Error(`Unknown placeholder {${key}} in "${text}"`);
    return value;
  });
}

function buildSchedule(kind: ScheduleKind, rng: Random): BuiltSchedule {
  const base = { freq: 'WEEKLY' as string | null, notes: null as string | null };
  switch (kind) {
    case 'office': {
      const toFriday = rng.chance(0.8);
      const [opens, closes] = rng.pick([
        ['09:00', '17:00'],
        ['09:30', '16:30'],
        ['08:30', '16:00'],
      ] as const);
      const text = `Monday to ${toFriday ? 'Friday' : 'Thursday'}, ${timeRange(opens, closes)}`;
      return { row: { ...base, byday: toFriday ? 'MO,TU,WE,TH,FR' : 'MO,TU,WE,TH', opensAt: opens, closesAt: closes, description: text }, when: text };
    }
    case 'weekly-day':
    case 'after-school':
    case 'evening':
    case 'weekend': {
      const day = kind === 'weekend' ? (rng.chance(0.7) ? 'SA' : 'SU') : rng.pick(WEEKDAYS);
      const slots = SLOTS[kind];
      const [opens, closes] = rng.pick(slots);
      const termOnly = kind !== 'weekend' && rng.chance(0.5);
      const tail = `${DAY_NAMES[day]}, ${timeRange(opens, closes)}${termOnly ? ', term time only' : ''}`;
      return {
        row: { ...base, byday: day, opensAt: opens, closesAt: closes, description: `Every ${tail}`, notes: termOnly ? 'Term time only' : null },
        when: `every ${tail}`,
      };
    }
    case 'holiday': {
      const [opens, closes] = rng.pick([
        ['09:30', '15:00'],
        ['10:00', '15:00'],
        ['09:00', '16:00'],
      ] as const);
      const tail = `weekdays in the school holidays, ${timeRange(opens, closes)}`;
      return {
        row: { ...base, byday: 'MO,TU,WE,TH,FR', opensAt: opens, closesAt: closes, description: capitalise(tail), notes: 'School holidays only' },
        when: `on ${tail}`,
      };
    }
    case 'monthly': {
      const n = rng.int(1, 4);
      const day = rng.pick(WEEKDAYS);
      const [opens, closes] = rng.pick([...SLOTS['weekly-day'], ...SLOTS.evening]);
      const tail = `${ORDINALS[n - 1]} ${DAY_NAMES[day]} of the month, ${timeRange(opens, closes)}`;
      return {
        row: { ...base, freq: 'MONTHLY', byday: `${n}${day}`, opensAt: opens, closesAt: closes, description: capitalise(tail) },
        when: `on the ${tail}`,
      };
    }
    case 'appointment': {
      const text = rng.pick(['By appointment, Monday to Friday', 'By appointment, including some early evenings', 'By appointment']);
      return { row: { ...base, freq: null, byday: text.includes('Monday') ? 'MO,TU,WE,TH,FR' : null, opensAt: null, closesAt: null, description: text }, when: 'by appointment' };
    }
    case 'nursery': {
      const [opens, closes] = rng.pick([
        ['07:30', '18:00'],
        ['08:00', '18:00'],
        ['07:45', '17:45'],
      ] as const);
      const text = `Monday to Friday, ${timeRange(opens, closes)}`;
      return { row: { ...base, byday: 'MO,TU,WE,TH,FR', opensAt: opens, closesAt: closes, description: `${text}, all year round` }, when: text };
    }
    case 'course': {
      const day = rng.pick(WEEKDAYS);
      const [opens, closes] = rng.pick([...SLOTS['weekly-day'], ...SLOTS.evening]);
      const times = timeRange(opens, closes);
      return {
        row: {
          ...base,
          byday: day,
          opensAt: opens,
          closesAt: closes,
          description: `Six weekly sessions on ${DAY_NAMES[day]}s, ${times}; new courses start each term`,
          notes: 'Course of six sessions',
        },
        when: `for six weeks on ${DAY_NAMES[day]}s, ${times}`,
      };
    }
  }
}

const SLOTS: Record<'weekly-day' | 'after-school' | 'evening' | 'weekend', readonly (readonly [string, string])[]> = {
  'weekly-day': [
    ['09:30', '11:00'],
    ['10:00', '11:30'],
    ['10:00', '12:00'],
    ['13:00', '14:30'],
  ],
  'after-school': [
    ['15:30', '17:00'],
    ['16:00', '17:30'],
    ['16:30', '18:00'],
  ],
  evening: [
    ['18:00', '19:30'],
    ['18:30', '20:00'],
    ['19:00', '21:00'],
  ],
  weekend: [
    ['10:00', '12:00'],
    ['10:00', '15:00'],
    ['13:00', '16:00'],
    ['09:30', '12:30'],
  ],
};

/** "09:30" → "9:30am", "12:00" → "12 noon", "18:00" → "6pm". */
export function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return '12 noon';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const suffix = h < 12 ? 'am' : 'pm';
  return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
}

function timeRange(opens: string, closes: string): string {
  return `${formatTime(opens)} to ${formatTime(closes)}`;
}

/** A number in Ofcom's range reserved for drama (0121 496 0000 to 0999): never a real line. */
function dramaPhone(rng: Random): string {
  return `0121 496 0${String(rng.int(0, 999)).padStart(3, '0')}`;
}

function feeAmount(min: number, max: number, rng: Random): string {
  // Small fees in 50p steps, larger ones in whole pounds, as providers price them.
  const value = max <= 20 ? min + rng.int(0, (max - min) * 2) / 2 : rng.int(min, max);
  return value.toFixed(2);
}

/** "24.00" → "24", "6.50" → "6.50": how prices are written in prose. */
function poundsText(amount: string): string {
  return amount.endsWith('.00') ? amount.slice(0, -3) : amount;
}

function people(min: number, max: number): string {
  if (max <= 11) return 'children';
  if (min >= 16) return 'young people';
  return 'children and young people';
}

function agesPhrase(min: number, max: number): string {
  if (min === 0 && max <= 5) return `under ${max + 1}`;
  if (min === 0) return `up to ${max}`;
  return `aged ${min} to ${max}`;
}

function needList(needs: readonly NeedCode[]): string {
  if (needs.length >= 6) return 'any special educational need or disability';
  const named = needs.filter((n) => n !== 'OTH');
  // Long lists stop reading as a sentence: name three, then generalise.
  if (needs.length >= 4) return `${named.slice(0, 3).map((n) => NEED_PHRASES[n]).join(', ')} and other needs`;
  const phrases = [...named, ...needs.filter((n) => n === 'OTH')].map((n) => NEED_PHRASES[n]);
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} or ${phrases[phrases.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

function distance(a: District, b: District): number {
  const dLat = a.centre.latitude - b.centre.latitude;
  const dLng = (a.centre.longitude - b.centre.longitude) * Math.cos((a.centre.latitude * Math.PI) / 180);
  return Math.hypot(dLat, dLng);
}
