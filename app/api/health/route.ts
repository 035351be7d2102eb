import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/db';
import { checkSearch } from '@/lib/search';

// Always run per request: a cached "ok" would hide an outage from the monitor asking.
export const dynamic = 'force-dynamic';

async function safely(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch {
    return false;
  }
}

export async function GET() {
  const [db, search] = await Promise.all([safely(() => checkDatabase()), safely(() => checkSearch())]);
  return NextResponse.json(
    { db: db ? 'ok' : 'down', search: search ? 'ok' : 'down' },
    { status: db && search ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
