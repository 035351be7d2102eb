/** What the integration global setup hands to every test file (see stack-env.ts). */
export interface IntegrationStack {
  DATABASE_URL: string;
  MEILI_HOST: string;
  MEILI_MASTER_KEY: string;
  /** The throw-away data directory, deleted after the run. */
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    integrationStack: IntegrationStack;
  }
}
