import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { parseEnv } from './lib/env';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

function contentSecurityPolicy(isDev: boolean): string {
  return [
    "default-src 'self'",
    // Next.js streams its payload in inline <script> tags; nonces would force every page to be
    // rendered per request, so inline is allowed but eval is not (React needs eval only in dev).
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default function nextConfig(phase: string): NextConfig {
  // The servers need the database and search settings; `next build` (and `next info`) do not,
  // so a build machine needs no secrets, but a server with a bad environment stops here with a
  // list of what is wrong instead of failing on the first request.
  const isServer = phase === PHASE_DEVELOPMENT_SERVER || phase === PHASE_PRODUCTION_SERVER;
  parseEnv(process.env, { requireServices: isServer });

  const isDev = phase === PHASE_DEVELOPMENT_SERVER;
  const securityHeaders = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(isDev) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];

  return withNextIntl({
    poweredByHeader: false,
    // Tests and the launcher open the dev server as 127.0.0.1 as well as localhost.
    allowedDevOrigins: ['127.0.0.1'],
    reactStrictMode: true,
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders }];
    },
  });
}
