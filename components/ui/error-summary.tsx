export interface ErrorSummaryItem {
  /** `#id` of the field with the problem, so the link moves focus to it. */
  href: string;
  text: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: ErrorSummaryItem[];
}

/**
 * Lists every problem on the page at the top, each linking to its field (GOV.UK error summary).
 * The alert role sits on an inner element so screen readers announce the whole summary.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div className="mb-8 border-[5px] border-error p-4 tablet:p-5" tabIndex={-1} id="error-summary">
      <div role="alert">
        <h2 className="heading-m">{title}</h2>
        <ul className="m-0 list-none p-0">
          {errors.map((error) => (
            <li key={error.href + error.text} className="mb-1 last:mb-0">
              <a href={error.href} className="font-bold text-error visited:text-error hover:text-error focus-visible:text-ink">
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
