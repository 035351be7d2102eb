import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

interface StageProps {
  /** When the stage happens, as readers should see it: "Week 0", "By the end of week 6". */
  when: string;
  title: string;
  /** A calendar date (YYYY-MM-DD), for a timeline of real dates; shown as `when`. */
  date?: string;
  children?: ReactNode;
}

/**
 * An ordered list of dated or labelled stages, such as the 20 weeks of an EHC needs assessment.
 * It is an <ol>, so screen readers announce how many stages there are and which one you are on;
 * each stage's "when" is text, not only position on a line, and it comes first in the heading so
 * it is heard before the title.
 */
export function Timeline({ children }: { children: ReactNode }) {
  const stages = Children.toArray(children).filter((child): child is ReactElement<StageProps> =>
    isValidElement<StageProps>(child),
  );
  return (
    <ol role="list" className="my-8 list-none p-0">
      {stages}
    </ol>
  );
}

export function Stage({ when, title, date, children }: StageProps) {
  return (
    <li className="relative border-s-4 border-brand pb-7 ps-6 ms-2 last:border-s-transparent last:pb-0">
      <span aria-hidden="true" className="absolute -start-[0.875rem] top-1 block size-6 rounded-full border-4 border-brand bg-white" />
      <h3 className="heading-s mb-2">
        <span className="block body-s font-bold text-brand">
          {date ? <time dateTime={date}>{when}</time> : when}
          <span className="sr-only">: </span>
        </span>
        {title}
      </h3>
      <div className="[&>p:last-child]:mb-0 [&>ul:last-child]:mb-0">{children}</div>
    </li>
  );
}
