// Runs in a worker thread started by naive-postgres-server.ts: a tiny HTTP server answering
// GET /search?<search params> with the naive PostgreSQL baseline (naive-postgres-sql.ts). Its own
// thread keeps it off the event loop that drives the load, as Next and Meilisearch are.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/validation/search';
import { buildNaiveSearchQueries } from './naive-postgres-sql';

const dataSchema = z.object({ databaseUrl: z.string().min(1), poolSize: z.number().int().min(1) });
const { databaseUrl, poolSize } = dataSchema.parse(workerData);

const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
// An idle client's connection error must not take the benchmark down; the next query reports it.
pool.on('error', () => undefined);

interface FacetRow {
  facet: string;
  value: string;
  n: number;
}

async function search(query: URLSearchParams): Promise<unknown> {
  const { params } = parseSearchParams(query);
  const queries = buildNaiveSearchQueries(params);
  // One statement after another, as a straightforward implementation would run them.
  const total = await pool.query<{ total: number }>(queries.total.text, queries.total.values);
  const page = await pool.query(queries.page.text, queries.page.values);
  const facetRows = await pool.query<FacetRow>(queries.facets.text, queries.facets.values);
  const facets: Record<string, Record<string, number>> = {};
  for (const row of facetRows.rows) (facets[row.facet] ??= {})[row.value] = row.n;
  return { total: total.rows[0]?.total ?? 0, page: params.page, hits: page.rows, facets };
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' || url.pathname !== '/search') {
    response.writeHead(404).end();
    return;
  }
  search(url.searchParams).then(
    (body) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    },
    (error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    },
  );
});

server.listen({ port: 0, host: '127.0.0.1' }, () => {
  const address = server.address();
  parentPort?.postMessage({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});

parentPort?.on('message', (message: unknown) => {
  if ((message as { type?: string }).type !== 'close') return;
  server.closeAllConnections();
  server.close();
  void pool.end().finally(() => parentPort?.postMessage({ type: 'closed' }));
});
