import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { routing } from '@/lib/i18n/routing';

// The not-found page as a prerendered page in each language. proxy.ts serves it, with status 404,
// for addresses it can tell are wrong before any page runs (a malformed service id). A notFound()
// thrown while a page renders comes out as an empty document that only JavaScript fills in
// (vercel/next.js#62228); this one is complete HTML for everyone. Served as a 404, its title comes
// from ../../not-found.tsx.

type Props = { params: Promise<{ locale: string }> };

export default async function PageNotFound({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundContent />;
}
