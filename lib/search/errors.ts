import { CircuitOpenError } from './circuit-breaker';

/** `circuit-open`: recent requests failed, so Meilisearch is not being asked until its cool-down passes. */
export type SearchUnavailableReason = 'timeout' | 'unreachable' | 'index-missing' | 'rejected' | 'circuit-open';

/**
 * Meilisearch could not answer. Thrown instead of the client's own errors so callers have one
 * thing to catch (to fall back to PostgreSQL or show a "search is unavailable" message), and so
 * no request details reach a page.
 */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
  readonly reason: SearchUnavailableReason;

  constructor(reason: SearchUnavailableReason, options?: { cause?: unknown }) {
    super(`Search is unavailable (${reason})`, options);
    this.reason = reason;
  }
}

/** A failed Meilisearch task (settings, documents, swap): carries Meilisearch's own error. */
export class SearchTaskError extends Error {
  override name = 'SearchTaskError';
  readonly taskUid: number;
  readonly code: string | undefined;

  constructor(what: string, taskUid: number, error: { message?: string; code?: string } | null, status: string) {
    super(`${what}: Meilisearch task ${taskUid} ${status}${error?.message ? `: ${error.message}` : ''}`);
    this.taskUid = taskUid;
    this.code = error?.code;
  }
}

/** The Meilisearch error code (e.g. `index_not_found`) of an error, looking through wrappers. */
export function meiliErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && current !== undefined; depth++) {
    if (typeof current === 'object') {
      const name = (current as { name?: unknown }).name;
      if (name === 'TimeoutError' || name === 'MeilisearchRequestTimeOutError' || name === 'AbortError') return true;
      current = (current as { cause?: unknown }).cause;
    } else {
      return false;
    }
  }
  return false;
}

export function toSearchUnavailable(error: unknown): SearchUnavailableError {
  if (error instanceof SearchUnavailableError) return error;
  if (error instanceof CircuitOpenError) return new SearchUnavailableError('circuit-open', { cause: error });
  if (isTimeout(error)) return new SearchUnavailableError('timeout', { cause: error });
  const code = meiliErrorCode(error);
  if (code === 'index_not_found') return new SearchUnavailableError('index-missing', { cause: error });
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ETIMEDOUT') {
    return new SearchUnavailableError('unreachable', { cause: error });
  }
  return new SearchUnavailableError('rejected', { cause: error });
}

function httpStatus(error: unknown): number | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const status = (current as { status?: unknown }).status;
    if (typeof status === 'number') return status;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Whether a failure says Meilisearch itself is in trouble (and should count towards opening the
 * circuit), as opposed to Meilisearch answering that one request was wrong (a 4xx).
 */
export function isSearchOutage(error: unknown): boolean {
  const unavailable = toSearchUnavailable(error);
  if (unavailable.reason !== 'rejected') return true;
  const status = httpStatus(unavailable.cause);
  return status === undefined || status >= 500;
}
