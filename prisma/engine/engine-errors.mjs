// Turns driver and wasm-engine failures into the user-facing errors (P-codes) the Prisma CLI expects
// from its native schema engine, so `prisma migrate` prints the same messages it would print there.

function serverAddress(url) {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `${host}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured address';
  }
}

function userName(url) {
  try {
    return decodeURIComponent(new URL(url).username) || 'postgres';
  } catch {
    return 'postgres';
  }
}

/** A known user-facing error: `{ code, message }` (code like P1001), or undefined. */
export function knownDatabaseError(error, { url, database }) {
  const address = serverAddress(url);
  const pgCode = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : String(error);
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(pgCode ?? '') ||
    /^Connection terminated due to connection timeout|^Can't reach database server/.test(message)) {
    return {
      code: 'P1001',
      message: `Can't reach database server at \`${address}\`\n\nPlease make sure your database server is running at \`${address}\`.`,
    };
  }
  if (pgCode === '28P01' || pgCode === '28000' || /^Authentication failed against database server/.test(message)) {
    return {
      code: 'P1000',
      message: `Authentication failed against database server, the provided database credentials for \`${userName(url)}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${address}\`.`,
    };
  }
  const missing = /^Database `(.+)` does not exist/.exec(message);
  if (pgCode === '3D000' || missing) {
    return {
      code: 'P1003',
      message: `Database \`${missing?.[1] ?? database}\` does not exist on the database server at \`${address}\`.`,
    };
  }
  if (pgCode === '42P04') {
    return { code: 'P1009', message: `Database \`${database}\` already exists on the database server at \`${address}\`` };
  }
  if (pgCode === '42501') {
    return { code: 'P1010', message: `User \`${userName(url)}\` was denied access on the database \`${database}\`` };
  }
  return undefined;
}

/**
 * The JSON-RPC `error.data` the CLI understands (`is_panic`, `message`, `error_code`) for a failure
 * of a wasm engine call. `lastDatabaseError` is the last error Postgres returned, if any.
 */
export function rpcErrorData(error, { url, database, lastDatabaseError, panicMessage }) {
  if (error instanceof WebAssembly.RuntimeError) {
    return { is_panic: true, message: panicMessage ?? error.message, error_code: null, meta: null };
  }
  const known = knownDatabaseError(error, { url, database });
  if (known) return { is_panic: false, message: known.message, error_code: known.code, meta: null };

  const message = typeof error?.message === 'string' ? error.message : String(error);
  // The wasm engine appends a span trace ("   0: sql_schema_connector::..."); keep it out of the message.
  const [summary] = message.split(/\n\s+0: /);
  const migrationName = /Applying migration[\s\S]*?migration_name="([^"]+)"/.exec(message)?.[1] ??
    /with migration_name="([^"]+)"/.exec(message)?.[1];
  if (migrationName && /apply_script|Applying migration/.test(message)) {
    const dbError = lastDatabaseError
      ? `Database error code: ${lastDatabaseError.code}\n\nDatabase error:\nERROR: ${lastDatabaseError.message}`
      : `Database error:\n${summary.replace(/^external connector error\n/, '')}`;
    return {
      is_panic: false,
      error_code: 'P3018',
      meta: { migration_name: migrationName },
      message:
        'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
        'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n' +
        `Migration name: ${migrationName}\n\n${dbError}`,
    };
  }
  const code = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : null;
  return { is_panic: false, message: summary, error_code: code, meta: error?.meta ?? null };
}
