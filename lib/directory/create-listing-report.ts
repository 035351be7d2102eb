import 'server-only';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ReportListing } from '@/lib/validation/report-listing';

export interface CreatedListingReport {
  id: string;
  serviceId: string;
  createdAt: string;
}

/**
 * Saves a problem reported with a published listing for the Local Offer team to check. Takes the
 * output of reportListingSchema (already validated). Returns null when the service does not exist
 * or is gone for good, so a report can never point at nothing.
 */
export async function createListingReport(
  report: ReportListing,
  client: Pick<PrismaClient, 'service' | 'listingReport'> = db(),
): Promise<CreatedListingReport | null> {
  const service = await client.service.findUnique({ where: { id: report.serviceId }, select: { id: true, status: true } });
  if (!service || service.status === 'defunct') return null;

  const row = await client.listingReport.create({
    data: {
      serviceId: service.id,
      reason: report.reason,
      details: report.details === '' ? null : report.details,
      contactEmail: report.contactEmail === '' ? null : report.contactEmail,
    },
    select: { id: true, serviceId: true, createdAt: true },
  });
  return { id: row.id, serviceId: row.serviceId, createdAt: row.createdAt.toISOString() };
}
