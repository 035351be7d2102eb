import { describe, expect, it } from 'vitest';
import { getGlossaryEntry, glossaryIds, glossarySchema, glossarySynonymGroups, listGlossary } from './glossary';

const entry = {
  id: 'ehcna',
  term: 'EHCNA',
  expansion: 'education, health and care needs assessment',
  definition: 'The council looks at a child’s needs.',
  sources: [{ title: 'Children and Families Act 2014', ref: 'section 36' }],
  guide: 'ehcp/asking-for-an-assessment',
};

describe('glossarySchema', () => {
  it('accepts a complete entry and fills in defaults', () => {
    const parsed = glossarySchema.parse({ terms: [{ id: 'senco', term: 'SENCO', definition: 'A teacher.' }] });
    expect(parsed.terms[0]).toMatchObject({ aliases: [], sources: [] });
    expect(glossarySchema.safeParse({ terms: [entry] }).success).toBe(true);
  });

  it('rejects bad ids, duplicates, unknown fields and empty definitions', () => {
    expect(glossarySchema.safeParse({ terms: [{ ...entry, id: 'EHCNA' }] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [entry, entry] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [{ ...entry, colour: 'red' }] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [{ ...entry, definition: ' ' }] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [{ ...entry, guide: '../etc' }] }).success).toBe(false);
    expect(glossarySchema.safeParse({ terms: [] }).success).toBe(false);
  });
});

describe('the glossary', () => {
  it('has the words families meet most', () => {
    const ids = glossaryIds();
    for (const id of ['ehcna', 'ehc-plan', 'senco', 'senar', 'semh', 'salt', 'slcn', 'sendiass', 'ep']) expect(ids).toContain(id);
  });

  it('lists terms alphabetically, in English (marked) where there is no translation', () => {
    const english = listGlossary('en');
    const terms = english.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(english.every((e) => !e.isFallback)).toBe(true);
    const urdu = listGlossary('ur');
    expect(urdu.find((e) => e.id === 'ehcna')).toMatchObject({ isFallback: true, contentLocale: 'en' });
  });

  it('fails loudly on an unknown term', () => {
    expect(getGlossaryEntry('en', 'senco').expansion).toBe('special educational needs co-ordinator');
    expect(() => getGlossaryEntry('en', 'no-such-term')).toThrow(/Unknown glossary term "no-such-term"/);
  });

  it('gives search the abbreviations with their meanings, without punctuation', () => {
    const groups = glossarySynonymGroups();
    expect(groups).toContainEqual(['EHCNA', 'education health and care needs assessment', 'EHC needs assessment', 'needs assessment']);
    expect(groups.flat().some((words) => /[(),]/.test(words))).toBe(false);
  });
});
