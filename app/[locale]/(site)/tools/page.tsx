import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ToolBreadcrumbs } from '@/components/tools/tool-breadcrumbs';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Tools.Index' });
  return { title: t('metaTitle'), description: t('lead') };
}

export default async function ToolsIndexPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: 'Tools.Index' }),
    getTranslations({ locale, namespace: 'Tools.Common' }),
  ]);
  const tools = [
    { href: '/tools/ehcp-timeline', title: t('ehcpTimelineTitle'), description: t('ehcpTimelineDescription') },
    { href: '/tools/phase-transfer', title: t('phaseTransferTitle'), description: t('phaseTransferDescription') },
  ] as const;

  return (
    <>
      <ToolBreadcrumbs label={tCommon('breadcrumbLabel')} crumbs={[{ href: '/', title: tCommon('home') }]} />
      <div className="desktop:w-2/3">
        <h1 className="heading-xl">{t('title')}</h1>
        <p className="body-l mb-8">{t('lead')}</p>
        <ul className="m-0 mb-10 list-none space-y-6 p-0">
          {tools.map((tool) => (
            <li key={tool.href} className="border-t-4 border-brand pt-4">
              <h2 className="heading-m mb-2">
                <Link href={tool.href} className="tap-target">
                  {tool.title}
                </Link>
              </h2>
              <p className="m-0">{tool.description}</p>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
