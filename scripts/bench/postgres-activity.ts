import pg from 'pg';

/**
 * How long to wait after PostgreSQL was last busy before counting: a session that published its
 * statistics less than a second ago publishes the rest only after 10 s idle (PGSTAT_IDLE_INTERVAL).
 */
export const STATS_PUBLISH_MS = 11_000;

export interface PostgresActivity {
  /** Scans of the `service` table so far, as published (see STATS_PUBLISH_MS). */
  count(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Counts scans of the `service` table (sequential and index). Nothing in the app reads it while
 * /api/search answers from Meilisearch, so scans during its run mean some searches fell back to
 * PostgreSQL (Meilisearch slower than SEARCH_TIMEOUT_MS). Autovacuum and this count's own query
 * do not scan it.
 */
export async function watchPostgresActivity(databaseUrl: string): Promise<PostgresActivity> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  return {
    async count() {
      const result = await client.query<{ n: string }>(
        "SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::text AS n FROM pg_stat_user_tables WHERE relname = 'service'",
      );
      return Number(result.rows[0]?.n ?? 0);
    },
    close: () => client.end(),
  };
}
