#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary, which the CLI downloads from binaries.prisma.sh
// (unreachable behind many council and NHS networks). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here. Same command line as the binary:
//   schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]
// Without `cli`, it answers JSON-RPC requests on stdin until stdin closes.
import { parseArgs } from 'node:util';
import { runDatabaseCommand } from './database-commands.mjs';
import { serveJsonRpc } from './rpc-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: 'string', multiple: true },
    datasource: { type: 'string' },
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
  },
});

const datasource = typeof values.datasource === 'string' ? JSON.parse(values.datasource) : undefined;
const datamodelPaths = (values.datamodels ?? []).filter((file) => typeof file === 'string');

let exitCode = 0;
if (positionals[0] === 'cli') {
  exitCode = await runDatabaseCommand(positionals[1] ?? '', datasource?.url ?? '');
} else {
  await serveJsonRpc({ datasource, datamodelPaths });
}
// Exit explicitly: the wasm engine leaves a timer behind that would keep Node alive for ~10 s.
process.exitCode = exitCode;
process.stdout.write('', () => process.exit(exitCode));
