import type { NeedCode, ServiceTypeCode } from '../data/taxonomies';

// Word lists for fictional names. Brands are invented or generic nature words, checked against
// the names of well-known Birmingham and national SEND organisations so no sample listing reads
// like a real provider. Streets are the commonest generic English street names.

export const BRANDS = [
  'Kingfisher', 'Bluebell', 'Brightpath', 'Oakleaf', 'Willowbrook', 'Starling', 'Sunflower', 'Lantern',
  'Compass Point', 'Stepping Stones', 'Open Door', 'Harbour', 'Meadowlark', 'Larkspur', 'Maple Tree',
  'Hazelwood', 'Juniper', 'Hummingbird', 'Puffin', 'Otter', 'Heron', 'Skylark', 'Wren', 'Foxglove',
  'Clover', 'Marigold', 'Tandem', 'Ripple', 'Pebble', 'Kite', 'Orchard', 'Firefly', 'Lighthouse',
  'Evergreen', 'Cedar', 'Rowan', 'Thistle', 'Poppy', 'Daisy Chain', 'Jigsaw', 'Dragonfly', 'Buttercup',
  'Nightingale', 'Horizon', 'Blue Sky', 'Greenshoots', 'Little Owls', 'Treetops', 'Sunbeam', 'Moonflower',
  'Cornflower', 'Swallowtail', 'Windmill', 'Kaleidoscope', 'Copper Beech', 'Silver Birch', 'Ladybird',
  'Honeycomb', 'Seedling', 'Waterlily', 'Peregrine', 'Goldcrest', 'Fieldfare', 'Sandpiper', 'Mulberry',
  'Hawthorn', 'Bramble', 'Lavender', 'Snowdrop', 'Teasel', 'Linnet', 'Oriole', 'Wildflower', 'Stepping Out',
  'Bumblebee', 'Kingcup', 'Meadowsweet', 'Quillwort', 'Nuthatch', 'Redstart', 'Whinchat', 'Stonechat', 'Dipper',
  'Grebe', 'Curlew', 'Lapwing', 'Plover', 'Avocet', 'Chiffchaff', 'Treecreeper', 'Yellowhammer', 'Bullfinch',
  'Hazel Nut', 'Acorn Cup', 'Pine Cone', 'Conker', 'Catkin', 'Fern Hollow', 'Brookside', 'Sunrise', 'Rainshine',
  'Bright Spark', 'Kindred', 'Amber', 'Saffron', 'Indigo', 'Sapphire', 'Emerald', 'Coral', 'Jade',
  'Wayfarer', 'Waymarker', 'Millpond', 'Harebell', 'Bellflower', 'Campion', 'Willowherb', 'Paper Boat',
  'Kites and Kayaks', 'Tiddlywinks', 'Hopscotch', 'Skipping Rope', 'Button Box', 'Patchwork', 'Sandcastle',
] as const;

export const ORG_SUFFIXES: Record<ServiceTypeCode, readonly string[]> = {
  'advice-and-information': ['Family Advice', 'Information Service', 'Advice Centre', 'Families Network'],
  'health-and-therapy': ['Therapies', "Children's Therapy", 'Therapy Practice', 'Health Partnership'],
  'education-support': ['Learning', 'Learning Centre', 'Tuition', 'Education Trust'],
  'short-breaks': ['Short Breaks', 'Play and Respite', 'Family Breaks', 'Care Trust'],
  'leisure-and-activities': ['Sports Club', 'Arts Collective', 'Play Association', 'Activity Club', 'Youth Project'],
  'parent-carer-support': ['Parents Network', 'Family Support', 'Parent Carer Group', 'Families Together'],
  'childcare-and-early-years': ['Day Nurseries', 'Early Years', 'Childcare', 'Little Learners'],
  'preparing-for-adulthood': ['Pathways', 'Futures', 'Employment Project', 'Skills Centre'],
  'social-care': ['Care Services', 'Family Support Service', 'Care Partnership'],
  'mental-health-and-wellbeing': ['Wellbeing Project', 'Counselling Service', 'Young Minds Project', 'Wellbeing Hub'],
  transport: ['Community Transport', 'Travel Project'],
};

export const ORG_LEGAL_FORMS = ['CIC', 'Trust', 'Ltd'] as const;

export const ORG_KINDS = [
  'a registered charity',
  'a community interest company',
  'a parent-led charity',
  'a small independent provider',
  'a community group',
  'a social enterprise',
] as const;

export const ORG_MISSIONS: Record<ServiceTypeCode, readonly string[]> = {
  'advice-and-information': [
    'It helps families understand SEND support and make confident decisions.',
    'It gives families clear, practical information about their rights and the help available.',
  ],
  'health-and-therapy': [
    'Its therapists work with children, families and schools to help children communicate, move and play.',
    'It offers therapy for children and young people with additional needs, close to home.',
  ],
  'education-support': [
    'It helps children and young people with SEND enjoy learning and make progress.',
    'It works alongside nurseries, schools and colleges to support learners with additional needs.',
  ],
  'short-breaks': [
    'It gives disabled children fun, safe time away from home and their families a well-earned break.',
    'It runs clubs and breaks where disabled children and young people can try new things with friends.',
  ],
  'leisure-and-activities': [
    'It makes sport, play and the arts welcoming for children and young people with additional needs.',
    'It runs inclusive activities where every child can join in at their own pace.',
  ],
  'parent-carer-support': [
    'It brings parent carers together so nobody has to work things out alone.',
    'It is run by parents of children with SEND, for parents of children with SEND.',
  ],
  'childcare-and-early-years': [
    'It provides inclusive childcare where every child is welcomed and supported.',
    'It supports babies and young children with additional needs to play, learn and grow.',
  ],
  'preparing-for-adulthood': [
    'It helps young people with SEND move into work, further learning and independent life.',
    'It supports young disabled people to build skills, confidence and friendships as they grow up.',
  ],
  'social-care': [
    'It supports disabled children, young people and their families in their homes and communities.',
    'It helps families arrange and manage care that fits their lives.',
  ],
  'mental-health-and-wellbeing': [
    'It supports the emotional wellbeing of children and young people, including those with SEND.',
    'It offers a safe space for young people to talk about how they are feeling.',
  ],
  transport: [
    'It helps disabled children and young people get where they need to go.',
    'It makes travel around the city easier for families with disabled children.',
  ],
};

export const VENUE_PREFIXES = [
  'Maple', 'Hazel', 'Rowan', 'Cedar', 'Willow', 'Linden', 'Elmwood', 'Ashgrove', 'Holly Bank', 'Kestrel',
  'Meadowview', 'Brookside', 'Fernhill', 'Oakridge', 'Millbrook', 'Primrose', 'Cloverdale', 'Wrenfield',
  'Parkside', 'Greenway', 'Hillcrest', 'Woodlands', 'Beechwood', 'Larchfield', 'Poplar', 'Chestnut',
  'Sycamore', 'Alder', 'Hornbeam', 'Spindle',
] as const;

export const VENUE_KINDS = {
  community: ['Community Centre', 'Family Hub', 'Community Hall', 'Neighbourhood Centre', 'Youth and Community Centre'],
  leisure: ['Leisure Centre', 'Sports Centre', 'Activity Centre'],
  clinic: ['Health Centre', 'Child Development Centre', 'Therapy Centre', 'Medical Centre'],
  office: ['House', 'Resource Centre', 'Business Centre'],
  outdoor: ['Woods', 'Nature Reserve', 'Community Farm', 'Park'],
} as const;

export type SharedVenueKind = keyof typeof VENUE_KINDS;

export const STREETS = [
  'High Street', 'Station Road', 'Church Road', 'Park Road', 'Victoria Road', 'Mill Lane', 'School Lane',
  'Green Lane', 'Church Lane', 'Grove Road', 'Albert Road', 'Queens Road', 'Kings Road', 'Springfield Road',
  'Manor Road', 'The Crescent', 'Chapel Street', 'Park Avenue', 'Oak Road', 'Willow Road', 'Beech Avenue',
  'Meadow Way', 'Orchard Close', 'New Road', 'Broad Lane', 'Hill Street', 'Market Street', 'North Road',
  'Grange Road', 'Elm Grove', 'Holly Lane', 'Cherry Tree Walk', 'Brook Lane', 'Windmill Lane', 'Park View',
] as const;

/** Letters allowed in the inward part of a UK postcode (no C, I, K, M, O or V). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Short need names for group names ("Erdington Autism Parent Group"). */
export const NEED_NAME_WORDS: Record<NeedCode, string> = {
  ASD: 'Autism',
  SEMH: 'ADHD',
  SLCN: 'Speech and Language',
  SPLD: 'Dyslexia',
  HI: 'Deaf Children',
  VI: 'Visual Impairment',
  PD: 'Physical Disability',
  MLD: 'Learning Disability',
  SLD: 'Learning Disability',
  PMLD: 'Complex Needs',
  MSI: 'Deafblind',
  OTH: 'Additional Needs',
};

/** Phrases for "children with …" sentences. */
export const NEED_PHRASES: Record<NeedCode, string> = {
  ASD: 'autism',
  SLCN: 'speech, language and communication needs',
  SPLD: 'dyslexia or other specific learning difficulties',
  MLD: 'learning difficulties',
  SLD: 'severe learning difficulties',
  PMLD: 'profound and multiple learning difficulties',
  SEMH: 'social, emotional and mental health needs (including ADHD and anxiety)',
  HI: 'hearing loss',
  VI: 'sight loss',
  MSI: 'multi-sensory impairment',
  PD: 'physical disabilities',
  OTH: 'other additional needs',
};

export const ALERTS = [
  'There is currently a waiting list; you can still ask to be added to it.',
  'Sessions are paused during the school summer holidays and restart in September.',
  'New families are welcome: the first session is a free taster.',
  'This term the group meets at a temporary venue; ask when you book.',
] as const;
