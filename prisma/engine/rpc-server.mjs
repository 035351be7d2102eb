// JSON-RPC 2.0 over stdio, one message per line: the protocol the Prisma CLI speaks to its schema engine.
// Requests are answered by the wasm engine, connected to Postgres through @prisma/adapter-pg.
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { createDatabase } from './database-commands.mjs';
import { rpcErrorData } from './engine-errors.mjs';
import { lastPanicMessage, loadWasmEngine } from './load-wasm-engine.mjs';
import { createMigrationAdapterFactory, databaseName } from './pg-migration-adapter.mjs';

// CLI method name -> wasm method name, where they differ.
const RENAMED = { getDatabaseVersion: 'version' };
const WASM_METHODS = new Set([
  'applyMigrations', 'createMigration', 'dbExecute', 'debugPanic', 'devDiagnostic', 'diagnoseMigrationHistory',
  'diff', 'ensureConnectionValidity', 'evaluateDataLoss', 'introspect', 'introspectSql', 'markMigrationApplied',
  'markMigrationRolledBack', 'reset', 'schemaPush', 'version',
]);

/**
 * Serves requests from `input` until it closes, then frees the engine and closes every database pool.
 * `datasource` is the CLI's `--datasource` JSON ({ url, shadowDatabaseUrl }), `datamodelPaths` its
 * `--datamodels` files.
 */
export async function serveJsonRpc({ datasource, datamodelPaths, input = process.stdin, output = process.stdout, log = process.stderr }) {
  const url = datasource?.url ?? '';
  let session;
  let lastDatabaseError;
  const inFlight = new Map();
  let nextOutgoingId = 1;
  const outgoing = new Map();

  const send = (message) => output.write(`${JSON.stringify(message)}\n`);

  async function openSession() {
    if (!url) throw new Error('The datasource has no url: set DATABASE_URL (see prisma.config.ts).');
    const glue = await loadWasmEngine();
    const datamodels = await Promise.all(datamodelPaths.map(async (file) => [file, await readFile(file, 'utf8')]));
    const adapters = createMigrationAdapterFactory(url, {
      shadowDatabaseUrl: datasource?.shadowDatabaseUrl || undefined,
      onDatabaseError: (error) => {
        lastDatabaseError = error;
      },
    });
    const engine = await glue.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      // The engine logs the native engine's JSON lines; the CLI reads them from stderr.
      (line) => log.write(line.endsWith('\n') ? line : `${line}\n`),
      adapters.factory,
    );
    return { engine, adapters };
  }

  async function closeSession() {
    const current = session;
    session = undefined;
    if (!current) return;
    const opened = await current.catch(() => undefined);
    if (!opened) return;
    try {
      opened.engine.free();
    } finally {
      await opened.adapters.dispose();
    }
  }

  // The CLI prints what the engine asks it to (`diff` output) and answers the request.
  function printThroughCli(content) {
    const id = `engine-${nextOutgoingId++}`;
    return new Promise((resolve) => {
      outgoing.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });
  }

  async function call(method, params) {
    if (method === 'createDatabase') {
      const target = params?.datasource?.tag === 'ConnectionString' && params.datasource.url ? params.datasource.url : url;
      return { databaseName: await createDatabase(target) };
    }
    const wasmMethod = RENAMED[method] ?? method;
    if (!WASM_METHODS.has(wasmMethod)) {
      const error = new Error(`The wasm schema engine does not support \`${method}\`.`);
      error.rpcCode = -32601;
      throw error;
    }
    // A failed start (say, an unreadable schema file) is retried on the next request.
    session ??= openSession().catch((error) => {
      session = undefined;
      throw error;
    });
    const { engine } = await session;
    if (wasmMethod === 'debugPanic') return engine.debugPanic();
    if (wasmMethod === 'version') return engine.version();
    // Call through the engine object: a detached method loses its wasm pointer.
    const result = await engine[wasmMethod](params);
    if (wasmMethod === 'diff' && typeof result?.stdout === 'string' && result.stdout.length > 0) {
      await printThroughCli(result.stdout.replace(/\n$/, ''));
      return { ...result, stdout: null };
    }
    return result;
  }

  function fail(id, error) {
    const data = rpcErrorData(error, {
      url,
      database: url ? databaseName(url) : '',
      lastDatabaseError,
      panicMessage: lastPanicMessage(),
    });
    send({
      jsonrpc: '2.0',
      id,
      error: { code: error?.rpcCode ?? 4466, message: 'An error happened. Check the data field for details.', data },
    });
  }

  async function handle(request, isAnswered) {
    lastDatabaseError = undefined;
    try {
      const result = await call(request.method, request.params);
      if (!isAnswered()) send({ jsonrpc: '2.0', id: request.id, result: result ?? null });
    } catch (error) {
      if (!isAnswered()) fail(request.id, error);
    }
  }

  // Some wasm failures (e.g. a refused connection) are thrown from inside the engine's task queue instead of
  // rejecting the call, which would leave the CLI waiting forever: answer the calls in flight and start over.
  process.on('uncaughtException', (error) => {
    if (inFlight.size === 0) {
      log.write(`${JSON.stringify({ level: 'ERROR', fields: { message: String(error?.stack ?? error) }, target: 'schema_engine_wasm_shim' })}\n`);
      process.exit(1);
    }
    for (const [id, done] of inFlight) {
      fail(id, error);
      done();
    }
    inFlight.clear();
    closeSession().catch(() => {});
  });

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  // The CLI sends one request at a time; a queue keeps that order while stdin stays readable for the
  // CLI's answers to `print`.
  let queue = Promise.resolve();
  for await (const line of lines) {
    if (!line.trim()) continue;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      continue;
    }
    if (message.method === undefined) {
      outgoing.get(message.id)?.(message);
      outgoing.delete(message.id);
      continue;
    }
    queue = queue.then(
      () =>
        new Promise((resolve) => {
          inFlight.set(message.id, resolve);
          const isAnswered = () => inFlight.get(message.id) !== resolve;
          handle(message, isAnswered).finally(() => {
            if (!isAnswered()) {
              inFlight.delete(message.id);
              resolve();
            }
          });
        }),
    );
  }
  await queue;
  await closeSession();
}
