// The local stack launcher: `npm run dev`, `npm start`, and the one-shot database/search commands.
//
//   node --conditions=react-server --import tsx scripts/run.ts <command> [--fresh] [--ephemeral]
//
//   dev          embedded PostgreSQL + Meilisearch, migrations, seed (empty database only), search index, next dev
//   start        the same with `next start` (after `npm run build`)
//   migrate      apply prisma/migrations
//   seed         apply migrations, then seed if the database is empty
//   reindex      apply migrations, then rebuild the search index (scripts/search/reindex.ts)
//   check-index  compare the search index with the database (scripts/search/check.ts; --json passes through)
//
//   --fresh      delete the data directory first (start from an empty database)
//   --ephemeral  delete the data directory after stopping (the e2e tests use a throw-away stack)
//
// Each command uses DATABASE_URL / MEILI_HOST when set, the services of a launcher already running on
// the same data directory, or else starts the embedded ones for as long as it needs them.
// Node runs this directly (no tsx wrapper process) so that signals reach it without a relay.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from '@/lib/env';
import {
  migrate,
  relativeToRoot,
  removeWhenStopped,
  runDataTasks,
  runScript,
  serviceEnv,
  startBackingServices,
  startOutboxWorker,
  type BackingServices,
} from './stack/bootstrap';
import { readLauncherConfig, type LauncherConfig } from './stack/config';
import { loadSecrets, runningLauncher } from './stack/data-dir';
import { loadDotEnvFiles } from './stack/env-files';
import { StackError } from './stack/errors';
import { createStepLogger, type StepLogger } from './stack/log';
import { assertNoOtherDevServer, hasProductionBuild, startNext, type NextMode } from './stack/next';
import { postgresUrl } from './stack/postgres';
import { Supervisor, Watchdog } from './stack/processes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = ['dev', 'start', 'migrate', 'seed', 'reindex', 'check-index'] as const;
type Command = (typeof COMMANDS)[number];

const LAUNCHER_FLAGS = ['--fresh', '--ephemeral'];

function parseArgs(argv: string[]): { command: Command; fresh: boolean; ephemeral: boolean; passThrough: string[] } {
  const [command, ...flags] = argv;
  if (!COMMANDS.includes(command as Command)) {
    throw new StackError(`Usage: scripts/run.ts <${COMMANDS.join('|')}> [--fresh] [--ephemeral]`);
  }
  const others = flags.filter((f) => !LAUNCHER_FLAGS.includes(f));
  // Only the index check takes options of its own (--json).
  if (others.length > 0 && command !== 'check-index') throw new StackError(`Unknown option ${others.join(' ')}`);
  return { command: command as Command, fresh: flags.includes('--fresh'), ephemeral: flags.includes('--ephemeral'), passThrough: others };
}

const searchScript = (name: string) => path.join(projectRoot, 'scripts', 'search', name);

/**
 * For one-shot commands while `npm run dev` already runs on the same data directory: use its services
 * rather than starting a second PostgreSQL on the same files.
 */
async function attachToRunningStack(config: LauncherConfig, log: StepLogger, needsSearch: boolean): Promise<BackingServices | null> {
  const running = await runningLauncher(config.dataDir);
  if (!running) return null;
  const secrets = await loadSecrets(config.dataDir);
  const services: BackingServices = {
    databaseUrl: config.external.databaseUrl ?? (running.postgres ? postgresUrl(running.postgres.port, secrets.postgresPassword) : undefined),
    meili:
      config.external.meili ??
      (running.meilisearch ? { host: `http://127.0.0.1:${running.meilisearch.port}`, masterKey: secrets.meiliMasterKey } : undefined),
  };
  if (!services.databaseUrl || (needsSearch && !services.meili)) {
    throw new StackError(
      `The launcher using this data directory (pid ${running.launcherPid}, "${running.command}") does not run what this ` +
        'command needs. Wait for it to finish, or stop it, and try again.',
    );
  }
  log.info(`using the services of the running launcher (pid ${running.launcherPid}, "${running.command}")`);
  return services;
}

async function run(supervisor: Supervisor, config: LauncherConfig, log: StepLogger): Promise<void> {
  const { command, fresh, ephemeral, passThrough } = parseArgs(process.argv.slice(2));
  const isServer = command === 'dev' || command === 'start';
  const needsSearch = isServer || command === 'reindex' || command === 'check-index';
  const embedded = !config.external.databaseUrl || (needsSearch && !config.external.meili);
  if (embedded) log.info(`${command}: data directory ${relativeToRoot(projectRoot, config.dataDir)}`);

  if (command === 'dev') assertNoOtherDevServer(projectRoot);
  if (command === 'start' && !hasProductionBuild(projectRoot)) {
    throw new StackError('There is no production build in .next: run `npm run build` first, then `npm start`.');
  }
  let services: BackingServices | null = null;
  if (!isServer && !fresh) services = await attachToRunningStack(config, log, needsSearch);
  if (!services) {
    const owner = await runningLauncher(config.dataDir);
    if (owner) {
      throw new StackError(
        `${relativeToRoot(projectRoot, config.dataDir)} is in use by another launcher (pid ${owner.launcherPid}, "${owner.command}"). ` +
          'Stop it first, or give this one its own LOCAL_OFFER_DATA_DIR.',
      );
    }
    if (fresh && existsSync(config.dataDir)) {
      await rm(config.dataDir, { recursive: true, force: true });
      log.info('--fresh: deleted the data directory');
    }
    if (ephemeral) removeWhenStopped(config.dataDir, supervisor);
    services = await startBackingServices({
      dataDir: config.dataDir,
      pgPort: config.launcher.LOCAL_OFFER_PG_PORT,
      meiliPort: config.launcher.LOCAL_OFFER_MEILI_PORT,
      need: { postgres: true, meilisearch: needsSearch },
      external: config.external,
      durability: ephemeral ? 'relaxed' : 'full',
      command,
      log,
      supervisor,
    });
  }

  const databaseUrl = services.databaseUrl as string;
  // Every command reads the database through the current schema, so migrations come first.
  await migrate(projectRoot, databaseUrl, log);
  if (command === 'migrate') return supervisor.shutdown(0);
  if (command === 'reindex') {
    return supervisor.shutdown(await runScript(projectRoot, searchScript('reindex.ts'), [], serviceEnv(services), supervisor));
  }
  if (command === 'check-index') {
    return supervisor.shutdown(await runScript(projectRoot, searchScript('check.ts'), passThrough, serviceEnv(services), supervisor));
  }

  // As prisma/seed.ts does: a production environment gets no fictional listings unless asked for.
  const sampleServices =
    config.launcher.LOCAL_OFFER_SEED_SERVICES ?? (config.app.NODE_ENV === 'production' ? 0 : undefined);
  if (command === 'seed') {
    await runDataTasks(projectRoot, ['seed'], { DATABASE_URL: databaseUrl, sampleServices }, supervisor);
    return supervisor.shutdown(0);
  }
  const env = serviceEnv(services);
  await runDataTasks(projectRoot, ['seed', 'index'], { ...env, sampleServices }, supervisor);
  await log.step('outbox worker', () => startOutboxWorker(projectRoot, env, supervisor, log), () => 'started');

  const port = config.app.PORT;
  const nextEnv: Record<string, string | undefined> = {
    ...process.env,
    ...env,
    PORT: String(port),
    // Canonical links and structured data should point at this server unless the operator says otherwise.
    SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // Same check as next.config.ts, so that a bad value stops the launcher before Next starts compiling.
  parseEnv(nextEnv, { requireServices: true });
  const mode: NextMode = command;
  const next = await log.step(
    `next ${mode}`,
    () => startNext({ projectRoot, mode, port, env: nextEnv, watchdog: supervisor.watchdog }),
    () => `listening on port ${port}`,
  );
  supervisor.add({ name: `next ${mode}`, stop: () => next.stop(), exited: next.exited });
  log.info(`ready in ${log.elapsed()}: http://localhost:${port} (Ctrl-C stops everything)`);
}

function isUserFacing(error: unknown): error is Error {
  return error instanceof StackError || (error instanceof Error && error.name === 'EnvError');
}

async function main(): Promise<void> {
  let supervisor: Supervisor | undefined;
  try {
    const { command } = parseArgs(process.argv.slice(2));
    const log = createStepLogger();
    const envFiles = loadDotEnvFiles(projectRoot, command !== 'start');
    if (envFiles.length > 0) log.info(`read ${envFiles.join(', ')}`);
    const config = readLauncherConfig(process.env, projectRoot);
    const usesEmbedded = !config.external.databaseUrl || !config.external.meili;
    supervisor = new Supervisor({ log: log.info, watchdog: usesEmbedded ? Watchdog.start(projectRoot) : undefined });
    supervisor.handleProcessEvents();
    await run(supervisor, config, log);
  } catch (error) {
    // A failure caused by a requested shutdown (Ctrl-C during seeding) is not worth reporting.
    if (!supervisor?.stopping) {
      process.stderr.write(`\n${isUserFacing(error) ? error.message : ((error as Error).stack ?? String(error))}\n\n`);
    }
    if (supervisor) await supervisor.shutdown(1);
    process.exit(1);
  }
}

void main();
