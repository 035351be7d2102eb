import { z } from 'zod';

// No `server-only` here: next.config.ts imports this file so a bad environment fails at start.
// Nothing in this module may be imported by client components (it reads secrets).

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: postgresUrl.optional(),
    MEILI_HOST: z.url({ message: 'must be a URL such as http://127.0.0.1:7700' }).optional(),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Public origin of the site, used in canonical links, hreflang and structured data. */
    SITE_URL: z.url().default('http://localhost:3000'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** How long a Meilisearch query may take before search falls back to PostgreSQL. */
    SEARCH_TIMEOUT_MS: z.coerce.number().int().min(20).max(10_000).default(300),
    /** Where the launcher keeps embedded PostgreSQL and Meilisearch data. */
    LOCAL_OFFER_DATA_DIR: z.string().min(1).default('.data/dev'),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_HOST && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'is required when MEILI_HOST is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;
export type ServerEnv = Env & { DATABASE_URL: string; MEILI_HOST: string; MEILI_MASTER_KEY: string };

export class EnvError extends Error {
  override name = 'EnvError';
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `  - ${i.path.map(String).join('.') || '(env)'} ${i.message}`).join('\n');
}

/**
 * Validates an environment. With `requireServices`, the database and search settings must be
 * present (they are at run time; `next build` does not need them).
 */
export function parseEnv(source: Record<string, string | undefined>, options: { requireServices: boolean }): Env {
  // Empty strings mean "unset" (a blank line in a shell profile should not fail validation).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  const issues = result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  if (options.requireServices && result.success) {
    for (const key of ['DATABASE_URL', 'MEILI_HOST', 'MEILI_MASTER_KEY'] as const) {
      if (!result.data[key]) {
        issues.push({ path: [key], message: 'is required (npm run dev / npm start set it for you; see .env.example)' });
      }
    }
  }
  if (issues.length > 0 || !result.success) {
    throw new EnvError(`Invalid environment:\n${describe(issues)}`);
  }
  return result.data;
}

let cached: ServerEnv | undefined;

/** The validated environment for server code, with database and search settings guaranteed. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env, { requireServices: true }) as ServerEnv;
  return cached;
}
