import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StackError } from './errors';
import { assertPortFree, canConnect, waitUntil } from './ports';
import { isProcessAlive, processCommandLine, spawnManaged, type ManagedProcess, type Watchdog } from './processes';

export type NextMode = 'dev' | 'start';

export interface NextOptions {
  projectRoot: string;
  mode: NextMode;
  port: number;
  env: Record<string, string | undefined>;
  watchdog?: Watchdog;
}

export function hasProductionBuild(projectRoot: string): boolean {
  return existsSync(path.join(projectRoot, '.next', 'BUILD_ID'));
}

/**
 * Next 16 allows one `next dev` per checkout (it locks .next/dev) and exits if another holds the lock.
 * Checked before anything starts, so the stack does not come up only to be torn down again.
 */
export function assertNoOtherDevServer(projectRoot: string): void {
  let lock: { pid?: unknown; appUrl?: unknown };
  try {
    lock = JSON.parse(readFileSync(path.join(projectRoot, '.next', 'dev', 'lock'), 'utf8')) as typeof lock;
  } catch {
    return;
  }
  if (typeof lock.pid !== 'number' || !isProcessAlive(lock.pid)) return;
  const commandLine = processCommandLine(lock.pid);
  if (commandLine !== null && !commandLine.includes('next')) return;
  throw new StackError(
    `Another \`next dev\` (pid ${lock.pid}${typeof lock.appUrl === 'string' ? `, ${lock.appUrl}` : ''}) is running in this ` +
      'checkout, and Next.js allows only one per directory. Stop it first (or use `npm start` for a second server).',
  );
}

async function isHealthy(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
  return response.status === 200;
}

/**
 * Runs `next dev` or `next start`. Resolves for `dev` once it accepts connections (any request would
 * make it compile a route first) and for `start` once /api/health reports database and search up.
 */
export async function startNext(options: NextOptions): Promise<ManagedProcess> {
  const { projectRoot, mode, port } = options;
  if (mode === 'start' && !hasProductionBuild(projectRoot)) {
    throw new StackError('There is no production build in .next: run `npm run build` first, then `npm start`.');
  }
  await assertPortFree(port, undefined, 'Stop whatever uses it or choose another port with PORT=<port>.');
  const nextBin = path.join(
    path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('next/package.json')),
    'dist/bin/next',
  );
  const child = await spawnManaged({
    name: `next ${mode}`,
    command: process.execPath,
    args: [nextBin, mode, '--port', String(port)],
    cwd: projectRoot,
    env: options.env,
    stdio: ['ignore', 'inherit', 'inherit'],
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 10_000,
    // `next dev` and `next start` fork a server process; signalling the group reaches it too.
    signalGroup: true,
    watchdog: options.watchdog,
  });
  try {
    const ready = mode === 'dev' ? () => canConnect(port) : () => isHealthy(port);
    await waitUntil(ready, { what: `next ${mode}`, timeoutMs: 120_000, abort: child.exited });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}
