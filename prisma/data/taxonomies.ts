import { DISTRICTS } from './districts';

// The directory's taxonomies, as data a council can edit. Taxonomy codes double as URL
// parameter names (?need=ASD&district=erdington) and term codes as their values, so both are
// part of the public interface: rename a label freely, never a code.
//
// English labels live here (and in the database); translations live in content/messages under
// Taxonomy.<taxonomy>.<code>.
//
// URIs: every taxonomy and term gets a stable URN, `urn:local-offer:taxonomy:<taxonomy>[:<code>]`
// (e.g. urn:local-offer:taxonomy:need:ASD). A URN rather than an https URL because the seed runs
// before anyone knows the site's address, and an identifier must not change when the site moves
// or a second council deploys it. The open-data feed publishes these as `uri` / `term_uri`.

export const TAXONOMY_URN_BASE = 'urn:local-offer:taxonomy';

export function taxonomyUri(taxonomy: string): string {
  return `${TAXONOMY_URN_BASE}:${taxonomy}`;
}

export function termUri(taxonomy: string, code: string): string {
  return `${TAXONOMY_URN_BASE}:${taxonomy}:${code}`;
}

export interface TaxonomyTermData {
  code: string;
  name: string;
  description: string;
  /** Code of the parent term in the same taxonomy. */
  parentCode?: string;
}

export interface TaxonomyData {
  code: string;
  name: string;
  description: string;
  version: string;
  /** In display order; a term's sortOrder is its position here. */
  terms: readonly TaxonomyTermData[];
}

/** SEN2 primary-need codes, as used in the DfE SEN2 return and school census. */
export const NEED_CODES = ['SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH'] as const;
export type NeedCode = (typeof NEED_CODES)[number];

/** The four broad areas of need in the SEND Code of Practice 2015 (paragraphs 6.28-6.35). */
export const NEED_AREA_CODES = ['area-ci', 'area-cl', 'area-semh', 'area-sp'] as const;
export type NeedAreaCode = (typeof NEED_AREA_CODES)[number];

export const SERVICE_TYPE_CODES = [
  'advice-and-information',
  'health-and-therapy',
  'education-support',
  'short-breaks',
  'leisure-and-activities',
  'parent-carer-support',
  'childcare-and-early-years',
  'preparing-for-adulthood',
  'social-care',
  'mental-health-and-wellbeing',
  'transport',
] as const;
export type ServiceTypeCode = (typeof SERVICE_TYPE_CODES)[number];

export const DELIVERY_CODES = ['in-person', 'online', 'phone', 'home-visits'] as const;
export type DeliveryCode = (typeof DELIVERY_CODES)[number];

export const COST_CODES = ['free', 'paid'] as const;
export type CostCode = (typeof COST_CODES)[number];

export const REFERRAL_CODES = ['self', 'professional'] as const;
export type ReferralCode = (typeof REFERRAL_CODES)[number];

export const ACCESS_CODES = ['bsl', 'hearing-loop', 'wheelchair', 'quiet-space', 'changing-places'] as const;
export type AccessCode = (typeof ACCESS_CODES)[number];

const needTaxonomy: TaxonomyData = {
  code: 'need',
  name: 'Special educational needs and disabilities',
  description:
    'Areas of need a service supports. Leaf terms are the SEN2 primary-need codes; they are grouped under the four broad areas of need in the SEND Code of Practice 2015 (paragraphs 6.28 to 6.35).',
  version: '2015 Code of Practice areas; SEN2 primary-need codes',
  terms: [
    {
      code: 'area-ci',
      name: 'Communication and interaction',
      description: 'Difficulty talking, understanding what others say, or getting on with other people.',
    },
    {
      code: 'ASD',
      name: 'Autism',
      description: 'Autistic children and young people, with or without a diagnosis yet, including those on the assessment pathway.',
      parentCode: 'area-ci',
    },
    {
      code: 'SLCN',
      name: 'Speech, language and communication needs',
      description: 'Difficulty saying what they want to, understanding what is said to them, or using social rules of communication.',
      parentCode: 'area-ci',
    },
    {
      code: 'area-cl',
      name: 'Cognition and learning',
      description: 'Learning at a slower pace than others of the same age, or difficulty with particular parts of learning.',
    },
    {
      code: 'SPLD',
      name: 'Specific learning difficulty (for example dyslexia)',
      description: 'Difficulty with one area of learning, such as reading and spelling (dyslexia), maths (dyscalculia) or coordination (dyspraxia).',
      parentCode: 'area-cl',
    },
    {
      code: 'MLD',
      name: 'Moderate learning difficulty',
      description: 'Finding most learning harder than others of the same age, and needing extra help across the curriculum.',
      parentCode: 'area-cl',
    },
    {
      code: 'SLD',
      name: 'Severe learning difficulty',
      description: 'Significant learning difficulties that mean a child needs support in all areas of the curriculum and often with mobility and communication.',
      parentCode: 'area-cl',
    },
    {
      code: 'PMLD',
      name: 'Profound and multiple learning difficulty',
      description: 'Severe and complex learning difficulties together with a physical disability or sensory impairment; needing a high level of care.',
      parentCode: 'area-cl',
    },
    {
      code: 'area-semh',
      name: 'Social, emotional and mental health',
      description: 'Difficulties that show as being withdrawn, anxious, low in mood or in behaviour that is hard to manage.',
    },
    {
      code: 'SEMH',
      name: 'Social, emotional and mental health',
      description: 'Including anxiety, depression, attachment difficulties and attention deficit hyperactivity disorder (ADHD).',
      parentCode: 'area-semh',
    },
    {
      code: 'area-sp',
      name: 'Sensory and physical needs',
      description: 'Hearing, sight or physical needs that mean a child needs extra help or equipment to take part.',
    },
    {
      code: 'HI',
      name: 'Hearing impairment (deaf or partially hearing)',
      description: 'Deaf children and young people and those with some hearing loss.',
      parentCode: 'area-sp',
    },
    {
      code: 'VI',
      name: 'Visual impairment (blind or partially sighted)',
      description: 'Blind children and young people and those with some sight loss.',
      parentCode: 'area-sp',
    },
    {
      code: 'MSI',
      name: 'Multi-sensory impairment (deafblind)',
      description: 'A combination of hearing and sight loss.',
      parentCode: 'area-sp',
    },
    {
      code: 'PD',
      name: 'Physical disability',
      description: 'A physical condition or disability that affects movement, mobility or everyday activities.',
      parentCode: 'area-sp',
    },
    {
      code: 'OTH',
      name: 'Other difficulty or disability',
      description: 'A need that does not fit the other groups, such as a medical condition that affects learning.',
    },
  ],
};

const districtTaxonomy: TaxonomyData = {
  code: 'district',
  name: 'Birmingham districts',
  description: 'The ten districts of Birmingham. A service lists the districts it covers; a city-wide service covers all of them.',
  version: '2026',
  terms: DISTRICTS.map((d) => ({
    code: d.code,
    name: d.name,
    description: `Includes ${listInEnglish(d.localities)} (postcodes ${d.outcodes.join(', ')}).`,
  })),
};

const typeTaxonomy: TaxonomyData = {
  code: 'type',
  name: 'Types of service',
  description: 'What kind of help a service offers.',
  version: '1',
  terms: [
    { code: 'advice-and-information', name: 'Advice and information', description: 'Helplines, advice services and information about SEND support, rights and benefits.' },
    { code: 'health-and-therapy', name: 'Health and therapy', description: 'Therapies and health services such as speech and language therapy, occupational therapy and physiotherapy.' },
    { code: 'education-support', name: 'Education support', description: 'Help with learning at nursery, school or college, including specialist teaching and tuition.' },
    { code: 'short-breaks', name: 'Short breaks and respite', description: 'Time away for disabled children and young people, and a break for their families.' },
    { code: 'leisure-and-activities', name: 'Leisure and activities', description: 'Clubs, sport, play and arts that welcome children and young people with SEND.' },
    { code: 'parent-carer-support', name: 'Parent and carer support', description: 'Support groups, courses and peer support for parents, carers and brothers and sisters.' },
    { code: 'childcare-and-early-years', name: 'Childcare and early years', description: 'Nurseries, childminders, play sessions and early support for children under five.' },
    { code: 'preparing-for-adulthood', name: 'Preparing for adulthood (16 and over)', description: 'Help with college, work, independent living and travel for young people aged 14 to 25.' },
    { code: 'social-care', name: 'Social care', description: 'Family support, personal assistants and help arranging care at home.' },
    { code: 'mental-health-and-wellbeing', name: 'Mental health and wellbeing', description: 'Counselling, wellbeing groups and support for anxiety and low mood.' },
    { code: 'transport', name: 'Transport and travel', description: 'Accessible transport and help learning to travel independently.' },
  ],
};

const deliveryTaxonomy: TaxonomyData = {
  code: 'delivery',
  name: 'How the service is given',
  description: 'Ways a family can use the service.',
  version: '1',
  terms: [
    { code: 'in-person', name: 'In person', description: 'At a venue you go to.' },
    { code: 'online', name: 'Online', description: 'By video call, online sessions or a website.' },
    { code: 'phone', name: 'By phone', description: 'By telephone or a helpline.' },
    { code: 'home-visits', name: 'Home visits', description: 'Someone comes to your home.' },
  ],
};

const costTaxonomy: TaxonomyData = {
  code: 'cost',
  name: 'Cost',
  description: 'Whether families pay to use the service.',
  version: '1',
  terms: [
    { code: 'free', name: 'Free', description: 'No charge to families.' },
    { code: 'paid', name: 'There is a charge', description: 'Families pay some or all of the cost; details are on the listing.' },
  ],
};

const referralTaxonomy: TaxonomyData = {
  code: 'referral',
  name: 'How to get the service',
  description: 'Whether families can contact the service themselves or need a professional to refer them.',
  version: '1',
  terms: [
    { code: 'self', name: 'You can contact them yourself', description: 'Parents, carers or young people can get in touch directly.' },
    { code: 'professional', name: 'Needs a referral from a professional', description: 'A professional such as a GP, health visitor, social worker or school SENCo makes the referral.' },
  ],
};

const accessTaxonomy: TaxonomyData = {
  code: 'access',
  name: 'Accessibility',
  description: 'Access features the service or its venue offers.',
  version: '1',
  terms: [
    { code: 'bsl', name: 'British Sign Language (BSL)', description: 'Staff sign, or a BSL interpreter can be booked.' },
    { code: 'hearing-loop', name: 'Hearing loop', description: 'An induction loop for hearing aid users.' },
    { code: 'wheelchair', name: 'Wheelchair accessible', description: 'Step-free access and an accessible toilet.' },
    { code: 'quiet-space', name: 'Quiet space', description: 'A calm room to take a break from noise and crowds.' },
    { code: 'changing-places', name: 'Changing Places toilet', description: 'A toilet with a hoist, changing bench and room for two carers.' },
  ],
};

export const TAXONOMIES: readonly TaxonomyData[] = [
  needTaxonomy,
  districtTaxonomy,
  typeTaxonomy,
  deliveryTaxonomy,
  costTaxonomy,
  referralTaxonomy,
  accessTaxonomy,
];

function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
