import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

// The search_outbox queue: rows written by database triggers (migration search_outbox_triggers)
// and consumed by lib/search/outbox-worker.ts. Kept in one module because its operations share a
// locking protocol that is easier to check when read together:
//
// - Whoever writes to the live index from the queue (a worker batch, a full rebuild) holds one
//   transaction-scoped advisory lock for the duration. Workers only try it and skip a round when
//   it is taken, so a rebuild never races a worker into the index it is about to replace.
// - Rows are claimed with FOR UPDATE SKIP LOCKED inside that transaction: even without the lock
//   two consumers could never process the same row.

type Sql = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>;

// An arbitrary constant shared by every process of this app: the bytes of "SEARCH".
const OUTBOX_LOCK = 0x53_45_41_52_43_48n;

export interface OutboxRow {
  id: bigint;
  serviceId: string;
}

/** Takes the queue lock if it is free (inside a transaction; released at commit or rollback). */
export async function tryLockSearchOutbox(tx: Sql): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${OUTBOX_LOCK}::bigint) AS locked`;
  return row?.locked === true;
}

/** Waits for the queue lock (inside a transaction): a rebuild waits for the current worker batch. */
export async function lockSearchOutbox(tx: Sql): Promise<void> {
  // $executeRaw: the function returns void, which $queryRaw cannot deserialise.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint)`;
}

/**
 * Locks and returns the oldest unprocessed rows (inside a transaction), leaving out services the
 * caller is backing off from.
 */
export async function claimSearchOutbox(
  tx: Sql,
  options: { limit: number; skipServiceIds?: readonly string[] },
): Promise<OutboxRow[]> {
  const skip = [...(options.skipServiceIds ?? [])];
  const rows = await tx.$queryRaw<{ id: bigint; service_id: string }[]>`
    SELECT id, service_id::text AS service_id
    FROM search_outbox
    WHERE processed_at IS NULL AND NOT (service_id = ANY(${skip}::uuid[]))
    ORDER BY id
    LIMIT ${options.limit}::int
    FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => ({ id: BigInt(row.id), serviceId: row.service_id }));
}

export async function markSearchOutboxProcessed(tx: Sql, ids: readonly bigint[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE search_outbox SET processed_at = clock_timestamp(), last_error = NULL
    WHERE id = ANY(${ids.map(String)}::bigint[])`;
}

/** Counts a failed attempt: the rows stay in the queue with the error, to be retried. */
export async function markSearchOutboxFailed(tx: Sql, ids: readonly bigint[], error: string): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE search_outbox SET attempts = attempts + 1, last_error = ${error.slice(0, 2000)}
    WHERE id = ANY(${ids.map(String)}::bigint[])`;
}

/** Inclusive id ranges of the rows waiting now, as a rebuild's starting point (see settleSearchOutbox). */
export interface OutboxRanges {
  from: bigint[];
  to: bigint[];
}

/**
 * The unprocessed rows visible now, as ranges of consecutive ids. Ranges rather than "every id up
 * to the highest": a transaction still in flight may hold a lower id and commit later, and its
 * row must stay in the queue (its id falls in a gap, as it is not visible yet).
 */
export async function pendingSearchOutboxRanges(tx: Sql): Promise<OutboxRanges> {
  const rows = await tx.$queryRaw<{ from: bigint; to: bigint }[]>`
    SELECT min(id) AS "from", max(id) AS "to"
    FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS island FROM search_outbox WHERE processed_at IS NULL) t
    GROUP BY island
    ORDER BY 1`;
  return { from: rows.map((r) => BigInt(r.from)), to: rows.map((r) => BigInt(r.to)) };
}

/** Marks rows captured by pendingSearchOutboxRanges processed: a rebuild has covered their changes. */
export async function settleSearchOutbox(tx: Sql, ranges: OutboxRanges): Promise<number> {
  if (ranges.from.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE search_outbox o SET processed_at = clock_timestamp(), last_error = NULL
    FROM unnest(${ranges.from.map(String)}::bigint[], ${ranges.to.map(String)}::bigint[]) AS r (lo, hi)
    WHERE o.processed_at IS NULL AND o.id BETWEEN r.lo AND r.hi`;
}

export interface OutboxStatus {
  pending: number;
  failing: number;
  oldestPendingAt: Date | null;
}

/** How far behind the index is: for health checks and `npm run search:check`. */
export async function getSearchOutboxStatus(db: Sql): Promise<OutboxStatus> {
  const [row] = await db.$queryRaw<{ pending: number; failing: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS pending, (count(*) FILTER (WHERE attempts > 0))::int AS failing, min(created_at) AS oldest
    FROM search_outbox WHERE processed_at IS NULL`;
  return { pending: row?.pending ?? 0, failing: row?.failing ?? 0, oldestPendingAt: row?.oldest ?? null };
}

/** Deletes rows processed more than `olderThanDays` ago (they are kept a while to help diagnose). */
export async function pruneSearchOutbox(db: Sql, olderThanDays: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM search_outbox WHERE processed_at < clock_timestamp() - make_interval(days => ${olderThanDays}::int)`;
}
