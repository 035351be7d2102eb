import 'server-only';
import { outcodeOf } from '@/lib/geo/lookup-outcode';
import type { Prisma } from '@/lib/generated/prisma/client';
import { LIST_PARAMS } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';

// "Searches that found nothing" tell a council which services parents look for and cannot find.
// Recorded without anything that identifies the person searching: no IP address, cookie, session
// or account exists in the table, a full postcode is cut to its outcode (a whole area, not a
// street), and e-mail addresses and long numbers typed into the search box are masked.

export type ZeroResultWriter = Pick<Prisma.TransactionClient, 'searchZeroResult'>;

export interface ZeroResultInput {
  params: SearchParams;
  engine: 'meilisearch' | 'postgres';
}

const MAX_QUERY_LENGTH = 200;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Phone numbers and the like: five or more digits, allowing the spaces people type inside them.
const LONG_NUMBER = /\d(?:[\s-]?\d){4,}/g;
const FULL_POSTCODE = /\b([a-z]{1,2}[0-9][0-9a-z]?)\s*[0-9][a-z]{2}\b/g;

/** The keywords as stored: trimmed, lower-cased, personal details masked, at most 200 characters. */
export function normaliseZeroResultQuery(q: string | undefined): string | null {
  const text = (q ?? '')
    .trim()
    .toLowerCase()
    .replace(EMAIL, '[email]')
    .replace(LONG_NUMBER, '[number]')
    .replace(FULL_POSTCODE, '$1')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return text === '' ? null : text;
}

/** The filters as stored: only what was set, without the page number (or the keywords, stored apart). */
export function zeroResultFilters(params: SearchParams): Record<string, string | number | string[]> {
  const filters: Record<string, string | number | string[]> = {};
  for (const name of LIST_PARAMS) if (params[name].length > 0) filters[name] = [...params[name]];
  if (params.age !== undefined) filters.age = params.age;
  if (params.postcode) filters.postcode = outcodeOf(params.postcode) ?? '';
  if (params.radius !== undefined) filters.radius = params.radius;
  if (params.sort !== 'relevance') filters.sort = params.sort;
  return filters;
}

/** Stores one search that found nothing. Callers fire and forget (see recordZeroResultInBackground). */
export async function recordZeroResult(db: ZeroResultWriter, input: ZeroResultInput): Promise<void> {
  await db.searchZeroResult.create({
    data: { query: normaliseZeroResultQuery(input.params.q), filters: zeroResultFilters(input.params), engine: input.engine },
  });
}

/**
 * Records in the background: never awaited by the search, never throws (a failure is logged),
 * so neither a slow nor a broken database affects the answer a parent gets.
 */
export function recordZeroResultInBackground(db: ZeroResultWriter, input: ZeroResultInput): Promise<void> {
  try {
    return recordZeroResult(db, input).catch((error: unknown) => {
      console.warn('Could not record a search with no results', error);
    });
  } catch (error) {
    console.warn('Could not record a search with no results', error);
    return Promise.resolve();
  }
}
