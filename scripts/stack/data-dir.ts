import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isProcessAlive, processCommandLine } from './processes';

const secretsSchema = z.object({
  postgresPassword: z.string().min(16),
  meiliMasterKey: z.string().min(16),
});
export type StackSecrets = z.infer<typeof secretsSchema>;

const stateSchema = z.object({
  launcherPid: z.number().int().positive(),
  command: z.string(),
  postgres: z.object({ pid: z.number().int(), port: z.number().int() }).optional(),
  meilisearch: z.object({ pid: z.number().int(), port: z.number().int() }).optional(),
});
export type StackState = z.infer<typeof stateSchema>;

const secretsFile = (dataDir: string) => path.join(dataDir, 'secrets.json');
const stateFile = (dataDir: string) => path.join(dataDir, 'stack.json');

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The database password and Meilisearch master key of this data directory, created on first use. */
export async function loadSecrets(dataDir: string): Promise<StackSecrets> {
  const existing = await readJson(secretsFile(dataDir), secretsSchema);
  if (existing) return existing;
  const secrets: StackSecrets = {
    postgresPassword: randomBytes(18).toString('hex'),
    // Meilisearch wants at least 16 bytes; 24 random bytes in base64url is 32 characters.
    meiliMasterKey: randomBytes(24).toString('base64url'),
  };
  await writeFile(secretsFile(dataDir), `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

export function readState(dataDir: string): Promise<StackState | null> {
  return readJson(stateFile(dataDir), stateSchema);
}

export async function writeState(dataDir: string, state: StackState): Promise<void> {
  await writeFile(stateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export async function clearState(dataDir: string): Promise<void> {
  await rm(stateFile(dataDir), { force: true });
}

/** A live launcher recorded in the data directory's state file, if there is one. */
export async function runningLauncher(dataDir: string): Promise<StackState | null> {
  const state = await readState(dataDir);
  if (!state || state.launcherPid === process.pid || !isProcessAlive(state.launcherPid)) return null;
  // A recycled pid (after a reboot or in a fresh container) is not our launcher.
  const commandLine = processCommandLine(state.launcherPid);
  if (commandLine !== null && !commandLine.includes('scripts/run.ts')) return null;
  return state;
}

/**
 * Creates the data directory. PostgreSQL runs as the `postgres` user when we are root, and that user
 * must be able to walk down to its data directory, so ancestors without "others may enter" get o+x
 * (enter only, never list or read).
 */
export async function prepareDataDir(dataDir: string, options: { traversableByOthers: boolean }): Promise<string[]> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const changed: string[] = [];
  if (!options.traversableByOthers) return changed;
  let current = path.resolve(dataDir);
  for (;;) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      await chmod(current, (info.mode & 0o7777) | 0o001);
      changed.push(current);
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return changed;
}
