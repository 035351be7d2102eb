import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isProcessAlive, spawnManaged, Supervisor, Watchdog } from './processes';

const projectRoot = path.resolve(import.meta.dirname, '../..');

async function waitForDeath(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(50);
  }
  return false;
}

function sleeper(trap = false) {
  // With `trap`, the child ignores SIGTERM, like a server that hangs while shutting down.
  const script = trap ? "trap '' TERM; sleep 30 & wait" : 'sleep 30 & wait';
  return spawnManaged({
    name: 'sleeper',
    command: 'sh',
    args: ['-c', script],
    env: { PATH: process.env.PATH },
    stdio: 'ignore',
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 300,
    signalGroup: true,
  });
}

describe('spawnManaged', () => {
  it('stops a process with its stop signal', async () => {
    const child = await sleeper();
    expect(isProcessAlive(child.pid)).toBe(true);
    await child.stop();
    expect(child.hasExited()).toBe(true);
    expect((await child.exited).signal).toBe('SIGTERM');
  });

  it('kills a process that ignores its stop signal once the timeout passes', async () => {
    const child = await sleeper(true);
    await sleep(100);
    await child.stop();
    expect((await child.exited).signal).toBe('SIGKILL');
  });

  it('rejects when the command does not exist', async () => {
    await expect(
      spawnManaged({
        name: 'ghost',
        command: '/nonexistent/binary',
        args: [],
        env: {},
        stdio: 'ignore',
        stopSignal: 'SIGTERM',
        stopTimeoutMs: 100,
        signalGroup: false,
      }),
    ).rejects.toThrow(/Could not start ghost/);
  });
});

describe('Supervisor', () => {
  it('stops services last-started-first and runs clean-up tasks after them', async () => {
    const order: string[] = [];
    const supervisor = new Supervisor({ log: () => undefined });
    supervisor.add({ name: 'postgres', stop: async () => void order.push('postgres') });
    supervisor.add({ name: 'next', stop: async () => void order.push('next') });
    supervisor.afterStop(async () => void order.push('clean-up'));
    await supervisor.stopAll();
    expect(order).toEqual(['next', 'postgres', 'clean-up']);
    expect(supervisor.stopping).toBe(true);
  });
});

describe('Watchdog', () => {
  it('stops registered processes and deletes registered directories when its launcher goes away', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'watchdog-test-'));
    const watchdog = Watchdog.start(projectRoot);
    const child = await spawnManaged({
      name: 'orphan-to-be',
      command: 'sh',
      args: ['-c', 'sleep 30 & wait'],
      env: { PATH: process.env.PATH },
      stdio: 'ignore',
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 1_000,
      signalGroup: true,
      watchdog,
    });
    watchdog.removeOnExit(scratch);
    // Closing the pipe is what the watchdog sees when the launcher dies, however it dies.
    watchdog.close();
    expect(await waitForDeath(child.pid, 10_000)).toBe(true);
    const deadline = Date.now() + 5_000;
    while (existsSync(scratch) && Date.now() < deadline) await sleep(50);
    expect(existsSync(scratch)).toBe(false);
  }, 20_000);
});

describe('Supervisor.handleProcessEvents', () => {
  it('stops the services of a launcher that crashes, and exits non-zero', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'crash-test-'));
    const pidFile = path.join(scratch, 'child.pid');
    const launcher = path.join(scratch, 'launcher.mts');
    await writeFile(
      launcher,
      `import { writeFileSync } from 'node:fs';
import { spawnManaged, Supervisor } from ${JSON.stringify(path.join(import.meta.dirname, 'processes.ts'))};
const supervisor = new Supervisor({ log: () => undefined });
supervisor.handleProcessEvents();
const child = await spawnManaged({ name: 'sleeper', command: 'sh', args: ['-c', 'sleep 30 & wait'], env: { PATH: process.env.PATH },
  stdio: 'ignore', stopSignal: 'SIGTERM', stopTimeoutMs: 2000, signalGroup: true });
supervisor.add({ name: 'sleeper', stop: () => child.stop(), exited: child.exited });
writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
setTimeout(() => { throw new Error('boom'); }, 50);
`,
    );
    try {
      const exitCode = await new Promise<number | null>((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', launcher], { cwd: projectRoot }, (error) =>
          resolve(error ? ((error as { code?: number }).code ?? null) : 0),
        );
      });
      expect(exitCode).toBe(1);
      const pid = Number(await readFile(pidFile, 'utf8'));
      expect(await waitForDeath(pid, 5_000)).toBe(true);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
