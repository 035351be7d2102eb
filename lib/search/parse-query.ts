import { buildSynonymMap } from './synonyms';

// How Meilisearch reads a keyword query, written down so that the PostgreSQL fallback and the
// fallback's highlighter find the same listings for the same words. Modelled on Meilisearch 1.21
// with this index's settings (lib/search/settings.ts):
// - text is split into words at anything that is not a letter or digit, lower-cased, accents removed;
// - "double quotes" make a phrase (its words adjacent, in order, matched exactly);
// - a leading minus excludes a word or phrase (exact word, no prefix, no synonyms);
// - only the first ten words count;
// - the last word also matches as a prefix ("autis" finds "autism") unless it is in a phrase;
// - synonyms apply to a single word and to runs of two or three consecutive words ("speech
//   therapy"), as does the run written as one word ("speechtherapy");
// - matching strategy `last`: a listing must match the first term; further terms only rank.
// What is not modelled: typo tolerance (one typo from five letters, two from nine) and splitting a
// word into two ("autismteam"). Queries that lean on those find fewer listings in the fallback.

/** Meilisearch ignores query words after the tenth. */
export const MAX_QUERY_WORDS = 10;
/** The longest run of words Meilisearch looks up as a synonym or joins into one word. */
const MAX_NGRAM = 3;

/** One way of matching a piece of the query: a word, or adjacent words in order. */
export interface QueryAlternative {
  words: string[];
  /** The last word may be the beginning of a longer word. */
  prefix: boolean;
}

/**
 * A span of the query (`start` to `end`, exclusive, counted in terms) and the ways a listing can
 * match it. Every term is a piece of its own; runs of words with synonyms are extra pieces.
 */
export interface QueryPiece {
  start: number;
  end: number;
  alternatives: QueryAlternative[];
}

export interface ParsedQuery {
  /** Number of positive terms (words and phrases) that count. */
  termCount: number;
  pieces: QueryPiece[];
  /** Words and phrases a listing must not contain. */
  excluded: QueryAlternative[];
}

/** Lower case, accents removed, as Meilisearch normalises text (and as the SQL side does). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a piece of text, folded. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

type RawTerm = { kind: 'word'; word: string; prefixable: boolean } | { kind: 'phrase'; words: string[] };

interface RawQuery {
  terms: RawTerm[];
  excluded: string[][];
}

function scan(q: string): RawQuery {
  const terms: RawTerm[] = [];
  const excluded: string[][] = [];
  // Quoted phrases first; what lies between them is split into whitespace-separated chunks.
  const parts = q.split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    if (quoted) {
      const words = wordsOf(part);
      const previous = parts[index - 1] ?? '';
      const negated = /(^|\s)-$/.test(previous);
      if (words.length === 0) return;
      if (negated) excluded.push(words);
      else terms.push({ kind: 'phrase', words });
      return;
    }
    const chunks = part.split(/\s+/).filter((c) => c !== '');
    chunks.forEach((chunk, chunkIndex) => {
      // A lone "-" right before a quote negates the phrase (handled above).
      if (chunk === '-' && chunkIndex === chunks.length - 1 && index < parts.length - 1) return;
      const isLastChunk = chunkIndex === chunks.length - 1 && index === parts.length - 1;
      if (chunk.length > 1 && chunk.startsWith('-')) {
        const words = wordsOf(chunk.slice(1));
        if (words.length > 0) excluded.push(words);
        return;
      }
      const words = wordsOf(chunk);
      words.forEach((word, wordIndex) => {
        // The very last word of the query is a prefix only if nothing but letters follows it.
        const endsQuery = isLastChunk && wordIndex === words.length - 1 && /[\p{L}\p{N}]$/u.test(chunk);
        terms.push({ kind: 'word', word, prefixable: endsQuery });
      });
    });
  });
  return { terms, excluded };
}

function limitWords(terms: RawTerm[]): RawTerm[] {
  const out: RawTerm[] = [];
  let words = 0;
  for (const term of terms) {
    const size = term.kind === 'word' ? 1 : term.words.length;
    if (words + size > MAX_QUERY_WORDS) {
      if (term.kind === 'phrase' && words < MAX_QUERY_WORDS) {
        out.push({ kind: 'phrase', words: term.words.slice(0, MAX_QUERY_WORDS - words) });
      }
      break;
    }
    out.push(term);
    words += size;
  }
  return out;
}

let synonymIndex: Map<string, string[][]> | undefined;

/** Synonym map keyed by folded words joined with one space; values are word lists. */
function synonyms(): Map<string, string[][]> {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const [term, others] of Object.entries(buildSynonymMap())) {
      const key = wordsOf(term).join(' ');
      const existing = synonymIndex.get(key) ?? [];
      for (const other of others) {
        const words = wordsOf(other);
        if (words.length > 0 && !existing.some((e) => e.join(' ') === words.join(' '))) existing.push(words);
      }
      synonymIndex.set(key, existing);
    }
  }
  return synonymIndex;
}

function dedupe(alternatives: QueryAlternative[]): QueryAlternative[] {
  const seen = new Map<string, QueryAlternative>();
  for (const alternative of alternatives) {
    const key = alternative.words.join(' ');
    const existing = seen.get(key);
    // The same words with and without prefix matching: the prefix form covers both.
    if (!existing || (alternative.prefix && !existing.prefix)) seen.set(key, alternative);
  }
  return [...seen.values()];
}

/** Parses a keyword query the way Meilisearch does (see the notes at the top of this file). */
export function parseQuery(q: string | undefined): ParsedQuery {
  const raw = scan(q ?? '');
  const terms = limitWords(raw.terms);
  const lastIndex = terms.length - 1;
  const pieces: QueryPiece[] = [];

  terms.forEach((term, index) => {
    if (term.kind === 'phrase') {
      pieces.push({ start: index, end: index + 1, alternatives: [{ words: term.words, prefix: false }] });
      return;
    }
    const prefix = index === lastIndex && term.prefixable;
    const alternatives: QueryAlternative[] = [{ words: [term.word], prefix }];
    for (const words of synonyms().get(term.word) ?? []) alternatives.push({ words, prefix: false });
    pieces.push({ start: index, end: index + 1, alternatives: dedupe(alternatives) });
  });

  for (let start = 0; start < terms.length; start++) {
    for (let end = start + 2; end <= Math.min(terms.length, start + MAX_NGRAM); end++) {
      const run = terms.slice(start, end);
      if (!run.every((t) => t.kind === 'word')) break;
      const words = run.map((t) => (t as { word: string }).word);
      const alternatives: QueryAlternative[] = [{ words: [words.join('')], prefix: false }];
      for (const synonym of synonyms().get(words.join(' ')) ?? []) alternatives.push({ words: synonym, prefix: false });
      pieces.push({ start, end, alternatives: dedupe(alternatives) });
    }
  }

  const excluded = dedupe(raw.excluded.map((words) => ({ words, prefix: false })));
  return { termCount: terms.length, pieces, excluded };
}

function lexeme(word: string): string {
  // Words are letters and digits only (see WORD), so they never need escaping inside quotes.
  return `'${word}'`;
}

/**
 * The alternatives as PostgreSQL tsquery text (for `to_tsquery('simple', …)`): adjacent words with
 * `<->`, prefixes with `:*`, alternatives joined with `|`.
 */
export function toTsquery(alternatives: readonly QueryAlternative[]): string {
  return alternatives
    .map(({ words, prefix }) => {
      const parts = words.map((word, i) => (prefix && i === words.length - 1 ? `${lexeme(word)}:*` : lexeme(word)));
      return parts.length === 1 ? parts[0] : `(${parts.join(' <-> ')})`;
    })
    .join(' | ');
}
