// Where a cited law or guidance document can be read. A citation such as
// "SEND Regulations 2014, regulation 13(2)" links to that regulation on legislation.gov.uk, so a
// family (or their adviser) can check the words of the law themselves.

interface LegalSource {
  /** Names as written in citations; the first is the full title. */
  names: readonly string[];
  /** The document's contents page. */
  url: string;
  /** legislation.gov.uk base for deep links to numbered provisions, e.g. /section/36. */
  legislationBase?: string;
  /** Kinds of provision that can be deep-linked, in the document's own words. */
  provisions?: readonly ('section' | 'regulation' | 'schedule')[];
}

const LEGAL_SOURCES: readonly LegalSource[] = [
  {
    names: ['Children and Families Act 2014'],
    url: 'https://www.legislation.gov.uk/ukpga/2014/6/contents',
    legislationBase: 'https://www.legislation.gov.uk/ukpga/2014/6',
    provisions: ['section', 'schedule'],
  },
  {
    names: ['Special Educational Needs and Disability Regulations 2014', 'SEND Regulations 2014'],
    url: 'https://www.legislation.gov.uk/uksi/2014/1530/contents',
    legislationBase: 'https://www.legislation.gov.uk/uksi/2014/1530',
    provisions: ['regulation', 'schedule'],
  },
  {
    names: ['Special Educational Needs (Personal Budgets) Regulations 2014', 'Personal Budgets Regulations 2014'],
    url: 'https://www.legislation.gov.uk/uksi/2014/1652/contents',
    legislationBase: 'https://www.legislation.gov.uk/uksi/2014/1652',
    provisions: ['regulation'],
  },
  {
    names: ['Special educational needs and disability code of practice: 0 to 25 years', 'SEND Code of Practice 2015'],
    url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
  },
  {
    names: [
      'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008',
      'Tribunal Procedure Rules 2008',
    ],
    url: 'https://www.legislation.gov.uk/uksi/2008/2699/contents',
  },
  {
    names: ['NICE guideline CG128', 'Autism spectrum disorder in under 19s: recognition, referral and diagnosis'],
    url: 'https://www.nice.org.uk/guidance/cg128',
  },
  {
    names: ['NICE guideline NG87', 'Attention deficit hyperactivity disorder: diagnosis and management'],
    url: 'https://www.nice.org.uk/guidance/ng87',
  },
  {
    names: ['Education Act 1996'],
    url: 'https://www.legislation.gov.uk/ukpga/1996/56/contents',
    legislationBase: 'https://www.legislation.gov.uk/ukpga/1996/56',
    provisions: ['section', 'schedule'],
  },
  {
    names: ['Children Act 1989'],
    url: 'https://www.legislation.gov.uk/ukpga/1989/41/contents',
    legislationBase: 'https://www.legislation.gov.uk/ukpga/1989/41',
    provisions: ['section', 'schedule'],
  },
  {
    names: ['Local Government Act 1974'],
    url: 'https://www.legislation.gov.uk/ukpga/1974/7/contents',
  },
  {
    names: ['Education Act 2002'],
    url: 'https://www.legislation.gov.uk/ukpga/2002/32/contents',
    legislationBase: 'https://www.legislation.gov.uk/ukpga/2002/32',
    provisions: ['section', 'schedule'],
  },
  {
    names: ['Equality Act 2010'],
    url: 'https://www.legislation.gov.uk/ukpga/2010/15/contents',
    legislationBase: 'https://www.legislation.gov.uk/ukpga/2010/15',
    provisions: ['section', 'schedule'],
  },
];

function findSource(name: string): LegalSource | undefined {
  const wanted = name.trim().toLowerCase();
  return LEGAL_SOURCES.find((source) => source.names.some((n) => n.toLowerCase() === wanted));
}

/**
 * The web address for a citation: the numbered provision when it is a single section,
 * regulation or schedule of known legislation, otherwise the document itself. Undefined for a
 * document this site does not know.
 */
export function legalSourceUrl(name: string, pinpoint?: string): string | undefined {
  const source = findSource(name);
  if (!source) return undefined;
  const match = pinpoint ? /^(section|regulation|schedule)\s+(\d+[A-Z]?)(?:\(|$|\s)/i.exec(pinpoint.trim()) : null;
  if (match && source.legislationBase) {
    const kind = match[1]!.toLowerCase() as 'section' | 'regulation' | 'schedule';
    // Several provisions ("regulation 20 and regulation 21") link to the whole document; several
    // sub-paragraphs of one provision ("section 36(1) and (8)") still link to that provision.
    const rest = pinpoint!.slice(match[0].length);
    const namesAnotherProvision = /\s(?:to|and)\s+(?:section|regulation|schedule)?\s*\d|[–,]/i.test(rest);
    if (source.provisions?.includes(kind) && !namesAnotherProvision) {
      return `${source.legislationBase}/${kind}/${match[2]}`;
    }
  }
  return source.url;
}

/** The full title for a known short name ("SEND Regulations 2014"), else the name unchanged. */
export function legalSourceTitle(name: string): string {
  return findSource(name)?.names[0] ?? name;
}
