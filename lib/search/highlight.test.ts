import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightToHtml } from './highlight';
import { HIGHLIGHT_POST as E, HIGHLIGHT_PRE as S } from './to-search-document';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});

describe('highlightToHtml', () => {
  it('wraps matches in <mark> and escapes everything else', () => {
    expect(highlightToHtml(`${S}Autism${E} support <b>group</b>`)).toBe('<mark>Autism</mark> support &lt;b&gt;group&lt;/b&gt;');
  });

  it('escapes HTML inside a match', () => {
    expect(highlightToHtml(`${S}<script>alert(1)</script>${E}`)).toBe('<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>');
  });

  it('leaves stored HTML that looks like a mark tag escaped', () => {
    expect(highlightToHtml('<mark>not ours</mark>')).toBe('&lt;mark&gt;not ours&lt;/mark&gt;');
  });

  it('never produces unbalanced tags from stray markers', () => {
    expect(highlightToHtml(`a${E}b`)).toBe('ab');
    expect(highlightToHtml(`${S}a${S}b${E}c`)).toBe('<mark>ab</mark>c');
    expect(highlightToHtml(`${S}open`)).toBe('<mark>open</mark>');
    expect(highlightToHtml(`${S}${E}x`)).toBe('x');
  });

  it('keeps plain text unchanged', () => {
    expect(highlightToHtml('Speech and language therapy')).toBe('Speech and language therapy');
  });
});
