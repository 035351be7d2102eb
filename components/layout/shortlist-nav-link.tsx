'use client';

import { useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { parseShortlistCookie, SHORTLIST_CHANGE_EVENT, SHORTLIST_COOKIE } from '@/lib/validation/shortlist';

function readCount(): number {
  const prefix = `${SHORTLIST_COOKIE}=`;
  const raw = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return parseShortlistCookie(raw ? decodeURIComponent(raw.slice(prefix.length)) : undefined).length;
}

function subscribe(onChange: () => void): () => void {
  // Our own buttons say when they change the cookie; another tab may have changed it while this one was hidden.
  const events = [SHORTLIST_CHANGE_EVENT, 'focus', 'pageshow'] as const;
  for (const name of events) window.addEventListener(name, onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    for (const name of events) window.removeEventListener(name, onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

/**
 * "Shortlist (3)". Most pages are prerendered for everyone, so the count cannot come from the
 * server; it is read from the shortlist cookie in the browser. Without JavaScript the link says
 * "Shortlist" and the shortlist page itself gives the count.
 */
export function ShortlistNavLink({ current, className }: { current: boolean; className: string }) {
  const t = useTranslations('ShortlistLink');
  const count = useSyncExternalStore(subscribe, readCount, () => null);
  return (
    <Link href="/shortlist" aria-current={current ? 'page' : undefined} className={className} prefetch={false}>
      {count === null ? t('label') : t('labelWithCount', { count })}
    </Link>
  );
}
