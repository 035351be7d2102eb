'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';

export interface HeaderNavItem {
  href: '/' | '/services' | '/guides' | '/tools';
  label: string;
}

interface HeaderNavProps {
  label: string;
  items: readonly HeaderNavItem[];
}

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The site's main sections; the one you are in is marked for sight and for screen readers. */
export function HeaderNav({ label, items }: HeaderNavProps) {
  const pathname = usePathname();
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
                className={`tap-target block py-3 font-bold no-underline hover:underline ${current ? 'text-ink visited:text-ink' : ''}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
