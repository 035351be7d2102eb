import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit({ code, signal }: ExitInfo): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (postgres runs as `postgres` when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process, or null when it is gone or the platform has no /proc. */
export function processCommandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return null;
  }
}

function signalProcess(pid: number, signal: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Sends `signal`, waits up to `timeoutMs` for the process to go, then SIGKILLs it (and its group). */
export async function stopPid(pid: number, signal: NodeJS.Signals, timeoutMs: number, group = false): Promise<void> {
  if (!isProcessAlive(pid)) return;
  signalProcess(pid, signal, group);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return;
    await sleep(50);
  }
  signalProcess(pid, 'SIGKILL', true);
}

export interface ManagedProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** Settles when the process has exited, for whatever reason. */
  exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** Asks the process to stop with its stop signal; SIGKILLs it after the timeout. */
  stop(): Promise<void>;
}

export interface SpawnManagedOptions {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env: Record<string, string | undefined>;
  uid?: number;
  gid?: number;
  stdio: StdioOptions;
  stopSignal: NodeJS.Signals;
  stopTimeoutMs: number;
  /** Send the stop signal to the whole process group (Next runs worker processes). */
  signalGroup: boolean;
  watchdog?: Watchdog;
}

/**
 * Starts a child in its own process group. A Ctrl-C in the terminal then reaches only the launcher,
 * which stops the children in order (Next before the database it talks to) instead of all at once.
 */
export function spawnManaged(options: SpawnManagedOptions): Promise<ManagedProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      uid: options.uid,
      gid: options.gid,
      stdio: options.stdio,
      detached: process.platform !== 'win32',
    });
    let exitInfo: ExitInfo | null = null;
    const exited = new Promise<ExitInfo>((resolveExit) => {
      child.once('exit', (code, signal) => {
        exitInfo = { code, signal };
        if (child.pid) options.watchdog?.forget(child.pid);
        resolveExit(exitInfo);
      });
    });
    child.once('error', (error) => reject(new Error(`Could not start ${options.name} (${options.command}): ${error.message}`)));
    child.once('spawn', () => {
      const pid = child.pid as number;
      options.watchdog?.watch(pid, options.stopSignal, options.signalGroup);
      resolve({
        name: options.name,
        pid,
        child,
        exited,
        hasExited: () => exitInfo !== null,
        async stop() {
          if (exitInfo) return;
          signalProcess(pid, options.stopSignal, options.signalGroup && process.platform !== 'win32');
          // Cancelled once the process is gone: a pending timer would keep a test runner alive.
          const cancel = new AbortController();
          const timeout = sleep(options.stopTimeoutMs, 'timeout' as const, { signal: cancel.signal }).catch(() => 'cancelled' as const);
          const outcome = await Promise.race([exited, timeout]);
          cancel.abort();
          if (outcome === 'timeout') {
            signalProcess(pid, 'SIGKILL', process.platform !== 'win32');
            await exited;
          }
        },
      });
    });
  });
}

const watchdogScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'watchdog.ts');

/**
 * A small detached process that outlives the launcher: it reads "watch/forget" lines on stdin and, when
 * stdin closes (the launcher exited, crashed or was SIGKILLed), stops every process still registered
 * and deletes registered scratch directories. Without it, `kill -9` of the launcher (Playwright's
 * fallback, the OOM killer) would orphan PostgreSQL and Meilisearch.
 */
export class Watchdog {
  private constructor(private readonly child: ChildProcess) {}

  static start(projectRoot: string): Watchdog {
    const child = spawn(process.execPath, ['--import', 'tsx', watchdogScript], {
      cwd: projectRoot,
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    child.on('error', () => undefined);
    child.unref();
    (child.stdin as Socket | null)?.unref();
    return new Watchdog(child);
  }

  private send(message: Record<string, unknown>): void {
    const stdin = this.child.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(`${JSON.stringify(message)}\n`);
  }

  watch(pid: number, signal: NodeJS.Signals, group: boolean): void {
    this.send({ op: 'watch', pid, signal, group });
  }

  forget(pid: number): void {
    this.send({ op: 'forget', pid });
  }

  removeOnExit(directory: string): void {
    this.send({ op: 'remove', path: directory });
  }

  keep(directory: string): void {
    this.send({ op: 'keep', path: directory });
  }

  /** Normal end: whatever is still registered gets stopped/removed by the watchdog, then it exits. */
  close(): void {
    this.child.stdin?.end();
  }
}

export interface Service {
  name: string;
  stop(): Promise<void>;
  /** For processes: settles when it exits; an exit the supervisor did not ask for stops the stack. */
  exited?: Promise<ExitInfo>;
}

/**
 * Owns the running services of one launcher and stops them, last started first, on Ctrl-C, SIGTERM,
 * SIGHUP, a crash of the launcher, the death of whoever started it, or an unexpected child exit.
 */
export class Supervisor {
  readonly watchdog: Watchdog | undefined;
  private readonly services: Service[] = [];
  private stopRequested = false;
  private shuttingDown: Promise<never> | null = null;
  private readonly log: (message: string) => void;
  private readonly onStopped: (() => Promise<void>)[] = [];

  constructor(options: { log: (message: string) => void; watchdog?: Watchdog }) {
    this.log = options.log;
    this.watchdog = options.watchdog;
  }

  get stopping(): boolean {
    return this.stopRequested;
  }

  add(service: Service): void {
    this.services.push(service);
    if (this.stopRequested) {
      void service.stop();
      return;
    }
    service.exited?.then((info) => {
      if (this.stopRequested) return;
      this.log(`${service.name} ${describeExit(info)}; stopping everything else`);
      void this.shutdown(1);
    });
  }

  /** For services that finish on their own (a seeding process): forget them once done. */
  remove(service: Service): void {
    const index = this.services.indexOf(service);
    if (index >= 0) this.services.splice(index, 1);
  }

  /** Runs after every service has stopped (e.g. deleting a throw-away data directory). */
  afterStop(task: () => Promise<void>): void {
    this.onStopped.push(task);
  }

  async stopAll(): Promise<void> {
    this.stopRequested = true;
    while (this.services.length > 0) {
      const service = this.services.pop() as Service;
      try {
        await service.stop();
      } catch (error) {
        this.log(`could not stop ${service.name}: ${(error as Error).message}`);
      }
    }
    for (const task of this.onStopped.splice(0)) {
      await task().catch((error: unknown) => this.log(`clean-up failed: ${(error as Error).message}`));
    }
    this.watchdog?.close();
  }

  shutdown(code: number, reason?: string): Promise<never> {
    this.shuttingDown ??= (async () => {
      if (reason) this.log(reason);
      await this.stopAll();
      process.exit(code);
    })();
    return this.shuttingDown;
  }

  /** Installs the handlers that turn every way of ending the launcher into an orderly shutdown. */
  handleProcessEvents(): void {
    let firstSignalAt: number | null = null;
    const onSignal = (signal: NodeJS.Signals) => {
      // One Ctrl-C in a terminal arrives twice: from the terminal to the whole process group, and
      // again from `npm run`, which forwards it. Only a second press, a moment later, means "now".
      const now = Date.now();
      if (firstSignalAt !== null && now - firstSignalAt < 1_500) return;
      const repeated = firstSignalAt !== null;
      firstSignalAt ??= now;
      if (repeated) {
        // Leave the rest to the watchdog, which stops whatever is still registered when we exit.
        this.log(`${signal} again: exiting now`);
        process.exit(1);
      }
      void this.shutdown(0, `${signal} received, stopping`);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

    // `npm run` does not pass SIGTERM on to its script: when npm (or the shell between) dies, this
    // process is re-parented, which is the only sign we get.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void this.shutdown(0, 'the process that started the launcher has exited, stopping');
    }, 500).unref();

    const onCrash = (error: unknown) => {
      this.log(`launcher crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void this.shutdown(1);
    };
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
  }
}
