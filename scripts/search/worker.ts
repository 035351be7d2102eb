// The search outbox worker as a process of its own: keeps Meilisearch in step with every change
// queued in search_outbox (see lib/search/outbox-worker.ts) until SIGINT or SIGTERM, then finishes
// the batch in hand and exits 0. For deployments where nothing else runs the worker in-process.
//
//   node --conditions=react-server --import tsx scripts/search/worker.ts
//
// Needs DATABASE_URL, MEILI_HOST and MEILI_MASTER_KEY.
import { pathToFileURL } from 'node:url';
import { createPrismaClient } from '@/lib/db';
import { parseEnv } from '@/lib/env';
import { createMeiliClient, startOutboxWorker } from '@/lib/search';

const STOP_TIMEOUT_MS = 3_000;

export async function runWorkerProcess(env: Record<string, string | undefined> = process.env): Promise<void> {
  const parsed = parseEnv(env, { requireServices: true });
  const databaseUrl = parsed.DATABASE_URL as string;
  const prisma = createPrismaClient(databaseUrl);
  const client = createMeiliClient(parsed.MEILI_HOST as string, parsed.MEILI_MASTER_KEY as string);
  const log = (message: string) => process.stderr.write(`[search outbox] ${message}\n`);
  const worker = startOutboxWorker({ prisma, client, databaseUrl, log });
  log('running (Ctrl-C stops it)');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // When the whole stack is shutting down the database may already be gone: never hang on the way out.
  const gaveUp = await Promise.race([
    worker.stop().then(() => false),
    new Promise<true>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS).unref()),
  ]);
  client.close();
  if (!gaveUp) await prisma.$disconnect();
  log(gaveUp ? 'stopped without finishing the batch in hand (it stays queued)' : 'stopped');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runWorkerProcess().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
