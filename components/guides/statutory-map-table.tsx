import { Tag } from '@/components/ui/tag';
import { Link } from '@/lib/i18n/navigation';

export interface StatutoryRowView {
  id: string;
  title: string;
  summary: string;
  /** The citation, e.g. "SEND Regulations 2014, Schedule 2, paragraph 15", and its address. */
  citation: string;
  citationUrl?: string;
  checked: boolean;
  guides: readonly { path: string; title: string; lang?: string }[];
  directory: readonly { href: string; text: string }[];
}

interface StatutoryMapTableProps {
  rows: readonly StatutoryRowView[];
  labels: {
    caption: string;
    requirement: string;
    guides: string;
    directory: string;
    status: string;
    none: string;
    covered: string;
    gap: string;
    unchecked: string;
    region: string;
  };
}

/**
 * One row per statutory requirement: what it is (with its stable id and a link to the law), the
 * guides and directory searches that answer it, and whether anything does. A gap is said in
 * words and marked, never shown by colour alone. On a phone the table scrolls sideways inside a
 * focusable region.
 */
export function StatutoryMapTable({ rows, labels }: StatutoryMapTableProps) {
  return (
    <div role="region" aria-label={labels.region} tabIndex={0} className="mb-8 overflow-x-auto focus-visible:outline-3 focus-visible:outline-focus">
      <table className="w-full min-w-[44rem] border-collapse text-start">
        <caption className="mb-3 text-start heading-m">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-[40%] border-b-2 border-ink py-2 pe-4 text-start align-bottom">
              {labels.requirement}
            </th>
            <th scope="col" className="border-b-2 border-ink py-2 pe-4 text-start align-bottom">
              {labels.guides}
            </th>
            <th scope="col" className="border-b-2 border-ink py-2 pe-4 text-start align-bottom">
              {labels.directory}
            </th>
            <th scope="col" className="border-b-2 border-ink py-2 text-start align-bottom">
              {labels.status}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isGap = row.guides.length === 0 && row.directory.length === 0;
            return (
              <tr key={row.id} id={row.id} className={isGap ? 'bg-[#fff7bf]' : undefined}>
                <th scope="row" className="border-b border-border py-3 pe-4 text-start align-top font-normal">
                  <span className="block font-bold" lang="en" dir="ltr">
                    {row.title}
                  </span>
                  <span className="mb-1 block body-s" lang="en" dir="ltr">
                    {row.citationUrl ? <a href={row.citationUrl}>{row.citation}</a> : row.citation}
                    {' · '}
                    <code className="bg-light-grey px-1 font-mono text-[0.9em]">{row.id}</code>
                  </span>
                  <span className="block body-s" lang="en" dir="ltr">
                    {row.summary}
                  </span>
                  {!row.checked ? (
                    <span className="mt-2 block">
                      <Tag colour="grey">{labels.unchecked}</Tag>
                    </span>
                  ) : null}
                </th>
                <td className="border-b border-border py-3 pe-4 align-top">
                  {row.guides.length > 0 ? (
                    <ul role="list" className="m-0 list-none p-0">
                      {row.guides.map((guide) => (
                        <li key={guide.path} className="mb-1">
                          <Link href={guide.path} lang={guide.lang} dir={guide.lang ? 'auto' : undefined}>
                            {guide.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-ink-secondary">{labels.none}</span>
                  )}
                </td>
                <td className="border-b border-border py-3 pe-4 align-top">
                  {row.directory.length > 0 ? (
                    <ul role="list" className="m-0 list-none p-0">
                      {row.directory.map((search) => (
                        <li key={search.href} className="mb-1">
                          <Link href={search.href}>{search.text}</Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-ink-secondary">{labels.none}</span>
                  )}
                </td>
                <td className="border-b border-border py-3 align-top">
                  {isGap ? <Tag colour="yellow">{labels.gap}</Tag> : <Tag colour="green">{labels.covered}</Tag>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
