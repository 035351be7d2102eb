import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearState, loadSecrets, prepareDataDir, readState, runningLauncher, writeState } from './data-dir';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'data-dir-test-'));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('loadSecrets', () => {
  it('creates strong secrets once, readable by the owner only, and reuses them', async () => {
    const first = await loadSecrets(dir);
    expect(first.postgresPassword.length).toBeGreaterThanOrEqual(16);
    expect(first.meiliMasterKey.length).toBeGreaterThanOrEqual(16);
    expect((await stat(path.join(dir, 'secrets.json'))).mode & 0o777).toBe(0o600);
    expect(await loadSecrets(dir)).toEqual(first);
  });
});

describe('prepareDataDir', () => {
  it('lets other users enter (not list) every ancestor, for the postgres user', async () => {
    const closed = path.join(dir, 'closed');
    await mkdir(closed, { mode: 0o700 });
    await chmod(closed, 0o700);
    const target = path.join(closed, 'stack');
    const changed = await prepareDataDir(target, { traversableByOthers: true });
    expect(changed).toContain(closed);
    expect((await stat(closed)).mode & 0o777).toBe(0o701);
  });

  it('leaves ancestors alone when nobody else needs to get in', async () => {
    const closed = path.join(dir, 'closed');
    await mkdir(closed, { mode: 0o700 });
    await chmod(closed, 0o700);
    expect(await prepareDataDir(path.join(closed, 'stack'), { traversableByOthers: false })).toEqual([]);
    expect((await stat(closed)).mode & 0o777).toBe(0o700);
  });
});

describe('launcher state', () => {
  it('round-trips and ignores a launcher that is no longer running', async () => {
    const state = { launcherPid: 2_147_483_000, command: 'dev', postgres: { pid: 1, port: 54320 } };
    await writeState(dir, state);
    expect(await readState(dir)).toEqual(state);
    expect(await runningLauncher(dir)).toBeNull();
    await clearState(dir);
    expect(await readState(dir)).toBeNull();
  });
});
