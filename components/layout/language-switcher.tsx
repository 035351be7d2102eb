'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { AppLocale, LocaleDefinition } from '@/lib/i18n/locales';

interface LanguageSwitcherProps {
  label: string;
  current: AppLocale;
  locales: readonly LocaleDefinition[];
}

function LanguageLinks({ label, current, locales, query }: LanguageSwitcherProps & { query: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="m-0 flex list-none flex-wrap items-baseline gap-x-4 gap-y-1 p-0">
        {locales.map((locale) => (
          <li key={locale.code}>
            {locale.code === current ? (
              <span aria-current="true" lang={locale.code} dir={locale.dir} className="tap-target font-bold">
                {locale.name}
              </span>
            ) : (
              <Link
                href={query ? `${pathname}?${query}` : pathname}
                locale={locale.code as AppLocale}
                lang={locale.code}
                hrefLang={locale.code}
                dir={locale.dir}
                prefetch={false}
                className="tap-target text-white visited:text-white hover:text-white focus-visible:text-ink"
              >
                {locale.name}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function WithQuery(props: LanguageSwitcherProps) {
  const query = useSearchParams().toString();
  return <LanguageLinks {...props} query={query} />;
}

/**
 * Links to the same page in each language, each named in its own language. On pages rendered per
 * request (search results) the links keep the query string; on prerendered pages there is none to
 * keep, so the server-rendered fallback (path only) is exactly right and works without JavaScript.
 */
export function LanguageSwitcher(props: LanguageSwitcherProps) {
  return (
    <Suspense fallback={<LanguageLinks {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}
