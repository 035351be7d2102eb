import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { parseEnv } from '@/lib/env';
import type { DirectoryRows } from './sample/directory-rows';
import { DEFAULT_SAMPLE_SEED, iterateSampleDirectory } from './sample/generate-sample-directory';
import { buildRealDirectoryRows } from './sample/real-directory';
import { buildTaxonomyRows } from './sample/taxonomy-rows';

// Seeds an empty database with the taxonomies, the real public Birmingham services and a
// deterministic set of fictional sample services. Everything happens in one transaction, so a
// failed seed leaves the database empty and the next start simply tries again.
//
//   tsx --conditions=react-server prisma/seed.ts [--services N] [--seed N] [--sample]
//
// With NODE_ENV=production only taxonomies and real services are written unless --sample is given:
// a live Local Offer must not fill up with fictional listings by accident.

export const DEFAULT_SAMPLE_SERVICES = 320;

/** Services generated (and inserted) per batch: bounds memory and statement size at 100,000. */
const CHUNK_SERVICES = 2_000;

export interface SeedOptions {
  /** Fictional sample services to generate (0 for none). */
  services?: number;
  seed?: number;
}

export interface SeedResult {
  taxonomyTerms: number;
  realServices: number;
  sampleServices: number;
  rows: number;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** True when there are no taxonomies, organisations or services yet. */
export async function isDatabaseEmpty(prisma: Db): Promise<boolean> {
  // One after another: inside a transaction all three would share one connection.
  if (await prisma.taxonomy.findFirst({ select: { id: true } })) return false;
  if (await prisma.organization.findFirst({ select: { id: true } })) return false;
  return (await prisma.service.findFirst({ select: { id: true } })) === null;
}

/**
 * Seeds an empty database (check with isDatabaseEmpty first; on a non-empty database it throws
 * and writes nothing). Deterministic: the same options always give the same rows and ids.
 * Does not touch the search index: the launcher reindexes after seeding.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const services = Math.max(0, Math.floor(options.services ?? DEFAULT_SAMPLE_SERVICES));
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;

  return prisma.$transaction(
    async (tx) => {
      if (!(await isDatabaseEmpty(tx))) {
        throw new Error('seedDatabase: the database already has directory data; seed only an empty database.');
      }
      const taxonomyRows = buildTaxonomyRows();
      await tx.taxonomy.createMany({ data: taxonomyRows.taxonomies });
      // Parents come first in the list and createMany inserts in order, so parent_id always resolves.
      await tx.taxonomyTerm.createMany({ data: taxonomyRows.terms });
      let rows = taxonomyRows.taxonomies.length + taxonomyRows.terms.length;

      const real = buildRealDirectoryRows();
      rows += await insertDirectoryRows(tx, real);

      let sampleServices = 0;
      for (const chunk of iterateSampleDirectory({ services, seed, chunkSize: CHUNK_SERVICES })) {
        rows += await insertDirectoryRows(tx, chunk);
        sampleServices += chunk.services.length;
      }
      return { taxonomyTerms: taxonomyRows.terms.length, realServices: real.services.length, sampleServices, rows };
    },
    // Generous: 100,000 services take minutes on a small machine, and a timeout would roll it all back.
    { maxWait: 10_000, timeout: Math.max(120_000, services * 20) },
  );
}

// Bulk inserts go through `INSERT ... SELECT FROM unnest($1::uuid[], ...)`: one statement per
// table per batch, the rows travelling as one array per column. With createMany, Prisma's query
// compiler handled every row and seeding 10,000 services took about 50 s on a 2-core machine;
// this way the database does nearly all the work and it takes well under half that.

type SqlType = 'uuid' | 'text' | 'int4' | 'float8' | 'numeric' | 'bool' | 'date' | '"ServiceStatus"' | '"LocationType"' | '"ServiceAreaScope"';
type SqlValue = string | number | boolean | null;

interface Column<Row> {
  name: string;
  type: SqlType;
  value: (row: Row) => SqlValue;
}

interface TableSpec<Row> {
  table: string;
  columns: readonly Column<Row>[];
  /** Timestamp columns set to now(): Prisma fills @updatedAt itself, so the database has no default. */
  stamped?: readonly string[];
}

const col = <Row>(name: string, type: SqlType, value: (row: Row) => SqlValue): Column<Row> => ({ name, type, value });
const isoDate = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

type Tables = { [K in keyof DirectoryRows]: TableSpec<DirectoryRows[K][number]> };

/** Column mappings for every table the seed writes; the mapped type makes a missing table a compile error. */
const TABLES: Tables = {
  organizations: {
    table: 'organization',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('name', 'text', (r) => r.name),
      col('description', 'text', (r) => r.description),
      col('email', 'text', (r) => r.email),
      col('website', 'text', (r) => r.website),
      col('is_sample', 'bool', (r) => r.isSample),
    ],
    stamped: ['updated_at'],
  },
  locations: {
    table: 'location',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('location_type', '"LocationType"', (r) => r.locationType),
      col('name', 'text', (r) => r.name),
      col('description', 'text', (r) => r.description),
      col('latitude', 'float8', (r) => r.latitude),
      col('longitude', 'float8', (r) => r.longitude),
    ],
  },
  addresses: {
    table: 'address',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('location_id', 'uuid', (r) => r.locationId),
      col('address_1', 'text', (r) => r.address1),
      col('address_2', 'text', (r) => r.address2),
      col('city', 'text', (r) => r.city),
      col('state_province', 'text', (r) => r.stateProvince),
      col('postal_code', 'text', (r) => r.postalCode),
      col('country', 'text', (r) => r.country),
      col('address_type', 'text', (r) => r.addressType),
    ],
  },
  accessibility: {
    table: 'accessibility',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('location_id', 'uuid', (r) => r.locationId),
      col('description', 'text', (r) => r.description),
      col('details', 'text', (r) => r.details),
    ],
  },
  services: {
    table: 'service',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('organization_id', 'uuid', (r) => r.organizationId),
      col('name', 'text', (r) => r.name),
      col('alternate_name', 'text', (r) => r.alternateName),
      col('summary', 'text', (r) => r.summary),
      col('description', 'text', (r) => r.description),
      col('url', 'text', (r) => r.url),
      col('email', 'text', (r) => r.email),
      col('status', '"ServiceStatus"', (r) => r.status),
      col('fees_description', 'text', (r) => r.feesDescription),
      col('eligibility_description', 'text', (r) => r.eligibilityDescription),
      col('minimum_age', 'int4', (r) => r.minimumAge),
      col('maximum_age', 'int4', (r) => r.maximumAge),
      col('assured_date', 'date', (r) => isoDate(r.assuredDate)),
      col('assurer_email', 'text', (r) => r.assurerEmail),
      col('alert', 'text', (r) => r.alert),
      col('is_sample', 'bool', (r) => r.isSample),
    ],
    stamped: ['last_modified'],
  },
  serviceAtLocations: {
    table: 'service_at_location',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('location_id', 'uuid', (r) => r.locationId),
      col('description', 'text', (r) => r.description),
    ],
  },
  serviceAreas: {
    table: 'service_area',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('name', 'text', (r) => r.name),
      col('scope', '"ServiceAreaScope"', (r) => r.scope),
      col('taxonomy_term_id', 'uuid', (r) => r.termId),
    ],
  },
  attributes: {
    table: 'attribute',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('link_id', 'uuid', (r) => r.serviceId),
      col('taxonomy_term_id', 'uuid', (r) => r.taxonomyTermId),
    ],
  },
  contacts: {
    table: 'contact',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('organization_id', 'uuid', (r) => r.organizationId),
      col('name', 'text', (r) => r.name),
      col('title', 'text', (r) => r.title),
      col('email', 'text', (r) => r.email),
    ],
  },
  phones: {
    table: 'phone',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('organization_id', 'uuid', (r) => r.organizationId),
      col('number', 'text', (r) => r.number),
      col('type', 'text', (r) => r.type),
      col('description', 'text', (r) => r.description),
    ],
  },
  schedules: {
    table: 'schedule',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('freq', 'text', (r) => r.freq),
      col('byday', 'text', (r) => r.byday),
      col('opens_at', 'text', (r) => r.opensAt),
      col('closes_at', 'text', (r) => r.closesAt),
      col('description', 'text', (r) => r.description),
      col('attending_type', 'text', (r) => r.attendingType),
      col('notes', 'text', (r) => r.notes),
    ],
  },
  costOptions: {
    table: 'cost_option',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('option', 'text', (r) => r.option),
      col('amount', 'numeric', (r) => r.amount),
      col('currency', 'text', (r) => r.currency),
      col('amount_description', 'text', (r) => r.amountDescription),
    ],
  },
  languages: {
    table: 'language',
    columns: [
      col('id', 'uuid', (r) => r.id),
      col('service_id', 'uuid', (r) => r.serviceId),
      col('name', 'text', (r) => r.name),
      col('code', 'text', (r) => r.code),
    ],
  },
};

/** Parents before children, so every foreign key resolves as rows arrive. */
const INSERT_ORDER: readonly (keyof DirectoryRows)[] = [
  'organizations',
  'locations',
  'addresses',
  'accessibility',
  'services',
  'serviceAtLocations',
  'serviceAreas',
  'attributes',
  'contacts',
  'phones',
  'schedules',
  'costOptions',
  'languages',
];

async function bulkInsert<Row>(tx: Prisma.TransactionClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const quote = (name: string) => `"${name}"`;
  const names = [...spec.columns.map((c) => c.name), ...(spec.stamped ?? [])].map(quote).join(', ');
  const arrays = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const stamps = (spec.stamped ?? []).map(() => ', now()').join('');
  const sql = `INSERT INTO ${quote(spec.table)} (${names}) SELECT u.*${stamps} FROM unnest(${arrays}) AS u`;
  return tx.$executeRawUnsafe(sql, ...spec.columns.map((c) => rows.map(c.value)));
}

/** Inserts a batch table by table. Returns the number of rows written. */
async function insertDirectoryRows(tx: Prisma.TransactionClient, rows: DirectoryRows): Promise<number> {
  let written = 0;
  for (const key of INSERT_ORDER) {
    written += await bulkInsert(tx, TABLES[key] as TableSpec<unknown>, rows[key]);
  }
  return written;
}

const cliSchema = z.object({
  services: z.coerce.number().int().min(0).max(1_000_000).optional(),
  seed: z.coerce.number().int().min(0).max(0xffffffff).optional(),
  sample: z.boolean().default(false),
});

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      seed: { type: 'string' },
      sample: { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = cliSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(`Invalid arguments: ${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const env = parseEnv(process.env, { requireServices: false });
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set: point it at the database to seed.');

  const production = env.NODE_ENV === 'production';
  const withSample = !production || parsed.data.sample;
  const services = withSample ? (parsed.data.services ?? DEFAULT_SAMPLE_SERVICES) : 0;
  if (!withSample) {
    console.log('NODE_ENV=production: seeding taxonomies and real services only (add --sample for fictional sample listings).');
  }

  // Loaded here, not at the top, so importing seedDatabase does not pull in the app's client module.
  const { createPrismaClient } = await import('@/lib/db');
  const prisma = createPrismaClient(env.DATABASE_URL);
  try {
    if (!(await isDatabaseEmpty(prisma))) {
      console.log('The database already has directory data; nothing seeded.');
      return;
    }
    const started = performance.now();
    const result = await seedDatabase(prisma, { services, seed: parsed.data.seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${result.taxonomyTerms} taxonomy terms, ${result.realServices} real and ${result.sampleServices} sample services (${result.rows} rows) in ${seconds}s.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
