import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { LOCALES, localeDirection, type AppLocale } from '@/lib/i18n/locales';
import { getPathname } from '@/lib/i18n/navigation';
import { Footer } from './footer';
import { Header } from './header';
import type { HeaderNavItem } from './header-nav';
import { PhaseBanner } from './phase-banner';
import { SiteSearchForm } from './site-search-form';
import { SkipLink } from './skip-link';

/**
 * The whole page around the content: <html lang dir>, skip link, header, demonstration banner,
 * footer. Shared by the language layout and the not-found page (which Next renders outside it).
 */
export async function SiteDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const [messages, t, tFooter, tBanner, tSkip, tLanguage, tSearch] = await Promise.all([
    getMessages({ locale }),
    getTranslations({ locale, namespace: 'Header' }),
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'PhaseBanner' }),
    getTranslations({ locale, namespace: 'SkipLink' }),
    getTranslations({ locale, namespace: 'LanguageSwitcher' }),
    getTranslations({ locale, namespace: 'SiteSearch' }),
  ]);

  const navItems: HeaderNavItem[] = [
    { href: '/', label: t('home') },
    { href: '/services', label: t('services') },
    { href: '/guides', label: t('guidance') },
  ];

  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get their strings as props; only the error page (a client
            component by necessity) and the shortlist's header link and buttons (which change
            in the browser) read messages there, so only those are sent. */}
        <NextIntlClientProvider locale={locale} messages={{ Error: messages.Error, ShortlistLink: messages.ShortlistLink, ShortlistButton: messages.ShortlistButton }}>
          <SkipLink label={tSkip('label')} />
          <Header
            serviceName={t('serviceName')}
            homeLinkLabel={t('homeLink')}
            navLabel={t('navLabel')}
            navItems={navItems}
            languageLabel={tLanguage('label')}
            locale={locale}
            locales={LOCALES}
            showShortlist
            search={
              <SiteSearchForm
                variant="header"
                id="header-search"
                action={getPathname({ locale, href: '/search' })}
                labels={{ label: tSearch('formLabel'), button: tSearch('button') }}
              />
            }
          />
          <PhaseBanner tag={tBanner('tag')} text={tBanner('text')} />
          <div className="flex-1">
            <div className="width-container">
              <main id="main-content" tabIndex={-1} className="pt-6 pb-10 tablet:pt-8">
                {children}
              </main>
            </div>
          </div>
          <Footer
            heading={tFooter('heading')}
            links={[
              { href: '/', label: tFooter('home') },
              { href: '/services', label: tFooter('services') },
              { href: '/guides', label: tFooter('guidance') },
              { href: '/tools', label: tFooter('tools') },
            ]}
            about={tFooter('about')}
            openSource={tFooter('openSource')}
          />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
