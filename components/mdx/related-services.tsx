import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { relatedServicesQuery, type RelatedServicesFilters } from '@/lib/content/related-services';
import { Link } from '@/lib/i18n/navigation';
import { searchServices } from '@/lib/search';

type RelatedServicesProps = RelatedServicesFilters & {
  /** What the services are, in the page's language: "Autism support for children aged 4 to 11". */
  label: string;
};

async function countServices(params: Parameters<typeof searchServices>[0]): Promise<number | null> {
  try {
    return (await searchServices(params, { relaxations: false })).total;
  } catch (error) {
    // No count is better than no page: the link still leads to the search.
    console.warn('RelatedServices: no count for the directory link', error instanceof Error ? error.message : error);
    return null;
  }
}

/**
 * A live link into the directory with filters set, and how many services it finds today:
 * "Autism support for children aged 4 to 11 (12 services)". The count is looked up when the page
 * is requested (so a page using this block is rendered per request, not at build time). If search
 * is unavailable the link is shown without a count.
 */
export async function RelatedServices({ label, ...filters }: RelatedServicesProps) {
  const { params, queryString } = relatedServicesQuery(filters);
  await connection();
  const [count, t] = await Promise.all([countServices(params), getTranslations('Mdx.relatedServices')]);
  return (
    <aside className="my-7 border-t-4 border-brand bg-light-grey px-4 py-3 print:border print:bg-white">
      <p className="mb-1 body-s font-bold text-ink-secondary">{t('heading')}</p>
      <p className="m-0">
        <Link href={`/services?${queryString}`} className="font-bold" data-related-services="">
          {count === null ? label : t('linkWithCount', { label, count })}
        </Link>
      </p>
    </aside>
  );
}
