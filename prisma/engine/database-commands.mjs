// The schema engine's one-shot commands (`schema-engine --datasource <json> cli <command>`), which the CLI
// runs before `migrate dev`/`migrate reset` to check for, create or drop the database. Plain `pg` is enough.
import pg from 'pg';
import { knownDatabaseError } from './engine-errors.mjs';
import { CONNECT_TIMEOUT_MS, databaseName, withDatabase } from './pg-migration-adapter.mjs';

function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server-side disconnect would otherwise surface as an unhandled 'error' event.
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// CREATE/DROP DATABASE must run while connected to another database of the same server.
async function withMaintenanceClient(url, fn) {
  try {
    return await withClient(withDatabase(url, 'postgres'), fn);
  } catch (error) {
    if (error?.code !== '3D000') throw error;
    return withClient(withDatabase(url, 'template1'), fn);
  }
}

export const databaseCommands = {
  'can-connect-to-database': (url) => withClient(url, (client) => client.query('SELECT 1')),
  'create-database': (url) =>
    withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(databaseName(url))}`)),
  'drop-database': (url) =>
    withMaintenanceClient(url, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(databaseName(url))} WITH (FORCE)`),
    ),
};

/** Creates the database `url` names; resolves to its name. Used by the `createDatabase` RPC too. */
export async function createDatabase(url) {
  await databaseCommands['create-database'](url);
  return databaseName(url);
}

function logLine(level, fields) {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' })}\n`;
}

/**
 * Runs one command and returns the process exit code. Failures go to stderr as the native engine's JSON
 * log lines: the CLI skips the first stderr line and reads `error_code` from the ERROR line.
 */
export async function runDatabaseCommand(command, url, stderr = process.stderr) {
  const run = databaseCommands[command];
  stderr.write(logLine('INFO', { message: `Starting schema engine CLI command ${command}` }));
  if (!run) {
    stderr.write(logLine('ERROR', { message: `Unknown command: ${command}` }));
    return 1;
  }
  if (!url) {
    stderr.write(logLine('ERROR', { message: 'The datasource has no url: set DATABASE_URL (see prisma.config.ts).' }));
    return 1;
  }
  try {
    await run(url);
    return 0;
  } catch (error) {
    const known = knownDatabaseError(error, { url, database: databaseName(url) });
    const fields = known
      ? { error_code: known.code, message: known.message }
      : { message: error instanceof Error ? error.message : String(error) };
    stderr.write(logLine('ERROR', fields));
    return 1;
  }
}
