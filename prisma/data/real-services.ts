import type {
  CostCode,
  DeliveryCode,
  NeedCode,
  ReferralCode,
  ServiceTypeCode,
} from './taxonomies';

// Real, public Birmingham services that the city's Local Offer itself names. Only generic,
// publicly stated facts are recorded: no phone numbers, email addresses or people, because
// those change and a wrong number in a SEND directory costs a family time they do not have.
// Each listing points to a public web page for current contact details.

export const LOCAL_OFFER_BIRMINGHAM_URL = 'https://www.localofferbirmingham.co.uk/';

export interface RealOrganisationData {
  /** Stable key: the record's id is derived from it, so links survive a reseed. */
  key: string;
  name: string;
  description: string;
  website?: string;
}

export interface RealServiceData {
  key: string;
  organisationKey: string;
  name: string;
  alternateName?: string;
  summary: string;
  description: string;
  url: string;
  minimumAge: number;
  maximumAge: number;
  eligibilityDescription: string;
  feesDescription: string;
  /** 'all' for services open to every area of need. */
  needs: readonly NeedCode[] | 'all';
  types: readonly ServiceTypeCode[];
  /** Only where the way the service is given is publicly stated. */
  delivery: readonly DeliveryCode[];
  cost: CostCode;
  referral: readonly ReferralCode[];
}

export const REAL_ORGANISATIONS: readonly RealOrganisationData[] = [
  {
    key: 'birmingham-city-council',
    name: 'Birmingham City Council',
    description: 'The local authority for Birmingham, responsible for the SEND Local Offer and for statutory SEND assessment and support.',
    website: 'https://www.birmingham.gov.uk/',
  },
  {
    key: 'birmingham-sendiass',
    name: 'Birmingham SENDIASS',
    description: "Birmingham's Special Educational Needs and Disabilities Information, Advice and Support Service, which every local authority must provide.",
    website: LOCAL_OFFER_BIRMINGHAM_URL,
  },
  {
    key: 'birmingham-parent-carer-forum',
    name: 'Birmingham Parent Carer Forum',
    description: 'The parent carer forum for Birmingham: parents and carers of children and young people with SEND working with local services to improve them.',
    website: LOCAL_OFFER_BIRMINGHAM_URL,
  },
  {
    key: 'birmingham-community-healthcare',
    name: 'Birmingham Community Healthcare NHS Foundation Trust',
    description: 'The NHS trust that provides community health services in Birmingham, including children’s services.',
    website: 'https://www.bhamcommunity.nhs.uk/',
  },
];

export const REAL_SERVICES: readonly RealServiceData[] = [
  {
    key: 'senar',
    organisationKey: 'birmingham-city-council',
    name: 'Special Educational Needs Assessment and Review (SENAR)',
    alternateName: 'SENAR',
    summary: 'The council team that carries out education, health and care (EHC) needs assessments and reviews EHC plans.',
    description:
      "SENAR is Birmingham City Council's statutory special educational needs team. It deals with requests for an education, health and care (EHC) needs assessment, issues EHC plans and manages their annual reviews. Parents and carers, young people aged 16 to 25, and schools or other professionals can ask for an EHC needs assessment. Forms, guidance and current contact details are on the Birmingham Local Offer website.",
    url: LOCAL_OFFER_BIRMINGHAM_URL,
    minimumAge: 0,
    maximumAge: 25,
    eligibilityDescription: 'Children and young people aged 0 to 25 with special educational needs who live in Birmingham.',
    feesDescription: 'Free',
    needs: 'all',
    types: ['education-support'],
    delivery: [],
    cost: 'free',
    referral: ['self', 'professional'],
  },
  {
    key: 'sendiass',
    organisationKey: 'birmingham-sendiass',
    name: 'Birmingham SEND Information, Advice and Support Service (SENDIASS)',
    alternateName: 'SENDIASS',
    summary: 'Free, impartial and confidential information, advice and support about SEND for families and young people.',
    description:
      'SENDIASS gives free, impartial and confidential information, advice and support on anything to do with special educational needs and disabilities, including SEN support in school, EHC needs assessments and plans, and challenging decisions. It is for parents and carers of children and young people aged 0 to 25 with SEND, and for young people themselves. It works at arm’s length from the council. You can contact SENDIASS yourself; current contact details are on the Birmingham Local Offer website.',
    url: LOCAL_OFFER_BIRMINGHAM_URL,
    minimumAge: 0,
    maximumAge: 25,
    eligibilityDescription: 'Parents and carers of children and young people aged 0 to 25 with SEND in Birmingham, and young people themselves.',
    feesDescription: 'Free',
    needs: 'all',
    types: ['advice-and-information'],
    delivery: ['phone', 'online', 'in-person'],
    cost: 'free',
    referral: ['self'],
  },
  {
    key: 'parent-carer-forum',
    organisationKey: 'birmingham-parent-carer-forum',
    name: 'Birmingham Parent Carer Forum',
    summary: 'The independent forum of parents and carers of children and young people with SEND in Birmingham.',
    description:
      "The Birmingham Parent Carer Forum is a group of parents and carers of children and young people aged 0 to 25 with special educational needs and disabilities. It gathers families' views and works with the council, health services and other partners to improve SEND services in the city, as a member of the Birmingham SEND Local Area Partnership. Parents and carers can get involved directly; details are on the Birmingham Local Offer website.",
    url: LOCAL_OFFER_BIRMINGHAM_URL,
    minimumAge: 0,
    maximumAge: 25,
    eligibilityDescription: 'Parents and carers of children and young people aged 0 to 25 with SEND in Birmingham.',
    feesDescription: 'Free',
    needs: 'all',
    types: ['parent-carer-support'],
    delivery: [],
    cost: 'free',
    referral: ['self'],
  },
  {
    key: 'communication-and-autism-team',
    organisationKey: 'birmingham-city-council',
    name: 'Communication and Autism Team (CAT)',
    alternateName: 'CAT',
    summary: 'Advisory teachers who help nurseries and schools support autistic children and young people.',
    description:
      "The Communication and Autism Team is an education advisory service. It works with staff in Birmingham's maintained nurseries, schools and academies to build their understanding of autism and embed good autism practice, using the Autism Education Trust's training and standards. Children and young people with a diagnosis of autism, on the pathway towards one, or with significant social communication differences can be registered with the team. Registration is arranged by the school or nursery SENCo, with a parent or carer's signed consent.",
    url: 'https://www.localofferbirmingham.co.uk/communication-and-autism-team/who-are-the-communication-and-autism-team',
    minimumAge: 3,
    maximumAge: 19,
    eligibilityDescription: 'Children and young people at Birmingham maintained nurseries, schools and academies.',
    feesDescription: 'Free',
    needs: ['ASD', 'SLCN'],
    types: ['education-support'],
    delivery: ['in-person'],
    cost: 'free',
    referral: ['professional'],
  },
  {
    key: 'neurodevelopmental-pathway',
    organisationKey: 'birmingham-community-healthcare',
    name: 'Neurodevelopmental Pathway (NDP)',
    alternateName: 'NDP',
    summary: 'NHS assessment for autism and ADHD for children from two and a half to 16 years old.',
    description:
      'The Neurodevelopmental Pathway is a team of health professionals from different disciplines who assess children and young people for autism spectrum disorder (ASD) and attention deficit hyperactivity disorder (ADHD). It is for children from two and a half to 16 years old who have a Birmingham GP. Parents cannot refer directly: a professional from health, education, social care or the voluntary sector, most often the child’s school or GP, makes the referral. Young people aged 16 to 25 are assessed for ADHD by Forward Thinking Birmingham (forwardthinkingbirmingham.nhs.uk).',
    url: 'https://www.bhamcommunity.nhs.uk/ndp/',
    minimumAge: 2,
    maximumAge: 16,
    eligibilityDescription: 'Children from two and a half to 16 years old registered with a Birmingham GP.',
    feesDescription: 'Free (NHS)',
    needs: ['ASD', 'SEMH'],
    types: ['health-and-therapy'],
    delivery: [],
    cost: 'free',
    referral: ['professional'],
  },
];
