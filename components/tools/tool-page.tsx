import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AppLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { ToolBreadcrumbs } from './tool-breadcrumbs';

/** The message namespaces under `Tools` that each tool page owns. */
export type ToolName = 'EhcpTimeline' | 'PhaseTransfer';

export async function toolMetadata(locale: string, tool: ToolName): Promise<Metadata> {
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: `Tools.${tool}` });
  // The tool renders the <title> itself: after a form post without JavaScript only it knows
  // whether to begin the title with "Error:".
  return { title: null, description: t('metaDescription') };
}

interface ToolPageProps {
  locale: AppLocale;
  tool: ToolName;
  /** The interactive tool, given the document title and the page heading it must render. */
  renderTool: (props: { documentTitle: string; header: ReactNode }) => ReactNode;
  /** Explanations and related links below the tool. */
  children: ReactNode;
}

/**
 * The frame shared by the date tools: breadcrumbs, the heading, the tool with only the tools'
 * strings sent to the browser, the privacy line, and the closing "not legal advice" line.
 */
export async function ToolPage({ locale, tool, renderTool, children }: ToolPageProps) {
  const [t, tCommon, tMeta, messages] = await Promise.all([
    getTranslations({ locale, namespace: `Tools.${tool}` }),
    getTranslations({ locale, namespace: 'Tools.Common' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getMessages({ locale }),
  ]);
  const { Common, DateInput } = messages.Tools;
  // The title the layout's template would give ("<page> – <site name>").
  const documentTitle = `${t('metaTitle')} – ${tMeta('siteName')}`;

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
        <NextIntlClientProvider messages={{ Tools: { Common, DateInput, [tool]: messages.Tools[tool] } }}>
          {renderTool({
            documentTitle,
            header: (
              <>
                <h1 className="heading-xl">{t('title')}</h1>
                <p className="body-l mb-8">{t('lead')}</p>
              </>
            ),
          })}
        </NextIntlClientProvider>
        <p className="mb-4 text-ink-secondary tablet:mb-5">{tCommon('privacy')}</p>
        {children}
        <p className="body-s text-ink-secondary">{tCommon('notLegalAdvice')}</p>
      </div>
    </>
  );
}
