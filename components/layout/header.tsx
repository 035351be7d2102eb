import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale, LocaleDefinition } from '@/lib/i18n/locales';
import { HeaderNav, type HeaderNavItem } from './header-nav';
import { LanguageSwitcher } from './language-switcher';

interface HeaderProps {
  serviceName: string;
  homeLinkLabel: string;
  navLabel: string;
  navItems: readonly HeaderNavItem[];
  languageLabel: string;
  locale: AppLocale;
  locales: readonly LocaleDefinition[];
  /** The site search box, when there is one. */
  search?: ReactNode;
  /** Show the "Shortlist (N)" link in the navigation bar. */
  showShortlist?: boolean;
}

export function Header({ serviceName, homeLinkLabel, navLabel, navItems, languageLabel, locale, locales, search, showShortlist }: HeaderProps) {
  return (
    <header className="print:border-b print:border-ink">
      <div className="border-b-[10px] border-brand bg-ink text-white print:border-0 print:bg-white print:text-ink">
        <div className="width-container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
          <Link
            href="/"
            aria-label={homeLinkLabel}
            className="tap-target text-lg font-bold text-white no-underline visited:text-white hover:text-white hover:underline focus-visible:text-ink tablet:text-2xl print:text-ink"
          >
            {serviceName}
          </Link>
          <LanguageSwitcher label={languageLabel} current={locale} locales={locales} />
          {search && <div className="w-full pb-1 print:hidden">{search}</div>}
        </div>
      </div>
      <HeaderNav label={navLabel} items={navItems} showShortlist={showShortlist} />
    </header>
  );
}
