import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearState, loadSecrets, prepareDataDir, readState, writeState, type StackState } from './data-dir';
import { StackError } from './errors';
import type { StepLogger } from './log';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch';
import { applyMigrations } from './migrate';
import { startPostgres, type RunningPostgres } from './postgres';
import { resolvePort } from './ports';
import { describeExit, spawnManaged, type ManagedProcess, type Supervisor } from './processes';

/** What the app needs to reach its services: exactly the variables lib/env.ts requires at run time. */
export interface ServiceEnv {
  DATABASE_URL: string;
  MEILI_HOST: string;
  MEILI_MASTER_KEY: string;
}

export interface BackingServicesOptions {
  dataDir: string;
  pgPort: number;
  meiliPort: number;
  /** Which services this command needs (a migration needs no search engine). */
  need: { postgres: boolean; meilisearch: boolean };
  external: { databaseUrl?: string; meili?: { host: string; masterKey: string } };
  durability: 'full' | 'relaxed';
  /** Recorded in the data directory so that other commands can find the running services. */
  command: string;
  log: StepLogger;
  supervisor: Supervisor;
}

export interface BackingServices {
  databaseUrl?: string;
  meili?: { host: string; masterKey: string };
  postgres?: RunningPostgres;
  meilisearch?: RunningMeilisearch;
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts embedded PostgreSQL and Meilisearch side by side (each only when needed and not supplied
 * through DATABASE_URL / MEILI_HOST) and registers them with the supervisor.
 */
export async function startBackingServices(options: BackingServicesOptions): Promise<BackingServices> {
  const { dataDir, external, need, log, supervisor } = options;
  const embedPostgres = need.postgres && !external.databaseUrl;
  const embedMeili = need.meilisearch && !external.meili;
  const result: BackingServices = {
    databaseUrl: need.postgres ? external.databaseUrl : undefined,
    meili: need.meilisearch ? external.meili : undefined,
  };
  if (result.databaseUrl) log.info(`postgres      using DATABASE_URL (${redact(result.databaseUrl)})`);
  if (result.meili) log.info(`meilisearch   using MEILI_HOST (${result.meili.host})`);
  if (!embedPostgres && !embedMeili) return result;

  const opened = await prepareDataDir(dataDir, { traversableByOthers: embedPostgres && runningAsRoot() });
  // Opening the data directory itself is routine; opening a parent is worth telling the operator.
  for (const dir of opened.filter((d) => d !== path.resolve(dataDir))) log.info(`made ${dir} enterable by others so that the postgres user can reach its data`);
  const secrets = await loadSecrets(dataDir);
  const previous = await readState(dataDir);
  const [pgPort, meiliPort] = await Promise.all([resolvePort(options.pgPort), resolvePort(options.meiliPort)]);

  const [postgres, meilisearch] = await Promise.allSettled([
    embedPostgres
      ? log.step(
          'postgres',
          () =>
            startPostgres({
              dataDir,
              port: pgPort,
              password: secrets.postgresPassword,
              durability: options.durability,
              log,
              watchdog: supervisor.watchdog,
            }),
          (pg) => `ready on 127.0.0.1:${pg.port}${pg.created ? ' (new cluster)' : ''}`,
        )
      : Promise.resolve(undefined),
    embedMeili
      ? log.step(
          'meilisearch',
          () =>
            startMeilisearch({
              dataDir,
              port: meiliPort,
              masterKey: secrets.meiliMasterKey,
              previousPid: previous?.meilisearch?.pid,
              log,
              watchdog: supervisor.watchdog,
            }),
          (meili) => `ready on ${meili.host}`,
        )
      : Promise.resolve(undefined),
  ]);
  // Register whatever started before reporting a failure, so that the shutdown stops it.
  if (postgres.status === 'fulfilled' && postgres.value) {
    supervisor.add({ name: 'PostgreSQL', stop: () => postgres.value!.process.stop(), exited: postgres.value.process.exited });
    result.postgres = postgres.value;
    result.databaseUrl = postgres.value.databaseUrl;
  }
  if (meilisearch.status === 'fulfilled' && meilisearch.value) {
    supervisor.add({ name: 'Meilisearch', stop: () => meilisearch.value!.process.stop(), exited: meilisearch.value.process.exited });
    result.meilisearch = meilisearch.value;
    result.meili = { host: meilisearch.value.host, masterKey: meilisearch.value.masterKey };
  }
  for (const outcome of [postgres, meilisearch]) {
    if (outcome.status === 'rejected') throw outcome.reason;
  }

  const state: StackState = {
    launcherPid: process.pid,
    command: options.command,
    postgres: result.postgres ? { pid: result.postgres.process.pid, port: result.postgres.port } : undefined,
    meilisearch: result.meilisearch ? { pid: result.meilisearch.process.pid, port: result.meilisearch.port } : undefined,
  };
  await writeState(dataDir, state);
  supervisor.afterStop(() => clearState(dataDir));
  return result;
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export function serviceEnv(services: BackingServices): ServiceEnv {
  if (!services.databaseUrl || !services.meili) throw new StackError('internal: database and search are both required here');
  return { DATABASE_URL: services.databaseUrl, MEILI_HOST: services.meili.host, MEILI_MASTER_KEY: services.meili.masterKey };
}

export async function migrate(projectRoot: string, databaseUrl: string, log: StepLogger): Promise<void> {
  await log.step(
    'migrations',
    () => applyMigrations(projectRoot, databaseUrl),
    (r) => {
      if (!r.ranCli) return 'up to date';
      const names = r.pending.length <= 3 ? r.pending.join(', ') : `${r.pending.length} migrations`;
      return `applied with prisma migrate deploy: ${names}`;
    },
  );
}

/**
 * Seeds the taxonomies, the real public Birmingham services and fictional sample services into an
 * empty database (prisma/seed.ts). A database with data in it is never touched.
 */
export async function seedIfEmpty(databaseUrl: string, log: StepLogger, options: { sampleServices?: number } = {}): Promise<void> {
  const [{ createPrismaClient }, seed] = await Promise.all([import('@/lib/db'), import('@/prisma/seed')]);
  const prisma = createPrismaClient(databaseUrl);
  try {
    const seeded = await log.step(
      'seed',
      async () => {
        if (!(await seed.isDatabaseEmpty(prisma))) return null;
        return seed.seedDatabase(prisma, options.sampleServices === undefined ? {} : { services: options.sampleServices });
      },
      (result) =>
        result
          ? `${result.realServices} real and ${result.sampleServices} sample services, ${result.taxonomyTerms} taxonomy terms`
          : 'database already has data',
    );
    // Fresh tables have no planner statistics until autovacuum runs; the PostgreSQL search fallback
    // is several times slower without them.
    if (seeded) await log.step('analyse', () => prisma.$executeRawUnsafe('ANALYZE'), () => 'planner statistics updated');
  } finally {
    await prisma.$disconnect();
  }
}

/** Brings the Meilisearch index in line with the database and the index settings in code. */
export async function ensureIndex(env: ServiceEnv, log: StepLogger): Promise<void> {
  const [{ createPrismaClient }, search] = await Promise.all([import('@/lib/db'), import('@/lib/search')]);
  const prisma = createPrismaClient(env.DATABASE_URL);
  const client = search.createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  try {
    await log.step(
      'search index',
      () => search.ensureSearchIndex(prisma, { client }),
      (r) => `${r.documents} documents${r.reindexed ? ' (rebuilt)' : ', up to date'}`,
    );
    const guides = await import('@/lib/search/guides');
    await log.step(
      'guidance index',
      () => guides.ensureGuidesIndex(client),
      (r) => `${r.documents} documents${r.reindexed ? ' (rebuilt)' : ', up to date'}`,
    );
  } finally {
    client.close();
    await prisma.$disconnect();
  }
}

/** Deletes a throw-away data directory once everything using it has stopped. */
export function removeWhenStopped(dataDir: string, supervisor: Supervisor): void {
  supervisor.watchdog?.removeOnExit(dataDir);
  supervisor.afterStop(() => rm(dataDir, { recursive: true, force: true, maxRetries: 3 }));
}

export function relativeToRoot(projectRoot: string, dir: string): string {
  const relative = path.relative(projectRoot, dir);
  return relative.startsWith('..') ? dir : relative || '.';
}

const outboxWorkerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'search', 'worker.ts');

/**
 * Starts the search outbox worker (scripts/search/worker.ts) as a supervised child for as long as the
 * site runs: it pushes every change queued in search_outbox to Meilisearch and catches up after an outage.
 * Unlike the database, search engine and Next, the site works without it for a while (changes wait in
 * the outbox), so an unexpected exit restarts it after a growing pause instead of stopping the stack.
 */
export async function startOutboxWorker(projectRoot: string, env: ServiceEnv, supervisor: Supervisor, log: StepLogger): Promise<void> {
  const name = 'search outbox worker';
  let current: ManagedProcess | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let pauseMs = 1_000;

  const start = async (): Promise<void> => {
    const startedAt = Date.now();
    const child = await spawnManaged({
      name,
      command: process.execPath,
      args: ['--conditions=react-server', '--import', 'tsx', outboxWorkerScript],
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 5_000,
      signalGroup: true,
      watchdog: supervisor.watchdog,
    });
    current = child;
    void child.exited.then((info) => {
      if (stopped || supervisor.stopping) return;
      // A worker that ran for a minute was healthy: start the back-off again from one second.
      if (Date.now() - startedAt > 60_000) pauseMs = 1_000;
      log.warn(`${name} ${describeExit(info)}; restarting it in ${pauseMs / 1000}s`);
      restartTimer = setTimeout(() => {
        start().catch((error: unknown) => log.warn(`could not restart the ${name}: ${(error as Error).message}`));
      }, pauseMs);
      pauseMs = Math.min(pauseMs * 2, 30_000);
    });
  };

  await start();
  supervisor.add({
    name,
    stop: async () => {
      stopped = true;
      clearTimeout(restartTimer);
      await current?.stop();
    },
  });
}

const dataTasksScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data-tasks.ts');

export type DataTask = 'seed' | 'index';

/**
 * Runs a TypeScript script of the project in a child process with the service variables in its
 * environment, and returns its exit code. The child prints its own output; a shutdown requested
 * meanwhile stops it like any other service.
 */
export async function runScript(
  projectRoot: string,
  script: string,
  args: string[],
  env: { DATABASE_URL: string; MEILI_HOST?: string; MEILI_MASTER_KEY?: string },
  supervisor: Supervisor,
): Promise<number> {
  const name = path.basename(script);
  const child = await spawnManaged({
    name,
    command: process.execPath,
    args: ['--conditions=react-server', '--import', 'tsx', script, ...args],
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 5_000,
    signalGroup: true,
    watchdog: supervisor.watchdog,
  });
  const service = { name, stop: () => child.stop() };
  supervisor.add(service);
  const exit = await child.exited;
  supervisor.remove(service);
  return exit.code ?? 128;
}

/**
 * Seeding and indexing in a short-lived child (scripts/stack/data-tasks.ts): they load the Prisma
 * client and the search layer, which would otherwise stay in the launcher's memory.
 */
export async function runDataTasks(
  projectRoot: string,
  tasks: DataTask[],
  env: { DATABASE_URL: string; MEILI_HOST?: string; MEILI_MASTER_KEY?: string; sampleServices?: number },
  supervisor: Supervisor,
): Promise<void> {
  const { sampleServices, ...serviceVariables } = env;
  const args = [...tasks, ...(sampleServices === undefined ? [] : [`--sample-services=${sampleServices}`])];
  const code = await runScript(projectRoot, dataTasksScript, args, serviceVariables, supervisor);
  if (code !== 0) throw new StackError(`${tasks.join(' and ')} failed (see above)`);
}
