import { parseArgs } from 'node:util';
import { z } from 'zod';

export const DEFAULT_SERVICES = 10_000;

const optionsSchema = z.object({
  services: z.coerce.number().int().min(0).max(100_000),
  duration: z.coerce.number().int().min(1).max(300),
  warmup: z.coerce.number().int().min(0).max(60),
  connections: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(Number),
    )
    .pipe(z.array(z.number().int().min(1).max(500)).min(1).max(5)),
  keep: z.boolean(),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

export const USAGE = `Usage: npm run bench:search -- [--services N] [--duration S] [--warmup S] [--connections 10,50] [--keep]

  --services N       fictional sample services to seed (default LOCAL_OFFER_SEED_SERVICES or ${DEFAULT_SERVICES})
  --duration S       seconds of measured load per target and connection count (default 10)
  --warmup S         seconds of unmeasured load before each measured run (default 2)
  --connections L    comma-separated concurrent connections (default 10,50)
  --keep             keep the data directory (.data/bench-<pid>) afterwards`;

export class BenchUsageError extends Error {
  override name = 'BenchUsageError';

  /** True for --help: the usage was asked for, not earned by a mistake. */
  constructor(
    message: string,
    readonly help = false,
  ) {
    super(message);
  }
}

/** Command-line flags over LOCAL_OFFER_SEED_SERVICES over the defaults. */
export function parseBenchOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        services: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) throw new BenchUsageError(USAGE, true);
  const parsed = optionsSchema.safeParse({
    services: values.services ?? (env.LOCAL_OFFER_SEED_SERVICES || DEFAULT_SERVICES),
    duration: values.duration ?? 10,
    warmup: values.warmup ?? 2,
    connections: values.connections ?? '10,50',
    keep: values.keep === true,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  --${issue.path.map(String).join('.')}: ${issue.message}`).join('\n');
    throw new BenchUsageError(`Invalid option:\n${issues}\n\n${USAGE}`);
  }
  return { ...parsed.data, connections: [...new Set(parsed.data.connections)].sort((a, b) => a - b) };
}
