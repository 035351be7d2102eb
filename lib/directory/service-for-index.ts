import type { Prisma } from '@/lib/generated/prisma/client';

// What the search index needs from a published service, in one place so the batch loader, the
// single-service loader and the counter agree with each other and with toSearchDocument().

/** Mirrors isPublishable() in lib/search/to-search-document.ts, as a database filter. */
export const publishableServiceWhere = { status: 'active' } satisfies Prisma.ServiceWhereInput;

export const serviceForIndexSelect = {
  id: true,
  name: true,
  alternateName: true,
  summary: true,
  description: true,
  status: true,
  minimumAge: true,
  maximumAge: true,
  assuredDate: true,
  isSample: true,
  organization: { select: { name: true, isSample: true } },
  attributes: {
    select: { term: { select: { code: true, name: true, taxonomy: { select: { code: true } } } } },
    orderBy: { term: { sortOrder: 'asc' } },
  },
  serviceAreas: { select: { scope: true, term: { select: { code: true } } } },
  // A stable order so the "first physical location" (the service's map point) never flips.
  serviceAtLocations: {
    select: { location: { select: { locationType: true, latitude: true, longitude: true } } },
    orderBy: { id: 'asc' },
  },
  costOptions: { select: { amount: true } },
  languages: { select: { code: true, name: true }, orderBy: { code: 'asc' } },
} satisfies Prisma.ServiceSelect;

export type ServiceForIndex = Prisma.ServiceGetPayload<{ select: typeof serviceForIndexSelect }>;

/** A Prisma client or an interactive transaction: both can read for the index. */
export type DirectoryReader = Pick<Prisma.TransactionClient, 'service' | 'taxonomy'>;
