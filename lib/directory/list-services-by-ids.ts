import 'server-only';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { shortlistIdsSchema } from '@/lib/validation/shortlist';

/** What a shortlist shows of a service: enough to recognise it, print it and call it. */
export interface ShortlistServiceView {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  /** `active`, or a published listing that is paused (`inactive`, `temporarily_closed`). */
  status: 'active' | 'inactive' | 'temporarily_closed';
  isSample: boolean;
  /** The service's own first phone number, for a printed list. */
  phone: string | null;
  /** ISO date (YYYY-MM-DD) the listing was last checked as accurate. */
  lastReviewed: string | null;
}

/**
 * Published services for a list of ids (a shortlist), in the order given. Ids that are malformed,
 * unknown or of services gone for good (defunct) are dropped, so an old shortlist never breaks. A
 * paused service stays, with its status, as its own page does: a family should see that it closed
 * rather than have it vanish from their list.
 */
export async function listServicesByIds(
  ids: readonly string[],
  client: Pick<PrismaClient, 'service'> = db(),
): Promise<ShortlistServiceView[]> {
  const parsed = shortlistIdsSchema.safeParse(ids);
  const wanted = parsed.success ? parsed.data : [];
  if (wanted.length === 0) return [];

  const rows = await client.service.findMany({
    where: { id: { in: wanted }, status: { not: 'defunct' } },
    select: {
      id: true,
      name: true,
      summary: true,
      status: true,
      isSample: true,
      assuredDate: true,
      organization: { select: { name: true } },
      phones: { where: { contactId: null }, select: { number: true }, orderBy: { number: 'asc' }, take: 1 },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return wanted.flatMap((id) => {
    const row = byId.get(id);
    if (!row || row.status === 'defunct') return [];
    return [
      {
        id: row.id,
        name: row.name,
        organisation: row.organization.name,
        summary: row.summary,
        status: row.status,
        isSample: row.isSample,
        phone: row.phones[0]?.number ?? null,
        lastReviewed: row.assuredDate ? row.assuredDate.toISOString().slice(0, 10) : null,
      },
    ];
  });
}
