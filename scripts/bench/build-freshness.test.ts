import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChangeAfterBuild } from './build-freshness';

let root: string;

async function touch(file: string, at: Date): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), '');
  await utimes(path.join(root, file), at, at);
}

const built = new Date('2026-11-22T11:00:00Z');

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'build-freshness-'));
  await touch('.next/BUILD_ID', built);
  await touch('lib/search/search-services.ts', new Date('2026-11-22T10:00:00Z'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findChangeAfterBuild', () => {
  it('is null when the build is newer than every source file', async () => {
    expect(await findChangeAfterBuild(root)).toBeNull();
  });

  it('names the newest source file changed since the build', async () => {
    await touch('app/api/search/route.ts', new Date('2026-11-22T11:30:00Z'));
    await touch('lib/directory/get-service.ts', new Date('2026-11-22T12:00:00Z'));
    expect(await findChangeAfterBuild(root)).toEqual({
      file: path.join('lib', 'directory', 'get-service.ts'),
      changedAt: new Date('2026-11-22T12:00:00Z'),
    });
  });

  it('ignores tests, generated code and files the build does not read', async () => {
    await touch('lib/search/search-services.test.ts', new Date('2026-11-22T12:00:00Z'));
    await touch('lib/generated/prisma/client.ts', new Date('2026-11-22T12:00:00Z'));
    await touch('scripts/bench/search.ts', new Date('2026-11-22T12:00:00Z'));
    expect(await findChangeAfterBuild(root)).toBeNull();
  });

  it('is null without a build', async () => {
    await rm(path.join(root, '.next'), { recursive: true });
    expect(await findChangeAfterBuild(root)).toBeNull();
  });
});
