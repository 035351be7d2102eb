import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StackError } from './errors';
import { assertNoOtherDevServer, hasProductionBuild } from './next';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'next-test-'));
});

afterEach(() => rm(root, { recursive: true, force: true }));

async function writeLock(pid: number): Promise<void> {
  await mkdir(path.join(root, '.next', 'dev'), { recursive: true });
  await writeFile(path.join(root, '.next', 'dev', 'lock'), JSON.stringify({ pid, port: 3040, appUrl: 'http://localhost:3040' }));
}

describe('assertNoOtherDevServer', () => {
  it('passes without a lock, or with a lock left by a dev server that has gone', async () => {
    expect(() => assertNoOtherDevServer(root)).not.toThrow();
    await writeLock(2_147_483_000);
    expect(() => assertNoOtherDevServer(root)).not.toThrow();
  });

  it('names the running dev server that holds the lock', async () => {
    // A stand-in whose command line mentions next, as `next dev`'s does.
    const standIn = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', 'next'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => standIn.once('spawn', resolve));
      await writeLock(standIn.pid as number);
      expect(() => assertNoOtherDevServer(root)).toThrow(StackError);
      expect(() => assertNoOtherDevServer(root)).toThrow(`pid ${standIn.pid}, http://localhost:3040`);
    } finally {
      standIn.kill();
    }
  });
});

describe('hasProductionBuild', () => {
  it('looks for the BUILD_ID that `next build` writes last', async () => {
    expect(hasProductionBuild(root)).toBe(false);
    await mkdir(path.join(root, '.next'), { recursive: true });
    await writeFile(path.join(root, '.next', 'BUILD_ID'), 'abc');
    expect(hasProductionBuild(root)).toBe(true);
  });
});
