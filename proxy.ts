import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { isAppLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';

// Sends `/` and unprefixed paths to a language (the visitor's saved choice or browser language,
// else English), remembers the language chosen and tells the pages which one it is.
const intl = createMiddleware(routing);

const SERVICE_PAGE = /^\/([^/]+)\/services\/([^/]+)\/?$/;
const NOT_FOUND_PAGE = /^\/([^/]+)\/page-not-found\/?$/;
const serviceId = z.guid();

function isServiceId(segment: string): boolean {
  try {
    return serviceId.safeParse(decodeURIComponent(segment)).success;
  } catch {
    return false; // a malformed %-escape cannot be an id either
  }
}

/** The prerendered not-found page in `locale`, at the address asked for, with status 404. */
function notFoundResponse(request: NextRequest, locale: string) {
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/page-not-found`;
  return NextResponse.rewrite(url, { status: 404 });
}

export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has('location')) return response;
  const { pathname } = request.nextUrl;

  // A service address whose id cannot be a service id gets the complete not-found page now,
  // rather than a notFound() from the page, which renders only with JavaScript (vercel/next.js#62228).
  const service = SERVICE_PAGE.exec(pathname);
  if (service?.[1] && service[2] && isAppLocale(service[1]) && !isServiceId(service[2])) {
    return notFoundResponse(request, service[1]);
  }
  // The not-found page itself is never a 200, even when asked for by name.
  const notFound = NOT_FOUND_PAGE.exec(pathname);
  if (notFound?.[1] && isAppLocale(notFound[1])) return notFoundResponse(request, notFound[1]);
  return response;
}

export const config = {
  // Everything except API routes, Next.js internals and files with an extension (favicon.ico).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
