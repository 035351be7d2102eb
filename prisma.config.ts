import { accessSync, chmodSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma's CLI would download a native schema engine from binaries.prisma.sh, which restrictive networks
// (council IT among them) block. prisma/engine/schema-engine.mjs runs Prisma's own WebAssembly build of
// that engine instead. An operator can still point PRISMA_SCHEMA_ENGINE_BINARY at a native binary.
const wasmSchemaEngine = fileURLToPath(new URL('./prisma/engine/schema-engine.mjs', import.meta.url));

// The CLI spawns the engine directly (no shell), which Windows cannot do with a script: there it keeps
// Prisma's default, the downloaded native engine.
if (process.platform !== 'win32' && process.env.PRISMA_SCHEMA_ENGINE_BINARY === undefined) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = wasmSchemaEngine;
  // Git records the file as executable, but a copy or an archive can drop the bit.
  try {
    accessSync(wasmSchemaEngine, constants.X_OK);
  } catch {
    try {
      chmodSync(wasmSchemaEngine, 0o755);
    } catch {
      // Read-only checkout: `prisma generate` still works; migrate commands will report EACCES.
    }
  }
}
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    // Unset during `npm install` (postinstall runs `prisma generate`, which needs no database).
    url: process.env.DATABASE_URL ?? '',
  },
});
