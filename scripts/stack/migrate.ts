import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { StackError } from './errors';

export interface LocalMigration {
  name: string;
  checksum: string;
}

export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** The migrations in prisma/migrations, oldest first, with the SHA-256 Prisma records for each. */
export async function listLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory() && existsSync(path.join(migrationsDir, e.name, 'migration.sql')));
  const migrations = await Promise.all(
    names.map(async ({ name }) => ({
      name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(migrationsDir, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
  return migrations.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Migrations `prisma migrate deploy` would have work to do for: missing, unfinished, or edited since
 * they were applied. An empty list means the database is up to date and the CLI can be skipped.
 */
export function migrationsNeedingWork(local: LocalMigration[], applied: AppliedMigration[]): string[] {
  const done = new Map(
    applied.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]),
  );
  const failed = applied.some((row) => row.finished_at === null && row.rolled_back_at === null);
  const work = local.filter((m) => done.get(m.name) !== m.checksum).map((m) => m.name);
  return failed && work.length === 0 ? ['(a failed migration)'] : work;
}

async function readAppliedMigrations(databaseUrl: string): Promise<AppliedMigration[] | null> {
  const schema = new URL(databaseUrl).searchParams.get('schema') ?? 'public';
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const result = await client.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM ${client.escapeIdentifier(schema)}._prisma_migrations`,
    );
    return result.rows;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return null;
    throw error;
  } finally {
    await client.end();
  }
}

function runPrismaMigrateDeploy(projectRoot: string, databaseUrl: string): Promise<string> {
  const prismaCli = path.join(path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('prisma/package.json')), 'build/index.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [prismaCli, 'migrate', 'deploy'],
      {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new StackError(`prisma migrate deploy failed:\n${`${stdout}\n${stderr}`.trim()}`));
        else resolve(stdout);
      },
    );
  });
}

export interface MigrationResult {
  /** Names of the migrations the CLI had to apply or check; empty when the database was up to date. */
  pending: string[];
  ranCli: boolean;
}

/**
 * Applies prisma/migrations with `prisma migrate deploy` (prisma.config.ts points the CLI at the
 * wasm schema engine). When `_prisma_migrations` already lists every local migration with the same
 * checksum the CLI is skipped, which keeps a warm start about a second faster.
 */
export async function applyMigrations(projectRoot: string, databaseUrl: string): Promise<MigrationResult> {
  const local = await listLocalMigrations(path.join(projectRoot, 'prisma/migrations'));
  const applied = await readAppliedMigrations(databaseUrl);
  const pending = applied === null ? local.map((m) => m.name) : migrationsNeedingWork(local, applied);
  if (pending.length === 0) return { pending, ranCli: false };
  await runPrismaMigrateDeploy(projectRoot, databaseUrl);
  return { pending, ranCli: true };
}
