// The Postgres driver-adapter factory the wasm schema engine migrates through.
// It wraps @prisma/adapter-pg and fixes what that adapter gets wrong when driven by the schema engine
// rather than by Prisma Client (each fix is marked below).
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';

const TEXT_OID = 25;
const CHAR_OID = 18;
export const CONNECT_TIMEOUT_MS = 10_000;
// Catalog types the engine reads from pg_catalog that adapter-pg does not map (it throws
// UnsupportedNativeDataType). pg already returns their values as strings.
const CATALOG_TEXT_OIDS = new Set([
  24, // regproc
  194, // pg_node_tree
  2205, // regclass
  2206, // regtype
]);

/** A connection string for another database on the same server (same host, port, user, TLS options). */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database a connection string names (Postgres' default: the user's name, else `postgres`). */
export function databaseName(url) {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return name || decodeURIComponent(parsed.username) || 'postgres';
}

function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

function adapterOptions(url) {
  // Prisma's `?schema=` parameter is not a libpq option: pg ignores it, adapter-pg wants it as an option.
  const schema = new URL(url).searchParams.get('schema');
  return schema ? { schema } : undefined;
}

function patchAdapter(adapter, onDatabaseError) {
  if (typeof adapter.performIO !== 'function' || typeof adapter.onError !== 'function' || typeof adapter.underlyingDriver !== 'function') {
    throw new Error('prisma/engine: @prisma/adapter-pg internals changed (performIO/onError/underlyingDriver); update the shim');
  }
  const patchQueryable = (queryable) => {
    const onError = queryable.onError.bind(queryable);
    queryable.onError = (error) => {
      onDatabaseError?.(error);
      onError(error);
    };
    const performIO = queryable.performIO.bind(queryable);
    const queryRaw = queryable.queryRaw;
    queryable.queryRaw = async (query) => {
      // Postgres' internal "char" type (pg_constraint.contype, pg_class.relkind, ...) must reach the engine
      // as a Character column; adapter-pg rejects it. Let adapter-pg see text, then correct the column type.
      const charColumns = [];
      const view = Object.create(queryable, {
        performIO: {
          value: async (q) => {
            const result = await performIO(q);
            result.fields.forEach((field, index) => {
              if (field.dataTypeID === CHAR_OID) {
                charColumns.push(index);
                field.dataTypeID = TEXT_OID;
              } else if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) {
                field.dataTypeID = TEXT_OID;
              }
            });
            return result;
          },
        },
      });
      const resultSet = await queryRaw.call(view, query);
      for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
      return resultSet;
    };
  };
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    patchQueryable(transaction);
    return transaction;
  };
  // adapter-pg splits scripts on ";", which breaks migrations with semicolons inside strings or function
  // bodies. Send the script whole (simple-query protocol), as the native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * Builds the migration-aware adapter factory for `url`, and a `dispose()` that closes every pool it opened
 * (the wasm engine's `free()` does not, and an open pool keeps Node running). `onDatabaseError` sees every
 * error Postgres returns, so a failed migration can be reported with the database's own message.
 */
export function createMigrationAdapterFactory(url, { shadowDatabaseUrl, onDatabaseError } = {}) {
  const open = new Set();
  const track = (adapter) => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed;
    adapter.dispose = () => {
      disposed ??= dispose().finally(() => open.delete(adapter));
      return disposed;
    };
    open.add(adapter);
    return adapter;
  };
  const connectTo = async (connectionString) =>
    track(
      patchAdapter(
        await new PrismaPg({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }, adapterOptions(connectionString)).connect(),
        onDatabaseError,
      ),
    );

  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectTo(url),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) return connectTo(shadowDatabaseUrl);
      const admin = await connectTo(url);
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE ${quoteIdentifier(name)}`);
      let shadow;
      try {
        // adapter-pg spreads `{ ...config, database }`, but pg prefers `connectionString` over `database`,
        // so its shadow replay would run against the main database. Name the shadow database in the URL.
        shadow = await connectTo(withDatabase(url, name));
      } catch (error) {
        await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`).catch(() => {});
        await admin.dispose();
        throw error;
      }
      const disposeShadow = shadow.dispose;
      let dropped;
      shadow.dispose = () => {
        // Close the shadow pool before dropping its database, or the pool leaks; FORCE ends any straggler.
        dropped ??= disposeShadow()
          .then(() => admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`))
          .finally(() => admin.dispose());
        return dropped;
      };
      return shadow;
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async dispose() {
      // Shadow adapters first: their dispose drops the shadow database through an admin connection.
      const adapters = [...open].reverse();
      for (const adapter of adapters) {
        await adapter.dispose().catch(() => {});
      }
    },
  };
}
