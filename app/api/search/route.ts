import { NextResponse, type NextRequest } from 'next/server';
import { searchServices, SearchUnavailableError } from '@/lib/search';
import { parseSearchParams } from '@/lib/validation/search';

// GET /api/search: the directory search for outside callers (same parameters as the services
// page, so any results URL's query string works here). Public, read-only data: open to any origin.

const HEADERS = { 'Access-Control-Allow-Origin': '*' };

export async function GET(request: NextRequest) {
  const { params, ignored } = parseSearchParams(request.nextUrl.searchParams);
  try {
    const result = await searchServices(params, { recordZeroResults: true });
    return NextResponse.json(
      {
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        totalPages: result.totalPages,
        hits: result.hits,
        facets: result.facets,
        engine: result.engine,
        ignored,
        ...(result.notices ? { notices: result.notices } : {}),
        ...(result.relaxations ? { relaxations: result.relaxations } : {}),
      },
      // Listings change through the day; a short shared cache absorbs bursts of the same query.
      // A fallback answer is cached briefly so clients get the full engine back soon after it recovers.
      {
        headers: {
          ...HEADERS,
          'Cache-Control':
            result.engine === 'postgres' ? 'public, max-age=5' : 'public, max-age=30, stale-while-revalidate=60',
        },
      },
    );
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      return NextResponse.json(
        { error: 'search-unavailable', message: 'Search is unavailable at the moment. Try again shortly.' },
        { status: 503, headers: { ...HEADERS, 'Cache-Control': 'no-store', 'Retry-After': '30' } },
      );
    }
    console.error('GET /api/search failed', error);
    return NextResponse.json(
      { error: 'internal-error', message: 'Something went wrong.' },
      { status: 500, headers: { ...HEADERS, 'Cache-Control': 'no-store' } },
    );
  }
}
