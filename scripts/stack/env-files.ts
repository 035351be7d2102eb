import { createRequire } from 'node:module';
import path from 'node:path';

type NextEnvModule = typeof import('@next/env');

/**
 * Loads .env, .env.local, .env.development|production(.local) into process.env the way Next.js does
 * (shell variables win), so that a DATABASE_URL in .env.local makes the launcher use that database
 * instead of starting its own and overriding the file. Returns the files it read.
 */
export function loadDotEnvFiles(projectRoot: string, dev: boolean): string[] {
  // @next/env is Next's own loader; resolve it from Next so the version always matches.
  const nextPackage = createRequire(path.join(projectRoot, 'package.json')).resolve('next/package.json');
  const { loadEnvConfig } = createRequire(nextPackage)('@next/env') as NextEnvModule;
  const quiet = { info: () => undefined, error: (...args: unknown[]) => console.error(...args) };
  const { loadedEnvFiles } = loadEnvConfig(projectRoot, dev, quiet);
  // Next skips its own .env handling when this marker is set; let it do its (identical) pass.
  delete process.env.__NEXT_PROCESSED_ENV;
  return loadedEnvFiles.map((file) => file.path);
}
