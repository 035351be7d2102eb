// Seeding and indexing for the launcher, in a process of their own: they load the Prisma client and
// the search layer, which would otherwise stay in the launcher's memory (~250 MB) for as long as the
// dev server runs. Started by runDataTasks() in bootstrap.ts with the service variables in its env.
//
//   node --conditions=react-server --import tsx scripts/stack/data-tasks.ts <seed|index>... [--sample-services=N]
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureIndex, seedIfEmpty } from './bootstrap';
import { createStepLogger } from './log';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1),
  MEILI_HOST: z.string().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
});
const argsSchema = z.object({
  tasks: z.array(z.enum(['seed', 'index'])).min(1),
  sampleServices: z.coerce.number().int().min(0).optional(),
});

async function main(): Promise<void> {
  const env = envSchema.parse(process.env);
  const { values, positionals } = parseArgs({
    options: { 'sample-services': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const args = argsSchema.parse({ tasks: positionals, sampleServices: values['sample-services'] });
  const log = createStepLogger();
  for (const task of args.tasks) {
    if (task === 'seed') {
      await seedIfEmpty(env.DATABASE_URL, log, { sampleServices: args.sampleServices });
    } else {
      if (!env.MEILI_HOST || !env.MEILI_MASTER_KEY) throw new Error('MEILI_HOST and MEILI_MASTER_KEY are required to index');
      const serviceEnv = { DATABASE_URL: env.DATABASE_URL, MEILI_HOST: env.MEILI_HOST, MEILI_MASTER_KEY: env.MEILI_MASTER_KEY };
      await ensureIndex(serviceEnv, log);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
