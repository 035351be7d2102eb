import { Link } from '@/lib/i18n/navigation';

interface ToolBreadcrumbsProps {
  label: string;
  crumbs: readonly { href: '/' | '/tools'; title: string }[];
}

/** GOV.UK breadcrumbs above a tool: where it sits, for people who arrive from a search engine. */
export function ToolBreadcrumbs({ label, crumbs }: ToolBreadcrumbsProps) {
  return (
    <nav aria-label={label} className="mb-6 body-s print:hidden">
      <ol role="list" className="m-0 flex list-none flex-wrap p-0">
        {crumbs.map((crumb, index) => (
          <li key={crumb.href} className="flex items-center">
            {index > 0 ? (
              <span
                aria-hidden="true"
                className="mx-2 inline-block size-[0.4375rem] rotate-45 border-t border-e border-ink-secondary rtl:-rotate-45"
              />
            ) : null}
            <Link href={crumb.href} className="tap-target text-ink visited:text-ink">
              {crumb.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
