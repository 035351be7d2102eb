// Spawned (detached) by Watchdog.start in processes.ts. The launcher's stdin pipe is its lifeline: when it
// closes, whatever the launcher left registered is stopped and removed. Kept dependency-free so it
// starts quickly and cannot fail on the project's own imports.
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

interface Watched {
  signal: NodeJS.Signals;
  group: boolean;
}

const watched = new Map<number, Watched>();
const removals = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, name);
  } catch {
    // Already gone.
  }
}

function apply(line: string): void {
  let message: { op?: string; pid?: number; signal?: NodeJS.Signals; group?: boolean; path?: string };
  try {
    message = JSON.parse(line) as typeof message;
  } catch {
    return;
  }
  if (message.op === 'watch' && typeof message.pid === 'number') {
    watched.set(message.pid, { signal: message.signal ?? 'SIGTERM', group: message.group === true });
  } else if (message.op === 'forget' && typeof message.pid === 'number') {
    watched.delete(message.pid);
  } else if (message.op === 'remove' && message.path) {
    removals.add(message.path);
  } else if (message.op === 'keep' && message.path) {
    removals.delete(message.path);
  }
}

let cleaning = false;

async function cleanUp(): Promise<void> {
  if (cleaning) return;
  cleaning = true;
  const pending = [...watched].filter(([pid]) => alive(pid));
  for (const [pid, { signal: name, group }] of pending) signal(pid, name, group);
  const deadline = Date.now() + 15_000;
  while (pending.some(([pid]) => alive(pid)) && Date.now() < deadline) await sleep(100);
  for (const [pid] of pending) if (alive(pid)) signal(pid, 'SIGKILL', true);
  for (const directory of removals) {
    try {
      rmSync(directory, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Nothing more a watchdog can do; the next run starts fresh anyway.
    }
  }
  process.exit(0);
}

// The terminal's Ctrl-C and hang-up are for the launcher; this process must outlive it.
process.on('SIGINT', () => undefined);
process.on('SIGHUP', () => undefined);
process.on('SIGTERM', () => void cleanUp());

const lines = createInterface({ input: process.stdin });
lines.on('line', apply);
lines.on('close', () => void cleanUp());
