import 'server-only';

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { serverEnv } from '@/lib/env';

// A request should fail fast when Postgres is down rather than hang on an unreachable server.
const CONNECT_TIMEOUT_MS = 5_000;
const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/** A Prisma client on its own connection pool, for scripts and tests. Call `$disconnect()` when done. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  // Prisma's `?schema=` is not a libpq parameter: pg ignores it, so hand it to the adapter.
  const schema = new URL(databaseUrl).searchParams.get('schema') ?? undefined;
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    schema ? { schema } : undefined,
  );
  return new PrismaClient({ adapter });
}

// Kept on globalThis so that dev hot reloads, and Next bundles that each load this module, share one pool.
const globalForDb = globalThis as typeof globalThis & { localOfferPrisma?: PrismaClient };

/** The app's Prisma client: created on first use from the validated environment, then reused. */
export function db(): PrismaClient {
  globalForDb.localOfferPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForDb.localOfferPrisma;
}

/**
 * Whether the database answers `SELECT 1` within two seconds. Never throws: a missing configuration,
 * a refused connection and a timeout all read as `false`.
 */
export async function checkDatabase(client?: PrismaClient): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_CHECK_TIMEOUT_MS);
    timer.unref?.();
  });
  const query = (async () => {
    await (client ?? db()).$queryRaw`SELECT 1`;
    return true as const;
  })().catch(() => false as const);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
