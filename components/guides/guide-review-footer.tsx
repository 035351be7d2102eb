import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { GuideFrontmatter } from '@/lib/content/frontmatter';
import { legalSourceUrl } from '@/lib/content/legal-sources';

// A calendar date at midday UTC is the same date in London whatever the season.
function calendarDate(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

// Plain "en" formats dates the American way; this is a UK site ("22 November 2026").
function dateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * Who looks after the page, when it was checked, whether families have reviewed it yet, and
 * the law it is based on: the things a parent needs to judge whether to rely on it.
 */
export function GuideReviewFooter({ frontmatter, contentLang }: { frontmatter: GuideFrontmatter; contentLang?: string }) {
  const t = useTranslations('Guides');
  const format = useFormatter();
  const dateFormat = new Intl.DateTimeFormat(dateLocale(useLocale()), { dateStyle: 'long', timeZone: 'Europe/London' });
  const date = (value: string) => dateFormat.format(calendarDate(value));
  const partners = format.list(frontmatter.coProducedWith, { type: 'conjunction' });

  return (
    <aside aria-labelledby="about-this-page" className="mt-12 border-t-2 border-brand pt-6">
      <h2 id="about-this-page" className="heading-m">
        {t('aboutThisPage')}
      </h2>
      <dl className="mb-5 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('lastReviewed')}</dt>
        <dd className="m-0">
          <time dateTime={frontmatter.lastReviewed}>{date(frontmatter.lastReviewed)}</time>
        </dd>
        <dt className="font-bold">{t('reviewDue')}</dt>
        <dd className="m-0">
          <time dateTime={frontmatter.reviewDue}>{date(frontmatter.reviewDue)}</time>
        </dd>
        <dt className="font-bold">{t('owner')}</dt>
        <dd className="m-0" lang={contentLang}>
          {frontmatter.owner}
        </dd>
      </dl>
      {frontmatter.coProducedWith.length > 0 ? (
        <p className="mb-5">
          {frontmatter.coProduction === 'completed'
            ? t('coProductionCompleted', { partners })
            : t('coProductionPlanned', { partners })}
        </p>
      ) : null}
      <h3 className="heading-s mb-2">{t('sources')}</h3>
      <ul className="mb-5 list-disc ps-5" lang="en" dir="ltr">
        {frontmatter.sources.map((source) => {
          const url = source.url ?? legalSourceUrl(source.title, source.ref);
          const key = `${source.title}|${source.ref ?? ''}`;
          return (
            <li key={key} className="mb-1">
              {url ? <a href={url}>{source.title}</a> : source.title}
              {source.ref ? `, ${source.ref}` : null}
            </li>
          );
        })}
      </ul>
      <p className="body-s text-ink-secondary">{t('notLegalAdvice')}</p>
    </aside>
  );
}
