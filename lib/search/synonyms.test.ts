import { describe, expect, it } from 'vitest';
import { buildSynonymMap, SYNONYM_GROUPS } from './synonyms';

describe('SYNONYM_GROUPS', () => {
  it('has at least two distinct lower-case terms per group', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(new Set(group).size, group.join(', ')).toBeGreaterThanOrEqual(2);
      for (const term of group) {
        expect(term).toBe(term.toLowerCase());
        expect(term).toBe(term.trim());
      }
    }
  });

  it('covers what parents type', () => {
    const map = buildSynonymMap();
    expect(map.autism).toEqual(expect.arrayContaining(['asd', 'asc', 'autistic']));
    expect(map.adhd).toContain('attention deficit');
    expect(map['speech therapy']).toEqual(expect.arrayContaining(['salt', 'slt', 'slcn', 'speech and language']));
    expect(map.dyslexia).toEqual(expect.arrayContaining(['spld', 'specific learning difficulty']));
    expect(map.respite).toContain('short breaks');
    expect(map.ot).toContain('occupational therapy');
    expect(map.physio).toContain('physiotherapy');
    expect(map['mental health']).toEqual(expect.arrayContaining(['semh', 'camhs', 'emotional wellbeing']));
    expect(map.deaf).toEqual(expect.arrayContaining(['hearing impairment', 'hi']));
    expect(map.blind).toEqual(expect.arrayContaining(['visual impairment', 'vi']));
    expect(map.wheelchair).toContain('physical disability');
    expect(map['learning disability']).toEqual(expect.arrayContaining(['mld', 'sld']));
  });
});

describe('buildSynonymMap', () => {
  it('is symmetric: if a → b then b → a', () => {
    const map = buildSynonymMap();
    for (const [term, others] of Object.entries(map)) {
      for (const other of others) expect(map[other], `${other} → ${term}`).toContain(term);
    }
  });

  it('never maps a term to itself and keeps keys lower case', () => {
    for (const [term, others] of Object.entries(buildSynonymMap())) {
      expect(others).not.toContain(term);
      expect(term).toBe(term.toLowerCase());
      expect(others.length).toBeGreaterThan(0);
    }
  });

  it('normalises case and spacing and merges a term that appears in two groups', () => {
    const map = buildSynonymMap([
      ['Short  Breaks', 'respite'],
      ['respite', 'time off'],
    ]);
    expect(map.respite).toEqual(['short breaks', 'time off']);
    expect(map['short breaks']).toEqual(['respite']);
    expect(map['time off']).toEqual(['respite']);
  });
});
