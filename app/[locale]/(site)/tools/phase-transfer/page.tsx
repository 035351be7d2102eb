import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceRef } from '@/components/mdx/source-ref';
import { PhaseTransferTool } from '@/components/tools/phase-transfer-tool';
import { ToolBreadcrumbs } from '@/components/tools/tool-breadcrumbs';
import type { AppLocale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { findPhaseTransfersAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Tools.PhaseTransfer' });
  // The tool renders the <title> itself: after a form post without JavaScript only it knows
  // whether to begin the title with "Error:".
  return { title: null, description: t('metaDescription') };
}

/** The title the layout's template would give ("<page> – <site name>"). */
async function documentTitle(locale: AppLocale): Promise<string> {
  const [t, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Tools.PhaseTransfer' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  return `${t('metaTitle')} – ${tMeta('siteName')}`;
}

export default async function PhaseTransferPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tCommon, messages, title] = await Promise.all([
    getTranslations({ locale, namespace: 'Tools.PhaseTransfer' }),
    getTranslations({ locale, namespace: 'Tools.Common' }),
    getMessages({ locale }),
    documentTitle(locale),
  ]);
  const { Common, DateInput, PhaseTransfer } = messages.Tools;

  return (
    <>
      <ToolBreadcrumbs
        label={tCommon('breadcrumbLabel')}
        crumbs={[
          { href: '/', title: tCommon('home') },
          { href: '/tools', title: tCommon('tools') },
        ]}
      />
      <div className="desktop:w-2/3">
        {/* Only the tools' strings go to the browser, not the whole site's. */}
        <NextIntlClientProvider messages={{ Tools: { Common, DateInput, PhaseTransfer } }}>
          <PhaseTransferTool
            documentTitle={title}
            action={findPhaseTransfersAction}
            header={
              <>
                <h1 className="heading-xl">{t('title')}</h1>
                <p className="body-l mb-8">{t('lead')}</p>
              </>
            }
          />
        </NextIntlClientProvider>
        <p className="mb-4 text-ink-secondary tablet:mb-5">{tCommon('privacy')}</p>

        <h2 className="heading-m mt-10">{t('ruleHeading')}</h2>
        <p className="mb-4 tablet:mb-5">{t('ruleText')}</p>
        <p className="mb-4 tablet:mb-5">{t('summerBornText')}</p>

        <h2 className="heading-m mt-10">{t('whyHeading')}</h2>
        <p className="mb-4 tablet:mb-5">
          {t('whyText')} <SourceRef source="SEND Regulations 2014" at="regulation 18(1)" />
        </p>
        <p className="mb-4 tablet:mb-5">{t('noPlanText')}</p>

        <h2 className="heading-m mt-10">{tCommon('relatedHeading')}</h2>
        <ul className="mb-8 list-none space-y-2 p-0">
          <li>
            <Link href="/guides/phase-transfer" className="tap-target">
              {t('guidePhaseTransfer')}
            </Link>
          </li>
          <li>
            <Link href="/guides/ehcp/annual-reviews" className="tap-target">
              {t('guideAnnualReviews')}
            </Link>
          </li>
        </ul>
        <p className="mb-2">
          <Link href={{ pathname: '/services', query: { q: 'SENDIASS' } }}>{tCommon('findSendiass')}</Link>
        </p>
        <p className="body-s text-ink-secondary">{tCommon('notLegalAdvice')}</p>
      </div>
    </>
  );
}
