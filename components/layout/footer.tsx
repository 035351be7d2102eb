import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { HeaderNavItem } from './header-nav';

interface FooterProps {
  heading: string;
  links: readonly HeaderNavItem[];
  about: string;
  openSource: string;
}

const linkClass = 'tap-target text-ink visited:text-ink hover:text-ink focus-visible:text-ink';

export function Footer({ heading, links, about, openSource }: FooterProps) {
  // The privacy notice belongs on every page whatever the caller's navigation, so the footer adds it itself.
  const t = useTranslations('Footer');
  return (
    <footer className="mt-10 border-t border-border bg-light-grey py-8 body-s text-ink print:hidden">
      <div className="width-container">
        <h2 className="sr-only">{heading}</h2>
        <ul className="m-0 mb-6 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={linkClass}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/guides/privacy" className={linkClass}>
              {t('privacy')}
            </Link>
          </li>
        </ul>
        <p className="mb-3 max-w-[40em]">{about}</p>
        <p className="m-0 max-w-[40em]">{openSource}</p>
      </div>
    </footer>
  );
}
