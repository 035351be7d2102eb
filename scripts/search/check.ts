// `npm run search:check`: does the Meilisearch index hold exactly what the database says it
// should? Prints a readable report; exits 1 when something is missing, extra or stale.
//
//   node --conditions=react-server --import tsx scripts/search/check.ts [--json]
//
// Needs DATABASE_URL, MEILI_HOST and MEILI_MASTER_KEY (the launcher sets them for its commands).
import { pathToFileURL } from 'node:url';
import { createPrismaClient } from '@/lib/db';
import { parseEnv } from '@/lib/env';
import { checkIndex, createMeiliClient } from '@/lib/search';
import type { CheckIndexReport } from '@/lib/search';

/** How many ids of each kind the text report lists (the JSON report has them all). */
const LISTED = 20;

function list(label: string, ids: string[]): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, LISTED).map((id) => `    ${id}`);
  const more = ids.length > LISTED ? [`    … and ${ids.length - LISTED} more`] : [];
  return [`  ${label} (${ids.length}):`, ...shown, ...more];
}

export function formatCheckReport(report: CheckIndexReport): string {
  const lines = [
    `Search index "${report.indexName}": ${report.ok ? 'in step with the database' : 'OUT OF STEP with the database'}`,
    `  publishable services in PostgreSQL: ${report.databaseDocuments}`,
    `  documents in Meilisearch:           ${report.indexExists ? report.indexDocuments : 'the index does not exist'}`,
    `  settings and mapping:               ${report.settings.ok ? 'current' : `built with ${report.settings.actual ?? 'unknown'} settings, code has ${report.settings.expected}`}`,
    ...list('missing from the index', report.missing),
    ...list('in the index but not publishable', report.extra),
    ...list('stale (differ from the database)', report.stale),
  ];
  if (report.outbox.pending > 0) {
    lines.push(
      `  queued changes not yet synced: ${report.outbox.pending}` +
        (report.outbox.failing > 0 ? ` (${report.outbox.failing} failing; see search_outbox.last_error)` : '') +
        ' - these can explain differences; run the check again once the outbox worker has caught up',
    );
  }
  if (!report.ok) lines.push('  To rebuild the index from the database: npm run search:reindex');
  return lines.join('\n');
}

export async function runSearchCheck(options: { json?: boolean; env?: Record<string, string | undefined> } = {}): Promise<number> {
  const env = parseEnv(options.env ?? process.env, { requireServices: true });
  const prisma = createPrismaClient(env.DATABASE_URL as string);
  const client = createMeiliClient(env.MEILI_HOST as string, env.MEILI_MASTER_KEY as string);
  try {
    const report = await checkIndex(prisma, { client });
    process.stdout.write(`${options.json ? JSON.stringify(report, null, 2) : formatCheckReport(report)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    client.close();
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runSearchCheck({ json: process.argv.includes('--json') }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
