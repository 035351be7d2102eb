import 'server-only';
import type { Meilisearch } from 'meilisearch';
import pg from 'pg';
import {
  claimSearchOutbox,
  markSearchOutboxFailed,
  markSearchOutboxProcessed,
  pruneSearchOutbox,
  tryLockSearchOutbox,
} from '@/lib/directory/search-outbox';
import type { DirectoryReader } from '@/lib/directory/service-for-index';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { getMeiliClient, SERVICES_INDEX } from './client';
import { SearchTaskError } from './errors';
import { syncServices } from './sync-services';

// Keeps the index in step with the database. Triggers queue every changed service in
// search_outbox in the same transaction as the change (migration search_outbox_triggers); this
// worker syncs queued services to Meilisearch and marks their rows processed only once
// Meilisearch has applied the change. Nothing is dropped: a failure leaves the rows queued with
// `attempts` and `last_error`, and they are retried until they succeed.

/** A Prisma client (not a transaction): the worker opens its own transactions. */
export type OutboxDatabase = Pick<PrismaClient, '$transaction' | '$queryRaw' | '$executeRaw' | 'service' | 'taxonomy'>;

export interface ProcessOutboxOptions {
  client?: Meilisearch;
  indexName?: string;
  /** Queue rows claimed per round; their services are synced together. */
  batchSize?: number;
  /** Services not to claim this round (the worker backs off from ones Meilisearch keeps rejecting). */
  skipServiceIds?: readonly string[];
}

export interface ProcessOutboxResult {
  /** `busy`: another worker or a full rebuild holds the queue; nothing was claimed. */
  status: 'idle' | 'synced' | 'partly-failed' | 'failed' | 'busy';
  /** Queue rows claimed. */
  claimed: number;
  /** Distinct services those rows named. */
  services: number;
  /** Services whose documents Meilisearch now has (or no longer has, if withdrawn). */
  synced: string[];
  /** Services Meilisearch rejected (the others in the batch were synced). */
  rejected: { serviceId: string; error: string }[];
  /** Why the whole batch failed (Meilisearch unreachable, timed out, ...). */
  error?: string;
}

export const DEFAULT_OUTBOX_BATCH_SIZE = 500;
// Long enough for Meilisearch to index a full batch on a slow machine; the transaction holds the
// claimed rows (and the queue lock) until the index has them.
const BATCH_TRANSACTION_MS = 10 * 60_000;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Syncs `ids`, and when Meilisearch rejects the batch (a task failed: some document is invalid),
 * splits it until the bad services are isolated, so that one bad listing cannot hold up the rest.
 * Outages (unreachable, timeouts) are rethrown: splitting would not help.
 */
async function syncIsolatingRejects(
  reader: DirectoryReader,
  ids: string[],
  options: { client: Meilisearch; indexName: string },
): Promise<Map<string, string>> {
  try {
    await syncServices(reader, ids, options);
    return new Map();
  } catch (error) {
    // A failed task means Meilisearch is up and refused something in this batch.
    if (!(error instanceof SearchTaskError)) throw error;
    if (ids.length === 1) return new Map([[ids[0] as string, describe(error)]]);
    const middle = Math.ceil(ids.length / 2);
    const [left, right] = [ids.slice(0, middle), ids.slice(middle)];
    const rejected = await syncIsolatingRejects(reader, left, options);
    for (const [id, message] of await syncIsolatingRejects(reader, right, options)) rejected.set(id, message);
    return rejected;
  }
}

/**
 * One round: claims up to `batchSize` queued rows (`FOR UPDATE SKIP LOCKED`), syncs their services
 * (once each) and marks the rows processed, all in one transaction. On failure the rows get
 * `attempts + 1` and `last_error` and stay queued. Never throws for a Meilisearch failure (see
 * `status`); a database failure does throw.
 */
export async function processOutboxOnce(prisma: OutboxDatabase, options: ProcessOutboxOptions = {}): Promise<ProcessOutboxResult> {
  const client = options.client ?? getMeiliClient();
  const indexName = options.indexName ?? SERVICES_INDEX;
  const limit = options.batchSize ?? DEFAULT_OUTBOX_BATCH_SIZE;
  return prisma.$transaction(
    async (tx): Promise<ProcessOutboxResult> => {
      if (!(await tryLockSearchOutbox(tx))) return { status: 'busy', claimed: 0, services: 0, synced: [], rejected: [] };
      const rows = await claimSearchOutbox(tx, { limit, skipServiceIds: options.skipServiceIds });
      if (rows.length === 0) return { status: 'idle', claimed: 0, services: 0, synced: [], rejected: [] };
      const serviceIds = [...new Set(rows.map((row) => row.serviceId))];
      let rejected: Map<string, string>;
      try {
        // Read through the client, not the transaction: the transaction only holds the claimed
        // rows, and services read now are at least as new as the changes those rows announce.
        rejected = await syncIsolatingRejects(prisma, serviceIds, { client, indexName });
      } catch (error) {
        const message = describe(error);
        await markSearchOutboxFailed(
          tx,
          rows.map((row) => row.id),
          message,
        );
        return { status: 'failed', claimed: rows.length, services: serviceIds.length, synced: [], rejected: [], error: message };
      }
      const done = rows.filter((row) => !rejected.has(row.serviceId)).map((row) => row.id);
      await markSearchOutboxProcessed(tx, done);
      for (const [serviceId, message] of rejected) {
        await markSearchOutboxFailed(
          tx,
          rows.filter((row) => row.serviceId === serviceId).map((row) => row.id),
          message,
        );
      }
      return {
        status: rejected.size > 0 ? 'partly-failed' : 'synced',
        claimed: rows.length,
        services: serviceIds.length,
        synced: serviceIds.filter((id) => !rejected.has(id)),
        rejected: [...rejected].map(([serviceId, error]) => ({ serviceId, error })),
      };
    },
    { maxWait: 10_000, timeout: BATCH_TRANSACTION_MS },
  );
}

export interface OutboxWorkerOptions extends Omit<ProcessOutboxOptions, 'skipServiceIds'> {
  prisma: OutboxDatabase;
  /** Stops the worker (it finishes the round in progress first). */
  signal: AbortSignal;
  /** Poll interval when the queue is empty. */
  intervalMs?: number;
  /** Longest wait between retries while Meilisearch is unavailable. */
  maxBackoffMs?: number;
  /** With a connection string the worker also LISTENs for the triggers' NOTIFY and wakes at once. */
  databaseUrl?: string;
  log?: (message: string) => void;
  /** Days processed rows are kept before being deleted. */
  keepProcessedDays?: number;
}

const PRUNE_EVERY_MS = 60 * 60_000;

function sleep(ms: number, signal: AbortSignal, wake: { promise: Promise<void> }): Promise<void> {
  if (signal.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    void wake.promise.then(done);
  });
}

/** LISTEN on its own connection; reconnects after errors. Polling continues regardless. */
function listenForChanges(databaseUrl: string, onNotify: () => void, log: (message: string) => void, signal: AbortSignal) {
  let connection: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    if (signal.aborted) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', onNotify);
    next.on('error', (error) => {
      log(`search outbox: lost the LISTEN connection (${describe(error)}); polling until it is back`);
      void next.end().catch(() => undefined);
      if (connection === next) connection = null;
      scheduleRetry();
    });
    try {
      await next.connect();
      await next.query('LISTEN search_outbox');
      if (signal.aborted) {
        await next.end();
        return;
      }
      connection = next;
    } catch (error) {
      log(`search outbox: cannot LISTEN (${describe(error)}); polling instead`);
      void next.end().catch(() => undefined);
      scheduleRetry();
    }
  };
  const scheduleRetry = () => {
    if (signal.aborted || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 30_000);
    retry.unref?.();
  };
  void connect();
  return async () => {
    clearTimeout(retry);
    const current = connection;
    connection = null;
    await current?.end().catch(() => undefined);
  };
}

/**
 * Processes the queue until `signal` aborts: immediately while rows are waiting, every
 * `intervalMs` (or at a NOTIFY) when idle, and with exponential backoff while Meilisearch is
 * unavailable, so that it catches up by itself once Meilisearch is back. Services Meilisearch keeps
 * rejecting are retried with their own backoff without holding up the others.
 * Resolves once stopped; never rejects.
 */
export async function runOutboxWorker(options: OutboxWorkerOptions): Promise<void> {
  const { prisma, signal } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const intervalMs = options.intervalMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const batchSize = options.batchSize ?? DEFAULT_OUTBOX_BATCH_SIZE;
  const client = options.client ?? getMeiliClient();
  const rejectedBackoff = new Map<string, { failures: number; retryAt: number }>();
  // Replaced at the start of every round, so a NOTIFY that arrives mid-round cuts the next sleep short.
  let wake = { promise: Promise.resolve(), resolve: () => undefined as void };
  const renewWake = () => {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => (resolve = r));
    wake = { promise, resolve };
  };
  const stopListening = options.databaseUrl ? listenForChanges(options.databaseUrl, () => wake.resolve(), log, signal) : null;

  let failures = 0;
  let lastPrune = 0;
  try {
    while (!signal.aborted) {
      renewWake();
      let waitMs = intervalMs;
      try {
        const now = Date.now();
        const skipServiceIds = [...rejectedBackoff].filter(([, entry]) => entry.retryAt > now).map(([id]) => id);
        const result = await processOutboxOnce(prisma, { client, indexName: options.indexName, batchSize, skipServiceIds });
        if (result.status === 'failed') {
          failures += 1;
          waitMs = Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 16));
          if (failures === 1 || failures % 10 === 0) {
            log(`search outbox: ${result.claimed} change(s) not synced (${result.error}); retrying in ${Math.round(waitMs / 1000)} s`);
          }
        } else {
          if (failures > 0 && result.status !== 'busy') log(`search outbox: syncing again after ${failures} failed attempt(s)`);
          if (result.status !== 'busy') failures = 0;
          for (const serviceId of result.synced) rejectedBackoff.delete(serviceId);
          for (const { serviceId, error } of result.rejected) {
            const entry = rejectedBackoff.get(serviceId) ?? { failures: 0, retryAt: 0 };
            entry.failures += 1;
            entry.retryAt = Date.now() + Math.min(maxBackoffMs * 5, intervalMs * 2 ** Math.min(entry.failures, 16));
            rejectedBackoff.set(serviceId, entry);
            log(`search outbox: Meilisearch rejected service ${serviceId} (${error}); retrying later`);
          }
          // A full batch means more is waiting: catch up without pausing.
          if ((result.status === 'synced' || result.status === 'partly-failed') && result.claimed >= batchSize) waitMs = 0;
        }
        if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = Date.now();
          await pruneSearchOutbox(prisma, options.keepProcessedDays ?? 7);
        }
      } catch (error) {
        failures += 1;
        waitMs = Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 16));
        if (failures === 1 || failures % 10 === 0) log(`search outbox: ${describe(error)}; retrying in ${Math.round(waitMs / 1000)} s`);
      }
      await sleep(waitMs, signal, wake);
    }
  } finally {
    await stopListening?.();
  }
}

export interface OutboxWorkerHandle {
  /** Stops the worker after its current round and closes its LISTEN connection. */
  stop(): Promise<void>;
}

/** Starts runOutboxWorker in the background (for the launcher); `stop()` ends it cleanly. */
export function startOutboxWorker(options: Omit<OutboxWorkerOptions, 'signal'>): OutboxWorkerHandle {
  const controller = new AbortController();
  const done = runOutboxWorker({ ...options, signal: controller.signal });
  return {
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}
