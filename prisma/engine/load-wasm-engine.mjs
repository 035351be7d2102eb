// Loads @prisma/schema-engine-wasm without --experimental-wasm-modules: its entry file imports the
// .wasm as an ES module, which Node 20 cannot do, so instantiate it by hand against the JS glue.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

let loading;

/** The wasm-bindgen bindings (`SchemaEngine`, `version()`), instantiated once per process. */
export function loadWasmEngine() {
  loading ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(gluePath);
    // The engine's panic hook reports through this global (the CLI's own wasm loaders define it too).
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: '',
      get() {
        return this.message;
      },
      set_message(message) {
        this.message = `RuntimeError: ${message}`;
      },
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loading;
}

/** The panic message recorded by the last wasm panic, if any. */
export function lastPanicMessage() {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.message || undefined;
}
