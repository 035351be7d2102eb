import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The e2e suite runs against a production build (`npm run build`, done by `npm test` and
// `npm run test:e2e`) served by the launcher on a throw-away stack of its own: fresh data
// directory, PostgreSQL and Meilisearch on free ports, migrated, seeded and indexed, deleted afterwards.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = Boolean(process.env.CI);

// Playwright cannot download its own browsers here: use the system Chromium (`apt-get install
// chromium`) unless PLAYWRIGHT_CHROMIUM_PATH names another; with neither, Playwright's own is used.
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 2 : undefined,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            // Root in a container has no user namespaces for Chromium's sandbox.
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node --conditions=react-server --import tsx scripts/run.ts start --fresh --ephemeral',
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      SITE_URL: baseURL,
      LOCAL_OFFER_DATA_DIR: `.data/e2e-${port}`,
      LOCAL_OFFER_PG_PORT: '0',
      LOCAL_OFFER_MEILI_PORT: '0',
      // Never the developer's own services: the tests need the known sample data.
      DATABASE_URL: '',
      MEILI_HOST: '',
      MEILI_MASTER_KEY: '',
    },
    reuseExistingServer: !isCI,
    timeout: 180_000,
    // The launcher stops Next, Meilisearch and PostgreSQL in order and deletes the data directory.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
