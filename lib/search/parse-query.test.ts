import { describe, expect, it } from 'vitest';
import { foldText, MAX_QUERY_WORDS, parseQuery, toTsquery, wordsOf } from './parse-query';

describe('wordsOf', () => {
  it('splits at anything but letters and digits, lower-cases and removes accents', () => {
    expect(wordsOf('Post-16 Café, B23 (naïve) e-mail')).toEqual(['post', '16', 'cafe', 'b23', 'naive', 'e', 'mail']);
    expect(foldText('ÉCOLE')).toBe('ecole');
  });
});

describe('parseQuery', () => {
  it('makes each word a piece; the last word also matches as a prefix', () => {
    const parsed = parseQuery('swimming club');
    expect(parsed.termCount).toBe(2);
    expect(parsed.pieces.filter((p) => p.end - p.start === 1)).toEqual([
      { start: 0, end: 1, alternatives: [{ words: ['swimming'], prefix: false }] },
      { start: 1, end: 2, alternatives: [{ words: ['club'], prefix: true }] },
    ]);
    // The two words written as one, as Meilisearch also tries.
    expect(parsed.pieces.find((p) => p.end - p.start === 2)?.alternatives).toEqual([{ words: ['swimmingclub'], prefix: false }]);
  });

  it('expands single-word synonyms, including multi-word ones as phrases', () => {
    const [piece] = parseQuery('autism').pieces;
    const alternatives = piece?.alternatives.map((a) => a.words.join(' '));
    expect(alternatives).toEqual(expect.arrayContaining(['autism', 'asd', 'autistic', 'autistic spectrum']));
    expect(piece?.alternatives[0]).toEqual({ words: ['autism'], prefix: true });
  });

  it('expands synonyms of runs of words ("speech therapy") as a piece spanning them', () => {
    const parsed = parseQuery('speech therapy');
    const run = parsed.pieces.find((p) => p.start === 0 && p.end === 2);
    expect(run?.alternatives.map((a) => a.words.join(' '))).toEqual(
      expect.arrayContaining(['speechtherapy', 'salt', 'speech and language therapy']),
    );
  });

  it('matches hyphenated synonym keys however they are typed', () => {
    for (const q of ['post 16', 'post-16']) {
      const run = parseQuery(q).pieces.find((p) => p.end - p.start === 2);
      expect(run?.alternatives.map((a) => a.words.join(' '))).toContain('further education');
    }
  });

  it('reads quoted phrases as one exact term, and minus as exclusion', () => {
    const parsed = parseQuery('"speech and language" -group -"short breaks" respite');
    expect(parsed.termCount).toBe(2);
    expect(parsed.pieces[0]).toEqual({ start: 0, end: 1, alternatives: [{ words: ['speech', 'and', 'language'], prefix: false }] });
    expect(parsed.pieces[1]?.alternatives[0]).toEqual({ words: ['respite'], prefix: true });
    expect(parsed.excluded).toEqual([
      { words: ['group'], prefix: false },
      { words: ['short', 'breaks'], prefix: false },
    ]);
  });

  it('does not treat a word followed by punctuation as a prefix', () => {
    expect(parseQuery('autism.').pieces[0]?.alternatives[0]).toEqual({ words: ['autism'], prefix: false });
  });

  it('keeps only the first ten words', () => {
    const parsed = parseQuery(Array.from({ length: 14 }, (_, i) => `w${i}`).join(' '));
    expect(parsed.termCount).toBe(MAX_QUERY_WORDS);
  });

  it('has nothing to match for an empty or punctuation-only query', () => {
    expect(parseQuery(undefined)).toEqual({ termCount: 0, pieces: [], excluded: [] });
    expect(parseQuery(' -- ? ').termCount).toBe(0);
  });
});

describe('toTsquery', () => {
  it('writes alternatives as a tsquery with phrases and prefixes', () => {
    expect(
      toTsquery([
        { words: ['autis'], prefix: true },
        { words: ['autistic', 'spectrum'], prefix: false },
      ]),
    ).toBe("'autis':* | ('autistic' <-> 'spectrum')");
  });
});
