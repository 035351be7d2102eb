import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MDXRemote } from 'next-mdx-remote-client/rsc';
import remarkGfm from 'remark-gfm';
import { FallbackNotice } from '@/components/guides/fallback-notice';
import { GuideBreadcrumbs } from '@/components/guides/guide-breadcrumbs';
import { GuideContents, type GuideNavItem } from '@/components/guides/guide-contents';
import { GuidePagination } from '@/components/guides/guide-pagination';
import { GuideReviewFooter } from '@/components/guides/guide-review-footer';
import { PageContents } from '@/components/guides/page-contents';
import { PrintButton } from '@/components/guides/print-button';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { extractHeadings } from '@/lib/content/headings';
import { getGuide, listGuides, listGuideSlugs, type GuideSummary } from '@/lib/content/load';
import { guidePath } from '@/lib/content/slug';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; slug: string[] }> };

// Every guide is prerendered for every language (the locale layout supplies the languages);
// any other path under /guides is a 404 without rendering.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string[] }[]> {
  return (await listGuideSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const guide = await getGuide(locale, slug);
  if (!guide) return {};
  return { title: guide.title, description: guide.summary };
}

const MIN_HEADINGS_FOR_PAGE_CONTENTS = 3;

function navItem(guide: GuideSummary): GuideNavItem {
  return { path: guide.path, title: guide.title, lang: guide.isFallback ? guide.contentLocale : undefined };
}

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const guide = await getGuide(locale, slug);
  if (!guide) notFound();
  const [t, tPrint] = await Promise.all([
    getTranslations({ locale, namespace: 'Guides' }),
    getTranslations({ locale, namespace: 'Mdx.print' }),
  ]);

  const sectionGuides = (await listGuides(locale)).filter((g) => g.section === guide.section);
  const position = sectionGuides.findIndex((g) => g.path === guide.path);
  const previous = position > 0 ? sectionGuides[position - 1] : undefined;
  const next = position >= 0 ? sectionGuides[position + 1] : undefined;
  const sectionHome = sectionGuides[0];
  const headings = extractHeadings(guide.body);
  // An untranslated page is English text inside a page in another language: mark it so screen
  // readers switch voice, and undo the taller line spacing the page's own script needs.
  const contentAttributes = guide.isFallback ? { lang: guide.contentLocale, dir: 'ltr' as const } : {};
  const contentLineHeight = guide.isFallback ? 'leading-[1.25] tablet:leading-[1.316]' : undefined;
  const { easyRead, bslVideo } = guide.frontmatter;

  return (
    <>
      <GuideBreadcrumbs
        section={
          sectionHome && sectionHome.path !== guide.path && sectionGuides.length > 1
            ? navItem(sectionHome)
            : undefined
        }
      />
      <div className="desktop:w-2/3">
        {guide.isFallback ? <FallbackNotice /> : null}
        {sectionGuides.length > 1 ? (
          <span className="mb-1 block body-l text-ink-secondary">{t(`sections.${guide.section}`)}</span>
        ) : null}
        <h1 className="heading-xl" {...contentAttributes}>
          {guide.title}
        </h1>

        {sectionGuides.length > 1 ? (
          <GuideContents items={sectionGuides.map(navItem)} currentPath={guide.path} />
        ) : null}

        {easyRead || bslVideo ? (
          <ul className="mb-8 list-disc ps-5">
            {easyRead ? (
              <li>
                <Link href={guidePath(easyRead.split('/'))}>{t('easyRead')}</Link>
              </li>
            ) : null}
            {bslVideo ? (
              <li>
                <a href={bslVideo}>{t('bslVideo')}</a>
              </li>
            ) : null}
          </ul>
        ) : null}

        {headings.length >= MIN_HEADINGS_FOR_PAGE_CONTENTS ? <PageContents headings={headings} lang={contentAttributes.lang} /> : null}

        <div {...contentAttributes} className={contentLineHeight}>
          <p className="body-l mb-8">{guide.summary}</p>
          <MDXRemote
            source={guide.body}
            components={mdxComponents}
            options={{
              // Guides are content, not code: only the components in mdxComponents are available.
              disableImports: true,
              disableExports: true,
              mdxOptions: { remarkPlugins: [remarkGfm] },
            }}
          />
        </div>

        <PrintButton label={tPrint('button')} />

        <GuidePagination
          previous={previous ? navItem(previous) : undefined}
          next={next ? navItem(next) : undefined}
        />
        <GuideReviewFooter frontmatter={guide.frontmatter} contentLang={guide.isFallback ? guide.contentLocale : undefined} />
      </div>
    </>
  );
}
