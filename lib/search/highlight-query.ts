import { highlightToHtml } from './highlight';
import { wordsOf } from './parse-query';
import type { ParsedQuery, QueryAlternative } from './parse-query';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './to-search-document';

// Highlighting for results that did not come from Meilisearch (the PostgreSQL fallback): the same
// <mark> output as Meilisearch's, produced from the parsed query, with everything else escaped.

interface Token {
  start: number;
  end: number;
  word: string;
}

// Marks too, so "naïve" stays one token whose folded form is "naive".
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = wordsOf(match[0]).join('');
    if (word !== '') tokens.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return tokens;
}

function matchesAt(tokens: Token[], at: number, alternative: QueryAlternative): boolean {
  const { words, prefix } = alternative;
  if (at + words.length > tokens.length) return false;
  return words.every((word, i) => {
    const token = tokens[at + i]?.word ?? '';
    return prefix && i === words.length - 1 ? token.startsWith(word) : token === word;
  });
}

/** Wraps every word that matches the query (any term, synonym or phrase) in highlight markers, as HTML. */
export function highlightQuery(text: string, query: ParsedQuery): string {
  const alternatives = query.pieces.flatMap((p) => p.alternatives);
  if (alternatives.length === 0) return highlightToHtml(text);
  const tokens = tokenize(text);
  const marked = new Array<boolean>(tokens.length).fill(false);
  for (let at = 0; at < tokens.length; at++) {
    for (const alternative of alternatives) {
      if (matchesAt(tokens, at, alternative)) {
        for (let i = 0; i < alternative.words.length; i++) marked[at + i] = true;
      }
    }
  }
  let out = '';
  let cursor = 0;
  tokens.forEach((token, i) => {
    if (!marked[i]) return;
    out += text.slice(cursor, token.start) + HIGHLIGHT_PRE + text.slice(token.start, token.end) + HIGHLIGHT_POST;
    cursor = token.end;
  });
  out += text.slice(cursor);
  return highlightToHtml(out);
}
