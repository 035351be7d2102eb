import { legalSourceUrl } from '@/lib/content/legal-sources';
import type { GlossaryView } from '@/lib/content/glossary';
import { Link } from '@/lib/i18n/navigation';

export interface GlossaryListEntry extends GlossaryView {
  /** The guide that explains more, with its title in the reader's language where translated. */
  guideLink?: { path: string; title: string; lang?: string };
}

interface GlossaryListProps {
  entries: readonly GlossaryListEntry[];
  labels: { contents: string; expansion: (expansion: string) => string; sources: string; readGuide: (title: string) => string };
}

function initial(term: string): string {
  return term.trim().charAt(0).toLocaleUpperCase();
}

/**
 * The glossary: entries grouped under their first letter, each with an anchor (#ehcna) that
 * <Term> links to. A list of letters at the top jumps to each group.
 */
export function GlossaryList({ entries, labels }: GlossaryListProps) {
  const groups = new Map<string, GlossaryListEntry[]>();
  for (const entry of entries) {
    const letter = initial(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  const letters = [...groups.keys()];
  return (
    <>
      <nav aria-label={labels.contents} className="mb-8">
        <ul role="list" className="m-0 flex list-none flex-wrap gap-x-4 gap-y-2 p-0">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter.toLowerCase()}`} className="tap-target px-1 text-lg font-bold">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`} className="mb-8">
          <h2 id={`letter-${letter.toLowerCase()}`} className="heading-l border-b border-border pb-2">
            {letter}
          </h2>
          <dl className="m-0">
            {groups.get(letter)!.map((entry) => {
              const lang = entry.isFallback ? entry.contentLocale : undefined;
              return (
                <div key={entry.id} className="mb-6">
                  <dt id={entry.id} lang={lang} dir={lang ? 'ltr' : undefined} className="heading-s mb-1">
                    {entry.term}
                    {entry.expansion ? (
                      <span className="block body-s font-normal text-ink-secondary">{labels.expansion(entry.expansion)}</span>
                    ) : null}
                  </dt>
                  <dd className="m-0">
                    <p className="mb-2" lang={lang} dir={lang ? 'ltr' : undefined}>
                      {entry.definition}
                    </p>
                    {entry.sources.length > 0 ? (
                      <p className="mb-2 body-s">
                        <span className="font-bold">{labels.sources}: </span>
                        <span lang="en" dir="ltr" className="[unicode-bidi:isolate]">
                          {entry.sources.map((source, index) => {
                            const url = source.url ?? legalSourceUrl(source.title, source.ref);
                            const text = `${source.title}${source.ref ? `, ${source.ref}` : ''}`;
                            return (
                              <span key={`${source.title}|${source.ref ?? ''}`}>
                                {index > 0 ? '; ' : null}
                                {url ? <a href={url}>{text}</a> : text}
                              </span>
                            );
                          })}
                        </span>
                      </p>
                    ) : null}
                    {entry.guideLink ? (
                      <p className="mb-0 body-s">
                        <Link href={entry.guideLink.path}>
                          {labels.readGuide(entry.guideLink.title)}
                        </Link>
                      </p>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
