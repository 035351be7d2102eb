// `npm run search:reindex`: rebuilds the Meilisearch index from the database, with a progress bar
// on a terminal (a line per tenth otherwise). The outbox worker, if running, pauses meanwhile and
// then syncs whatever changed during the rebuild.
//
//   node --conditions=react-server --import tsx scripts/search/reindex.ts
//
// Needs DATABASE_URL, MEILI_HOST and MEILI_MASTER_KEY (the launcher sets them for its commands).
import { pathToFileURL } from 'node:url';
import { createPrismaClient } from '@/lib/db';
import { parseEnv } from '@/lib/env';
import { createMeiliClient, reindexAll } from '@/lib/search';
import type { ReindexResult } from '@/lib/search';
import { createProgressBar } from './progress';
import type { ProgressStream } from './progress';

export async function reindexWithProgress(
  options: { env?: Record<string, string | undefined>; stream?: ProgressStream } = {},
): Promise<ReindexResult> {
  const env = parseEnv(options.env ?? process.env, { requireServices: true });
  const prisma = createPrismaClient(env.DATABASE_URL as string);
  const client = createMeiliClient(env.MEILI_HOST as string, env.MEILI_MASTER_KEY as string);
  const bar = createProgressBar({ label: 'Indexing services', stream: options.stream });
  try {
    return await reindexAll(prisma, { client, onProgress: (progress) => bar.update(progress) });
  } finally {
    bar.done();
    client.close();
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  reindexWithProgress().then(
    (result) => {
      process.stderr.write(
        `Search index rebuilt: ${result.documents} documents in ${(result.tookMs / 1000).toFixed(1)} s` +
          (result.settledOutboxRows > 0 ? ` (covering ${result.settledOutboxRows} queued changes)` : '') +
          '\n',
      );
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
