// Starts a fresh embedded PostgreSQL and Meilisearch on free random ports in a new temporary data
// directory, applies migrations, seeds and indexes, and tears everything down after the run. The
// watchdog stops the services and deletes the directory even if Vitest itself is killed.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import {
  ensureIndex,
  migrate,
  removeWhenStopped,
  seedIfEmpty,
  serviceEnv,
  startBackingServices,
} from '@/scripts/stack/bootstrap';
import { createStepLogger } from '@/scripts/stack/log';
import { Supervisor, Watchdog } from '@/scripts/stack/processes';
import './stack-context';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = createStepLogger({ prefix: '[integration stack]' });
  const supervisor = new Supervisor({ log: log.info, watchdog: Watchdog.start(projectRoot) });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'local-offer-it-'));
  removeWhenStopped(dataDir, supervisor);
  try {
    const services = await startBackingServices({
      dataDir,
      pgPort: 0,
      meiliPort: 0,
      need: { postgres: true, meilisearch: true },
      // Always a fresh stack: tests write to it, so it must never be someone's real DATABASE_URL.
      external: {},
      durability: 'relaxed',
      command: 'integration tests',
      log,
      supervisor,
    });
    const env = serviceEnv(services);
    await migrate(projectRoot, env.DATABASE_URL, log);
    await seedIfEmpty(env.DATABASE_URL, log);
    await ensureIndex(env, log);
    project.provide('integrationStack', { ...env, dataDir });
  } catch (error) {
    await supervisor.stopAll();
    throw error;
  }
  return () => supervisor.stopAll();
}
