// Words parents, carers and professionals use for the same thing. Each group is mutual: typing any
// term finds listings written with any other. Kept as data so a council can add its own local
// terms (and so the settings fingerprint changes, triggering a rebuild, when this list changes).
// Short codes that are also everyday English words (e.g. "add") are left out: a query would
// otherwise match any listing that happens to use the word.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['autism', 'asd', 'asc', 'autistic', 'autistic spectrum', 'autism spectrum', 'aspergers', 'asperger'],
  ['adhd', 'attention deficit', 'attention deficit hyperactivity disorder', 'hyperactivity'],
  ['speech therapy', 'salt', 'slt', 'slcn', 'speech and language', 'speech and language therapy', 'speech language and communication'],
  ['dyslexia', 'spld', 'specific learning difficulty', 'specific learning difficulties', 'dyslexic'],
  ['dyspraxia', 'dcd', 'developmental coordination disorder'],
  ['respite', 'short breaks', 'short break'],
  ['ot', 'occupational therapy', 'occupational therapist'],
  ['physio', 'physiotherapy', 'physiotherapist'],
  ['mental health', 'semh', 'camhs', 'emotional wellbeing', 'emotional health', 'social emotional and mental health', 'wellbeing'],
  ['anxiety', 'anxious', 'worry'],
  ['deaf', 'hearing impairment', 'hearing impaired', 'hi', 'hearing loss'],
  ['blind', 'visual impairment', 'visually impaired', 'vi', 'sight loss', 'partially sighted'],
  ['deafblind', 'multi-sensory impairment', 'msi'],
  ['wheelchair', 'physical disability', 'pd', 'mobility'],
  ['learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', 'mld', 'sld', 'pmld'],
  ['ehcp', 'ehc plan', 'education health and care plan'],
  ['sendiass', 'iass', 'information advice and support'],
  ['bsl', 'british sign language', 'sign language'],
  ['nursery', 'early years', 'preschool', 'pre-school'],
  ['college', 'post-16', 'post 16', 'further education', 'sixth form'],
  ['toilet training', 'continence', 'toileting'],
  ['sensory', 'sensory processing', 'sensory needs'],
  ['parent carer forum', 'parent forum', 'parent carers'],
  ['transition', 'preparing for adulthood', 'pfa'],
];

function normalise(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Expands the groups into Meilisearch's synonyms map: every term maps to every other term of its
 * group(s). A term in two groups maps to the union, so the map stays symmetric.
 */
export function buildSynonymMap(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map(normalise))].filter((t) => t !== '');
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  const out: Record<string, string[]> = {};
  for (const term of [...map.keys()].sort()) {
    const others = [...(map.get(term) ?? [])].sort();
    if (others.length > 0) out[term] = others;
  }
  return out;
}
