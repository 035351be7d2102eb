import path from 'node:path';
import { z } from 'zod';
import { EnvError, parseEnv, type Env } from '@/lib/env';
import { StackError } from './errors';

const port = z.coerce.number().int().min(0, 'must be 0 (any free port) or a port number').max(65535);

/**
 * Settings read only by the launcher and the test harness (lib/env.ts holds the app's own). Empty
 * strings count as unset, as in lib/env.ts.
 */
export const launcherEnvSchema = z.object({
  /** Where embedded PostgreSQL and Meilisearch keep their data; reused on the next start. */
  LOCAL_OFFER_DATA_DIR: z.string().min(1).default('.data/dev'),
  LOCAL_OFFER_PG_PORT: port.default(54320),
  LOCAL_OFFER_MEILI_PORT: port.default(7700),
  /** How many fictional sample services to seed into an empty database (the seed's default if unset). */
  LOCAL_OFFER_SEED_SERVICES: z.coerce.number().int().min(0).max(100_000).optional(),
});
export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export interface LauncherConfig {
  app: Env;
  launcher: LauncherEnv;
  /** Absolute path of the data directory. */
  dataDir: string;
  /** Set when the operator supplies their own services (the embedded ones are then not started). */
  external: { databaseUrl?: string; meili?: { host: string; masterKey: string } };
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `  - ${i.path.map(String).join('.')} ${i.message}`).join('\n');
}

/** Validates the app environment (lib/env.ts) and the launcher's own variables together. */
export function readLauncherConfig(source: Record<string, string | undefined>, projectRoot: string): LauncherConfig {
  let app: Env;
  try {
    app = parseEnv(source, { requireServices: false });
  } catch (error) {
    if (error instanceof EnvError) throw new StackError(error.message);
    throw error;
  }
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = launcherEnvSchema.safeParse(cleaned);
  if (!parsed.success) throw new StackError(`Invalid environment:\n${describeIssues(parsed.error.issues)}`);
  const launcher = parsed.data;
  return {
    app,
    launcher,
    dataDir: path.resolve(projectRoot, launcher.LOCAL_OFFER_DATA_DIR),
    external: {
      databaseUrl: app.DATABASE_URL,
      meili: app.MEILI_HOST && app.MEILI_MASTER_KEY ? { host: app.MEILI_HOST, masterKey: app.MEILI_MASTER_KEY } : undefined,
    },
  };
}
