// `npm run bench:search`: a benchmark (not a test) of directory search. Starts a throw-away stack of
// its own (PostgreSQL + Meilisearch on free ports, migrated, seeded with sample services, indexed),
// times a full reindex, serves the production build with `next start`, then loads three targets with
// the same faceted searches: GET /api/search, the same multi-search sent straight to Meilisearch,
// and a naive PostgreSQL query. Figures are read as ratios between those targets, measured in the
// same run on the same machine. See scripts/bench/README.md.
//
//   node --conditions=react-server --import tsx scripts/bench/search.ts [--services N] [--duration S] [--warmup S] [--connections 10,50] [--keep]
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '@/lib/db';
import { parseEnv } from '@/lib/env';
import { createMeiliClient, ensureSearchIndex, reindexAll } from '@/lib/search';
import { seedDatabase } from '@/prisma/seed';
import { migrate, relativeToRoot, removeWhenStopped, serviceEnv, startBackingServices } from '../stack/bootstrap';
import { StackError } from '../stack/errors';
import { createStepLogger, type StepLogger } from '../stack/log';
import { hasProductionBuild, startNext } from '../stack/next';
import { findFreePort } from '../stack/ports';
import { Supervisor, Watchdog } from '../stack/processes';
import { findChangeAfterBuild } from './build-freshness';
import { apiTarget, loadSchedule, meiliTarget, naiveTarget, probe, QUERY_SETS, runLoad, type LoadTarget } from './load';
import { startNaivePostgresServer } from './naive-postgres-server';
import { STATS_PUBLISH_MS, watchPostgresActivity, type PostgresActivity } from './postgres-activity';
import { BenchUsageError, parseBenchOptions, type BenchOptions } from './options';
import {
  computeRatios,
  evaluateGoals,
  formatFailures,
  formatMs,
  renderMarkdown,
  sortRuns,
  summarizeRun,
  TARGETS,
  verdict,
  type BenchReport,
  type ReindexStats,
  type RunInput,
  type RunStats,
} from './report';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = path.join(projectRoot, 'bench', 'results');
// A few connections, as a small app would have: the naive baseline should not win by pool size.
const NAIVE_POOL_SIZE = 4;

interface Stack {
  databaseUrl: string;
  meili: { host: string; masterKey: string };
  reindex: ReindexStats;
  setup: { seedSeconds: number; firstIndexSeconds: number };
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: seconds(started) };
}

async function prepareStack(options: BenchOptions, supervisor: Supervisor, log: StepLogger): Promise<Stack> {
  const dataDir = path.join(projectRoot, '.data', `bench-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  log.info(`data directory ${relativeToRoot(projectRoot, dataDir)}${options.keep ? ' (kept afterwards: --keep)' : ''}`);
  if (!options.keep) removeWhenStopped(dataDir, supervisor);

  // Always a stack of its own: never the developer's database or index, whatever the environment says.
  const services = await startBackingServices({
    dataDir,
    pgPort: 0,
    meiliPort: 0,
    need: { postgres: true, meilisearch: true },
    external: {},
    durability: 'relaxed',
    command: 'bench:search',
    log,
    supervisor,
  });
  const env = serviceEnv(services);
  await migrate(projectRoot, env.DATABASE_URL, log);

  const prisma = createPrismaClient(env.DATABASE_URL);
  const client = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  const closeClients = async () => {
    client.close();
    await prisma.$disconnect();
  };
  const clients = { name: 'database and search clients', stop: closeClients };
  supervisor.add(clients);
  const seed = await log.step(
    'seed',
    () => timed(() => seedDatabase(prisma, { services: options.services })),
    ({ value }) => `${value.realServices} real and ${value.sampleServices} sample services`,
  );
  // Fresh tables have no planner statistics until autovacuum gets to them (the naive baseline
  // deserves them), and autovacuum working during a run would compete with the targets.
  await log.step('vacuum', () => prisma.$executeRawUnsafe('VACUUM ANALYZE'));
  const first = await log.step(
    'search index',
    () => timed(() => ensureSearchIndex(prisma, { client })),
    ({ value }) => `${value.documents} documents`,
  );
  // What `npm run search:reindex` does on a live index: build a new one beside it and swap.
  const reindex = await log.step(
    'full reindex',
    () => timed(() => reindexAll(prisma, { client })),
    ({ value, seconds: took }) => `${value.documents} documents in ${took.toFixed(1)} s`,
  );
  supervisor.remove(clients);
  await closeClients();
  return {
    databaseUrl: env.DATABASE_URL,
    meili: { host: env.MEILI_HOST, masterKey: env.MEILI_MASTER_KEY },
    reindex: { documents: reindex.value.documents, seconds: reindex.seconds },
    setup: { seedSeconds: seed.seconds, firstIndexSeconds: first.seconds },
  };
}

async function startServers(stack: Stack, supervisor: Supervisor, log: StepLogger): Promise<LoadTarget[]> {
  const naive = await log.step(
    'naive server',
    () => startNaivePostgresServer({ databaseUrl: stack.databaseUrl, poolSize: NAIVE_POOL_SIZE }),
    (server) => `listening on 127.0.0.1:${server.port} (pool of ${NAIVE_POOL_SIZE})`,
  );
  supervisor.add({ name: 'naive PostgreSQL server', stop: () => naive.stop() });

  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  // As `npm start` runs it (scripts/run.ts), pointed at this stack.
  const nextEnv: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    MEILI_HOST: stack.meili.host,
    MEILI_MASTER_KEY: stack.meili.masterKey,
    PORT: String(port),
    SITE_URL: origin,
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  parseEnv(nextEnv, { requireServices: true });
  const next = await log.step(
    'next start',
    () => startNext({ projectRoot, mode: 'start', port, env: nextEnv, watchdog: supervisor.watchdog }),
    () => `listening on port ${port}`,
  );
  supervisor.add({ name: 'next start', stop: () => next.stop(), exited: next.exited });

  return [apiTarget(origin), meiliTarget(stack.meili.host, stack.meili.masterKey), naiveTarget(`http://127.0.0.1:${naive.port}`)];
}

function totalOf(target: LoadTarget, body: unknown): number | null {
  const answer = body as { total?: unknown; results?: { totalHits?: unknown; estimatedTotalHits?: unknown }[] };
  const value = target.id === 'meili' ? (answer.results?.[0]?.totalHits ?? answer.results?.[0]?.estimatedTotalHits) : answer.total;
  return typeof value === 'number' ? value : null;
}

/** One request per query set and target before any load: every target must answer, and with results. */
async function checkTargets(targets: LoadTarget[], log: StepLogger): Promise<void> {
  const totals = new Map<LoadTarget['id'], (number | null)[]>();
  for (const target of targets) {
    const answers = await probe(target);
    const failed = answers.findIndex((answer) => answer.status !== 200);
    if (failed >= 0) {
      const answer = answers[failed] as { status: number; body: unknown };
      throw new StackError(
        `${TARGETS[target.id]} answered ${answer.status} to ${QUERY_SETS[failed]}: ${JSON.stringify(answer.body).slice(0, 500)}`,
      );
    }
    totals.set(target.id, answers.map((answer) => totalOf(target, answer.body)));
  }
  log.info('results per query set (/api/search, Meilisearch, naive PostgreSQL):');
  QUERY_SETS.forEach((query, index) => {
    const row = targets.map((target) => totals.get(target.id)?.[index] ?? '?').join(', ');
    log.info(`  ${query.padEnd(50)} ${row}`);
  });
  // A search that finds nothing also works out which filter to drop: more work than the others do.
  if ((totals.get('api') ?? []).some((total) => total === 0)) {
    log.warn('some query sets find nothing through /api/search at this size; its figures include filter-relaxation work');
  }
}

async function measure(
  targets: LoadTarget[],
  options: BenchOptions,
  activity: PostgresActivity,
  supervisor: Supervisor,
  log: StepLogger,
): Promise<RunStats[]> {
  const runs: RunStats[] = [];
  let postgresBusyAt = performance.now();
  const settle = () => sleep(Math.max(0, postgresBusyAt + STATS_PUBLISH_MS - performance.now()));
  // The /api/search run whose fallback scans are still to be counted.
  let open: { stats: RunStats; before: number } | null = null;
  const closeOpen = async () => {
    if (!open) return;
    await settle();
    const scans = Math.max(0, (await activity.count()) - open.before);
    const { stats } = open;
    stats.postgresServiceScans = scans;
    open = null;
    if (scans > 0) {
      log.warn(
        `/api/search at ${stats.connections} connections: ${scans} scans of the service table, ` +
          'so some searches were answered by the PostgreSQL fallback (Meilisearch slower than SEARCH_TIMEOUT_MS)',
      );
    }
  };

  for (const step of loadSchedule(options.connections)) {
    const target = targets.find((t) => t.id === step.target) as LoadTarget;
    if (step.target !== 'meili') await closeOpen();
    let before = 0;
    if (step.target === 'api') {
      await settle();
      before = await activity.count();
    }
    let input: RunInput | null = null;
    for (const phase of ['warm-up', 'measured'] as const) {
      const durationS = phase === 'warm-up' ? options.warmup : options.duration;
      if (durationS === 0) continue;
      const load = runLoad(target, { connections: step.connections, durationS });
      const service = { name: 'load generator', stop: async () => load.stop() };
      supervisor.add(service);
      const result = await load.result;
      supervisor.remove(service);
      if (phase === 'measured') input = result;
    }
    if (step.target !== 'meili') postgresBusyAt = performance.now();
    const stats = summarizeRun(input as RunInput);
    runs.push(stats);
    if (step.target === 'api') open = { stats, before };
    log.info(
      `${TARGETS[step.target].padEnd(38)} c=${String(step.connections).padEnd(3)} ${stats.rps.toFixed(0).padStart(6)} req/s  ` +
        `p50 ${formatMs(stats.p50Ms)} ms  p97.5 ${formatMs(stats.p975Ms)} ms  p99 ${formatMs(stats.p99Ms)} ms  ` +
        `errors / non-2xx ${formatFailures(stats)}`,
    );
  }
  await closeOpen();
  return sortRuns(runs);
}

async function writeResults(report: BenchReport, markdown: string): Promise<string[]> {
  await mkdir(resultsDir, { recursive: true });
  const json = path.join(resultsDir, 'search-latest.json');
  const md = path.join(resultsDir, 'search-latest.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, markdown);
  return [json, md].map((file) => relativeToRoot(projectRoot, file));
}

async function run(
  options: BenchOptions,
  build: BenchReport['build'],
  supervisor: Supervisor,
  log: StepLogger,
): Promise<void> {
  const stack = await prepareStack(options, supervisor, log);
  const targets = await startServers(stack, supervisor, log);
  await checkTargets(targets, log);

  const loadBefore = os.loadavg();
  log.info(
    `load: ${options.connections.join(' and ')} connections, ${options.warmup} s warm-up + ${options.duration} s per target ` +
      `(load average ${loadBefore.map((v) => v.toFixed(2)).join(' ')})`,
  );
  const activity = await watchPostgresActivity(stack.databaseUrl);
  const watcher = { name: 'PostgreSQL activity counter', stop: () => activity.close() };
  supervisor.add(watcher);
  const runs = await measure(targets, options, activity, supervisor, log);
  supervisor.remove(watcher);
  await activity.close();
  const loadAfter = os.loadavg();

  const report: BenchReport = {
    date: new Date().toISOString(),
    services: options.services,
    reindex: stack.reindex,
    setup: stack.setup,
    build,
    durationS: options.duration,
    warmupS: options.warmup,
    querySets: [...QUERY_SETS],
    machine: { cpus: os.availableParallelism(), node: process.versions.node, loadBefore, loadAfter },
    runs,
    ratios: computeRatios(runs),
    goals: evaluateGoals(runs, stack.reindex, options.services),
  };
  const markdown = renderMarkdown(report);
  const files = await writeResults(report, markdown);
  process.stdout.write(`\n${markdown}\n`);
  for (const goal of report.goals) log.info(`${verdict(goal.pass).padEnd(4)} ${goal.label}: ${goal.measured} (target ${goal.goal})`);
  log.info(`wrote ${files.join(' and ')}`);
}

async function main(): Promise<void> {
  let supervisor: Supervisor | undefined;
  try {
    const options = parseBenchOptions(process.argv.slice(2), process.env);
    // Building takes minutes and ~1.7 GB: the benchmark measures the build you made, it does not make one.
    if (!hasProductionBuild(projectRoot)) {
      throw new StackError('There is no production build in .next: run `npm run build` first, then `npm run bench:search`.');
    }
    const log = createStepLogger({ prefix: '[bench]' });
    const stale = await findChangeAfterBuild(projectRoot);
    if (stale) {
      log.warn(
        `the production build in .next is older than ${stale.file} (changed ${stale.changedAt.toISOString()}): ` +
          'these figures are for the code as it was built. Run `npm run build` to measure the current code.',
      );
    }
    supervisor = new Supervisor({ log: log.info, watchdog: Watchdog.start(projectRoot) });
    supervisor.handleProcessEvents();
    const builtAt = (await stat(path.join(projectRoot, '.next', 'BUILD_ID'))).mtime.toISOString();
    await run(options, { builtAt, changedAfterBuild: stale?.file ?? null }, supervisor, log);
    await supervisor.shutdown(0);
  } catch (error) {
    if (error instanceof BenchUsageError && error.help) {
      process.stdout.write(`${error.message}\n`);
      process.exit(0);
    }
    if (!supervisor?.stopping) {
      const userFacing = error instanceof StackError || error instanceof BenchUsageError || (error as Error).name === 'EnvError';
      process.stderr.write(`\n${userFacing ? (error as Error).message : ((error as Error).stack ?? String(error))}\n\n`);
    }
    if (supervisor) await supervisor.shutdown(1);
    process.exit(1);
  }
}

void main();
