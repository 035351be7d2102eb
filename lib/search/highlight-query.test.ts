import { describe, expect, it } from 'vitest';
import { highlightQuery } from './highlight-query';
import { parseQuery } from './parse-query';

describe('highlightQuery', () => {
  it('marks words, synonyms and prefixes, whatever their case or accents', () => {
    expect(highlightQuery('Autistic children and ASD support', parseQuery('autism'))).toBe(
      '<mark>Autistic</mark> children and <mark>ASD</mark> support',
    );
    expect(highlightQuery('Swimming for everyone', parseQuery('swim'))).toBe('<mark>Swimming</mark> for everyone');
    expect(highlightQuery('Café club', parseQuery('cafe'))).toBe('<mark>Café</mark> club');
  });

  it('marks a phrase only where its words stand together', () => {
    const q = parseQuery('"speech and language"');
    expect(highlightQuery('Speech and language therapy', q)).toBe('<mark>Speech</mark> <mark>and</mark> <mark>language</mark> therapy');
    expect(highlightQuery('Speech therapy and language', q)).toBe('Speech therapy and language');
  });

  it('escapes HTML around and inside marks', () => {
    expect(highlightQuery('<b>Autism</b> & "friends"', parseQuery('autism'))).toBe(
      '&lt;b&gt;<mark>Autism</mark>&lt;/b&gt; &amp; &quot;friends&quot;',
    );
  });

  it('returns escaped text unchanged when the query has no words', () => {
    expect(highlightQuery('A <i>club</i>', parseQuery(''))).toBe('A &lt;i&gt;club&lt;/i&gt;');
  });
});
