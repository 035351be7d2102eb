import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideBreadcrumbs } from '@/components/guides/guide-breadcrumbs';
import { GlossaryList, type GlossaryListEntry } from '@/components/guides/glossary-list';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { listGlossary } from '@/lib/content/glossary';
import { listGuides } from '@/lib/content/load';
import { guidePath } from '@/lib/content/slug';
import { routing } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return { title: t('metaTitle'), description: t('lead') };
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, guides] = await Promise.all([getTranslations({ locale, namespace: 'Glossary' }), listGuides(locale)]);

  const guidesByPath = new Map(guides.map((guide) => [guide.path, guide]));
  const entries: GlossaryListEntry[] = listGlossary(locale).map((entry) => {
    const guide = entry.guide ? guidesByPath.get(guidePath(entry.guide.split('/'))) : undefined;
    return {
      ...entry,
      guideLink: guide
        ? { path: guide.path, title: guide.title, lang: guide.isFallback ? guide.contentLocale : undefined }
        : undefined,
    };
  });
  const allInEnglish = entries.length > 0 && entries.every((entry) => entry.isFallback);

  return (
    <>
      <GuideBreadcrumbs />
      <div className="desktop:w-2/3">
        {allInEnglish ? (
          <NotificationBanner id="fallback-notice" title={t('fallbackTitle')}>
            <p className="heading-s">{t('fallbackText')}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="heading-xl">{t('title')}</h1>
        <p className="body-l mb-8">{t('lead')}</p>
        <GlossaryList
          entries={entries}
          labels={{
            contents: t('contentsLabel'),
            expansion: (expansion) => t('expansion', { expansion }),
            sources: t('sources'),
            readGuide: (title) => t('readGuide', { title }),
          }}
        />
      </div>
    </>
  );
}
