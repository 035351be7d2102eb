'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import { ShortlistNavLink } from './shortlist-nav-link';

export interface HeaderNavItem {
  href: '/' | '/services' | '/guides' | '/tools';
  label: string;
}

interface HeaderNavProps {
  label: string;
  items: readonly HeaderNavItem[];
  /** Adds "Shortlist (N)" at the end of the bar (its text comes from the ShortlistLink messages). */
  showShortlist?: boolean;
}

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

const linkClass = 'tap-target block py-3 font-bold no-underline hover:underline';

/** The site's main sections; the one you are in is marked for sight and for screen readers. */
export function HeaderNav({ label, items, showShortlist = false }: HeaderNavProps) {
  const pathname = usePathname();
  const shortlistCurrent = isCurrent(pathname, '/shortlist');
  return (
    <nav aria-label={label} className="border-b border-border bg-light-grey print:hidden">
      <ul className="width-container m-0 flex list-none flex-wrap gap-x-6 p-0">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href} className={`border-b-4 ${current ? 'border-brand' : 'border-transparent'}`}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`${linkClass} ${current ? 'text-ink visited:text-ink' : ''}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
        {showShortlist && (
          <li className={`tablet:ms-auto border-b-4 ${shortlistCurrent ? 'border-brand' : 'border-transparent'}`}>
            <ShortlistNavLink current={shortlistCurrent} className={`${linkClass} ${shortlistCurrent ? 'text-ink visited:text-ink' : ''}`} />
          </li>
        )}
      </ul>
    </nav>
  );
}
