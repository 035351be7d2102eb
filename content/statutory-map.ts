import type { StatutoryItemInput } from '@/lib/content/statutory-map';

// What the Local Offer must publish, one entry per paragraph of Schedule 2 to the SEND
// Regulations 2014 (regulation 53) and per regulation about how it is prepared and published
// (regulations 54 to 57). Guide pages say which entries they answer in their frontmatter
// (`answers:`); the directory searches that answer an entry are listed here. Validated by
// lib/content/statutory-map.ts; the /guides/statutory-map page shows it, with the gaps.
//
// `checked: true` means the summary was compared with the text on legislation.gov.uk. Entries
// marked false are summarised from the Act and the Code of Practice (chapter 4): check the
// paragraph's wording and number before relying on them, then set `checked: true`.

const SCHEDULE_2 = 'SEND Regulations 2014';

function paragraph(n: number) {
  return {
    title: SCHEDULE_2,
    ref: `Schedule 2, paragraph ${n}`,
    url: `https://www.legislation.gov.uk/uksi/2014/1530/schedule/2/paragraph/${n}`,
  };
}

export const STATUTORY_MAP: StatutoryItemInput[] = [
  {
    id: 'sch2-para1',
    source: paragraph(1),
    title: 'Special educational and training provision in the area',
    summary:
      'The special educational provision and training provision the council expects to be available in its area, from early years providers, maintained schools, academies, non-maintained special schools, post-16 institutions, approved independent institutions, pupil referral units and services the council commissions.',
    checked: true,
    directory: [{ label: 'Education support services', filters: { type: 'education-support' } }],
  },
  {
    id: 'sch2-para2',
    source: paragraph(2),
    title: 'Provision outside the area',
    summary:
      'The special educational provision and training provision the council expects to be used outside its area by children and young people from its area.',
    checked: true,
  },
  {
    id: 'sch2-para3',
    source: paragraph(3),
    title: 'Mainstream, special and council-arranged provision, and funding',
    summary:
      'Within that information: what mainstream schools and colleges provide, what special schools and colleges provide, what the council itself secures in mainstream settings, pupil referral units and alternative provision, and how the council funds provision for children and young people with special educational needs.',
    checked: true,
  },
  {
    id: 'sch2-para4',
    source: paragraph(4),
    title: 'Identifying and assessing special educational needs',
    summary:
      'How special educational needs are identified and assessed, including how to ask for an education, health and care needs assessment.',
    checked: false,
  },
  {
    id: 'sch2-para5',
    source: paragraph(5),
    title: 'How schools and other providers teach and support',
    summary:
      'For the providers in paragraphs 1 and 2: their approach to teaching, how they adapt the curriculum and environment, the extra learning support they offer, how progress and the effectiveness of provision are reviewed with children, parents and young people, access to facilities, activities beyond the curriculum, staff expertise, and support for emotional, mental and social development.',
    checked: true,
  },
  {
    id: 'sch2-para6',
    source: paragraph(6),
    title: 'Health care provision',
    summary:
      'Health services for children and young people with special educational needs or disabilities, such as speech and language therapy, occupational therapy, physiotherapy and mental health services.',
    checked: false,
    directory: [
      { label: 'Health and therapy services', filters: { type: 'health-and-therapy' } },
      { label: 'Mental health and wellbeing services', filters: { type: 'mental-health-and-wellbeing' } },
    ],
  },
  {
    id: 'sch2-para7',
    source: paragraph(7),
    title: 'Social care provision',
    summary:
      'Social care support for disabled children and young people and their families, including short breaks, and support for young people moving to adult social care.',
    checked: false,
    directory: [
      { label: 'Social care services', filters: { type: 'social-care' } },
      { label: 'Short breaks', filters: { type: 'short-breaks' } },
    ],
  },
  {
    id: 'sch2-para8',
    source: paragraph(8),
    title: 'Other educational provision',
    summary: 'Education outside schools and colleges, such as activities, sport and the arts.',
    checked: false,
    directory: [{ label: 'Leisure and activities', filters: { type: 'leisure-and-activities' } }],
  },
  {
    id: 'sch2-para9',
    source: paragraph(9),
    title: 'Training provision',
    summary: 'Training for young people, including apprenticeships, traineeships and supported internships.',
    checked: false,
  },
  {
    id: 'sch2-para10',
    source: paragraph(10),
    title: 'Travel to school, college and early years settings',
    summary:
      'Arrangements for travel to and from schools, post-16 institutions and early years providers, including specialist transport and help with travel costs.',
    checked: false,
    directory: [{ label: 'Transport services', filters: { type: 'transport' } }],
  },
  {
    id: 'sch2-para11',
    source: paragraph(11),
    title: 'Moving between phases of education',
    summary:
      'Support for children and young people moving between phases of education, such as from nursery to school, primary to secondary school, or school to college.',
    checked: false,
  },
  {
    id: 'sch2-para12',
    source: paragraph(12),
    title: 'Preparing for adulthood and independent living',
    summary:
      'Support to prepare young people for adult life: finding work, finding somewhere to live, taking part in society and staying healthy, and the move to adult services.',
    checked: false,
    directory: [{ label: 'Preparing for adulthood services', filters: { type: 'preparing-for-adulthood' } }],
  },
  {
    id: 'sch2-para13',
    source: paragraph(13),
    title: 'The accessibility strategy',
    summary:
      "The council's accessibility strategy for disabled pupils in its schools (Equality Act 2010, Schedule 10): how it will improve access to the curriculum, the buildings and information.",
    checked: false,
  },
  {
    id: 'sch2-para14',
    source: paragraph(14),
    title: 'Approved independent schools and colleges',
    summary:
      'Where to find the list of independent special schools and specialist colleges approved under section 41 of the Children and Families Act 2014.',
    checked: false,
  },
  {
    id: 'sch2-para15',
    source: paragraph(15),
    title: 'Information, advice and support',
    summary:
      'Where to get information, advice and support about special educational needs and disabilities, including the information, advice and support service (SENDIASS), forums for parents and carers and support groups, as well as childcare and leisure activities.',
    checked: true,
    directory: [
      { label: 'Advice and information services', filters: { type: 'advice-and-information' } },
      { label: 'Support for parents and carers', filters: { type: 'parent-carer-support' } },
      { label: 'Childcare and early years', filters: { type: 'childcare-and-early-years' } },
    ],
  },
  {
    id: 'sch2-para16',
    source: paragraph(16),
    title: 'Who services are for and how to get them',
    summary:
      'For the services in the Local Offer: who they are for, how to get them, and how it is decided who receives them.',
    checked: false,
  },
  {
    id: 'sch2-para17',
    source: paragraph(17),
    title: 'Complaints, disagreements and appeals',
    summary:
      'How to complain about provision in the Local Offer, how disagreements are resolved, mediation, and the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability).',
    checked: true,
  },
  {
    id: 'reg54',
    source: { title: SCHEDULE_2, ref: 'regulation 54' },
    title: 'Consulting on the Local Offer',
    summary:
      'The council must consult children and young people with special educational needs or disabilities and their parents, schools, colleges, early years providers, health services and others when it prepares and reviews its Local Offer.',
    checked: true,
  },
  {
    id: 'reg55',
    source: { title: SCHEDULE_2, ref: 'regulation 55' },
    title: 'Involving children, young people and parents',
    summary:
      'How children and young people and their parents take part in preparing and reviewing the Local Offer, including how it is published and how they can give feedback on services.',
    checked: false,
  },
  {
    id: 'reg56',
    source: { title: SCHEDULE_2, ref: 'regulation 56' },
    title: 'Publishing comments and the response',
    summary:
      "The comments the council receives about its Local Offer from children, young people and parents, and the council's response, including any action it will take.",
    checked: true,
  },
  {
    id: 'reg57',
    source: { title: SCHEDULE_2, ref: 'regulation 57' },
    title: 'How the Local Offer is published',
    summary:
      'The Local Offer must be published on the council’s website, with arrangements for people without internet access, and for disabled people and others, to get the information in a form they can use.',
    checked: true,
  },
];
