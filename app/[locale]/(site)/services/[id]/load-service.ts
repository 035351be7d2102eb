import 'server-only';
import { cache } from 'react';
import { connection } from 'next/server';
import { getService, serviceIdSchema } from '@/lib/directory/get-service';

/**
 * The published service for the service page and its report pages. Cached per request, so
 * generateMetadata and the page share one query.
 */
export const loadService = cache(async (id: string) => {
  // A malformed id cannot exist: 404 without touching the database.
  if (!serviceIdSchema.safeParse(id).success) return null;
  // Listings change at any time: always read the published row for this request.
  await connection();
  return getService(id);
});
