// Spawned (detached) by Watchdog.start in processes.ts. The launcher's stdin pipe is its lifeline: when it
// closes, whatever the launcher left registered is stopped and removed. Kept dependency-free so it
// starts quickly and cannot fail on the project's own imports.
import { readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

interface Watched {
  signal: NodeJS.Signals;
  group: boolean;
  /** Kernel start time of the process, so that a recycled pid is never mistaken for it. */
  startTime: string | null;
}

const watched = new Map<number, Watched>();
const removals = new Set<string>();

/** Field 22 of /proc/<pid>/stat (after the command name, which may contain spaces); null off Linux. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number, entry?: Watched): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // pids wrap quickly on a busy machine (pid_max is often 32768): check it is still the same process.
  return !entry?.startTime || startTimeOf(pid) === entry.startTime;
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
    watched.set(message.pid, {
      signal: message.signal ?? 'SIGTERM',
      group: message.group === true,
      startTime: startTimeOf(message.pid),
    });
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
  const pending = [...watched].filter(([pid, entry]) => alive(pid, entry));
  for (const [pid, { signal: name, group }] of pending) signal(pid, name, group);
  const deadline = Date.now() + 15_000;
  while (pending.some(([pid, entry]) => alive(pid, entry)) && Date.now() < deadline) await sleep(100);
  for (const [pid, entry] of pending) if (alive(pid, entry)) signal(pid, 'SIGKILL', true);
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
