import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceRef } from '@/components/mdx/source-ref';
import { PhaseTransferTool } from '@/components/tools/phase-transfer-tool';
import { ToolPage, toolMetadata } from '@/components/tools/tool-page';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { findPhaseTransfersAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return toolMetadata((await params).locale, 'PhaseTransfer');
}

export default async function PhaseTransferPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: 'Tools.PhaseTransfer' }),
    getTranslations({ locale, namespace: 'Tools.Common' }),
  ]);

  return (
    <ToolPage
      locale={locale}
      tool="PhaseTransfer"
      renderTool={({ documentTitle, header }) => (
        <PhaseTransferTool documentTitle={documentTitle} action={findPhaseTransfersAction} header={header} />
      )}
    >
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
    </ToolPage>
  );
}
