import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listLocalMigrations, migrationsNeedingWork, type AppliedMigration } from './migrate';

const applied = (name: string, checksum: string, state: 'done' | 'failed' | 'rolled back' = 'done'): AppliedMigration => ({
  migration_name: name,
  checksum,
  finished_at: state === 'done' ? new Date() : null,
  rolled_back_at: state === 'rolled back' ? new Date() : null,
});

describe('migrationsNeedingWork', () => {
  const local = [
    { name: '20260101000000_init', checksum: 'a' },
    { name: '20260201000000_more', checksum: 'b' },
  ];

  it('is empty when every migration was applied unchanged', () => {
    expect(migrationsNeedingWork(local, [applied('20260101000000_init', 'a'), applied('20260201000000_more', 'b')])).toEqual([]);
  });

  it('lists migrations not applied yet', () => {
    expect(migrationsNeedingWork(local, [applied('20260101000000_init', 'a')])).toEqual(['20260201000000_more']);
  });

  it('lists migrations edited after they were applied, so that Prisma can report the drift', () => {
    expect(migrationsNeedingWork(local, [applied('20260101000000_init', 'a'), applied('20260201000000_more', 'changed')])).toEqual([
      '20260201000000_more',
    ]);
  });

  it('hands a failed or rolled-back migration to Prisma', () => {
    expect(
      migrationsNeedingWork(local, [applied('20260101000000_init', 'a'), applied('20260201000000_more', 'b', 'rolled back')]),
    ).toEqual(['20260201000000_more']);
    expect(
      migrationsNeedingWork(local, [
        applied('20260101000000_init', 'a'),
        applied('20260201000000_more', 'b'),
        applied('20260301000000_broken', 'c', 'failed'),
      ]),
    ).not.toEqual([]);
  });
});

describe('listLocalMigrations', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads migration folders in order with the SHA-256 of their SQL, ignoring everything else', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    for (const [name, sql] of [
      ['20260201000000_more', 'ALTER TABLE x ADD y int;\n'],
      ['20260101000000_init', 'CREATE TABLE x ();\n'],
    ] as const) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, 'migration.sql'), sql);
    }
    await mkdir(path.join(dir, 'not-a-migration'));
    await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');

    expect(await listLocalMigrations(dir)).toEqual([
      { name: '20260101000000_init', checksum: createHash('sha256').update('CREATE TABLE x ();\n').digest('hex') },
      { name: '20260201000000_more', checksum: createHash('sha256').update('ALTER TABLE x ADD y int;\n').digest('hex') },
    ]);
    expect(await listLocalMigrations(path.join(dir, 'missing'))).toEqual([]);
  });
});
