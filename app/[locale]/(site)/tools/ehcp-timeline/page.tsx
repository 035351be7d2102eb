import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceRef } from '@/components/mdx/source-ref';
import { EhcpTimelineTool } from '@/components/tools/ehcp-timeline-tool';
import { ToolPage, toolMetadata } from '@/components/tools/tool-page';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { calculateEhcpTimelineAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return toolMetadata((await params).locale, 'EhcpTimeline');
}

export default async function EhcpTimelinePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: 'Tools.EhcpTimeline' }),
    getTranslations({ locale, namespace: 'Tools.Common' }),
  ]);

  return (
    <ToolPage
      locale={locale}
      tool="EhcpTimeline"
      renderTool={({ documentTitle, header }) => (
        <EhcpTimelineTool documentTitle={documentTitle} action={calculateEhcpTimelineAction} header={header} />
      )}
    >
      <h2 className="heading-m mt-10">{t('howHeading')}</h2>
      <p className="mb-4 tablet:mb-5">{t('howText')}</p>
      <p className="mb-4 font-bold tablet:mb-5">{t('weeksNote')}</p>

      <h2 className="heading-m mt-10">{t('exceptionsHeading')}</h2>
      <p className="mb-4 tablet:mb-5">{t('exceptionsIntro')}</p>
      <ul className="mb-4 list-disc space-y-1 ps-5">
        <li>{t('exceptionSchoolClosed')}</li>
        <li>{t('exceptionPersonal')}</li>
        <li>{t('exceptionAway')}</li>
        <li>{t('exceptionAppointment')}</li>
      </ul>
      <p className="mb-4 tablet:mb-5">
        {t('exceptionsSources')} <SourceRef source="SEND Regulations 2014" at="regulation 5(4)" />{' '}
        <SourceRef source="SEND Regulations 2014" at="regulation 10(4)" />{' '}
        <SourceRef source="SEND Regulations 2014" at="regulation 13(3)" />
      </p>
      <p className="mb-4 tablet:mb-5">{t('exceptionsAfter')}</p>

      <h2 className="heading-m mt-10">{t('missedHeading')}</h2>
      <p className="mb-4 tablet:mb-5">{t('missedText')}</p>
      <p className="mb-4 tablet:mb-5">
        <Link href={{ pathname: '/services', query: { q: 'SENDIASS' } }}>{tCommon('findSendiass')}</Link>
      </p>

      <h2 className="heading-m mt-10">{tCommon('relatedHeading')}</h2>
      <ul className="mb-8 list-none space-y-2 p-0">
        <li>
          <Link href="/guides/ehcp/the-20-week-timeline" className="tap-target">
            {t('guideTimeline')}
          </Link>
        </li>
        <li>
          <Link href="/guides/ehcp/draft-plan-and-naming-a-school" className="tap-target">
            {t('guideDraftPlan')}
          </Link>
        </li>
        <li>
          <Link href="/guides/ehcp/annual-reviews" className="tap-target">
            {t('guideAnnualReviews')}
          </Link>
        </li>
      </ul>
    </ToolPage>
  );
}
