// "Report a problem with this listing" end to end below the page: the form's schema, the command
// that saves a report and what lands in listing_report. The shortlist's read (services by ids) is
// checked here too, as both are the directory's public commands and queries added with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListingReport } from '@/lib/directory/create-listing-report';
import { listServicesByIds } from '@/lib/directory/list-services-by-ids';
import { createPrismaClient } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { validateReportListing } from '@/lib/validation/report-listing';

let prisma: PrismaClient;
let activeIds: string[];
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  prisma = createPrismaClient(serverEnv().DATABASE_URL);
  const rows = await prisma.service.findMany({ where: { status: 'active' }, select: { id: true }, orderBy: { id: 'asc' }, take: 3 });
  activeIds = rows.map((r) => r.id);
  expect(activeIds).toHaveLength(3);
});

/** A fictional service of its own, so no shared sample listing is changed. */
async function createTemporaryService(status: 'active' | 'defunct'): Promise<{ organizationId: string; serviceId: string }> {
  const org = await prisma.organization.create({ data: { name: 'Temporary Example Org', description: 'For a test', isSample: true } });
  const service = await prisma.service.create({
    data: { organizationId: org.id, name: 'Temporary service', summary: 'For a test', description: 'For a test', status, isSample: true },
  });
  return { organizationId: org.id, serviceId: service.id };
}

afterAll(async () => {
  await prisma?.$disconnect();
});

describe('createListingReport', () => {
  it('saves a validated report as new, with blank optional answers stored as null', async () => {
    const serviceId = activeIds[0] ?? '';
    const checked = validateReportListing({ serviceId, reason: 'closed', details: '  ', contactEmail: '' });
    if (!checked.ok) throw new Error('the form should be valid');

    const saved = await createListingReport(checked.data, prisma);
    expect(saved).toMatchObject({ serviceId });
    const row = await prisma.listingReport.findUniqueOrThrow({ where: { id: saved?.id ?? '' } });
    expect(row).toMatchObject({ serviceId, reason: 'closed', details: null, contactEmail: null, status: 'new' });
    expect(Date.now() - row.createdAt.getTime()).toBeLessThan(60_000);
  });

  it('keeps the details and the email for a reply, trimmed', async () => {
    const serviceId = activeIds[1] ?? '';
    const checked = validateReportListing({
      serviceId: serviceId.toUpperCase(),
      reason: 'other',
      details: 'The group now meets on Tuesdays.\r\nThe room has changed too. ',
      contactEmail: ' parent@example.com',
    });
    if (!checked.ok) throw new Error('the form should be valid');
    const saved = await createListingReport(checked.data, prisma);
    const row = await prisma.listingReport.findUniqueOrThrow({ where: { id: saved?.id ?? '' } });
    expect(row).toMatchObject({
      serviceId,
      reason: 'other',
      details: 'The group now meets on Tuesdays.\nThe room has changed too.',
      contactEmail: 'parent@example.com',
    });
  });

  it('saves nothing for a service that does not exist or is gone for good', async () => {
    const before = await prisma.listingReport.count();
    expect(await createListingReport({ serviceId: UNKNOWN, reason: 'closed', details: '', contactEmail: '' }, prisma)).toBeNull();
    const gone = await createTemporaryService('defunct');
    try {
      expect(await createListingReport({ serviceId: gone.serviceId, reason: 'out_of_date', details: '', contactEmail: '' }, prisma)).toBeNull();
      expect(await listServicesByIds([gone.serviceId], prisma)).toEqual([]);
    } finally {
      await prisma.organization.delete({ where: { id: gone.organizationId } });
    }
    expect(await prisma.listingReport.count()).toBe(before);
  });

  it('goes when its service is deleted', async () => {
    const temporary = await createTemporaryService('active');
    const saved = await createListingReport({ serviceId: temporary.serviceId, reason: 'closed', details: '', contactEmail: '' }, prisma);
    expect(saved).not.toBeNull();
    await prisma.organization.delete({ where: { id: temporary.organizationId } });
    expect(await prisma.listingReport.count({ where: { id: saved?.id ?? '' } })).toBe(0);
  });
});

describe('listServicesByIds', () => {
  it('returns published services in the order asked, dropping unknown and malformed ids', async () => {
    const [a, b] = activeIds;
    const list = await listServicesByIds([b ?? '', UNKNOWN, a ?? ''], prisma);
    expect(list.map((s) => s.id)).toEqual([b, a]);
    expect(list[0]).toEqual({
      id: b,
      name: expect.any(String),
      organisation: expect.any(String),
      summary: expect.any(String),
      status: 'active',
      isSample: expect.any(Boolean),
      phone: expect.toSatisfy((v: unknown) => v === null || typeof v === 'string'),
      lastReviewed: expect.toSatisfy((v: unknown) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(String(v))),
    });
    expect(await listServicesByIds(['not-an-id'], prisma)).toEqual([]);
    expect(await listServicesByIds([], prisma)).toEqual([]);
  });
});
