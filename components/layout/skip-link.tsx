interface SkipLinkProps {
  label: string;
  targetId?: string;
}

/** First thing a keyboard user reaches: jumps past the header to the page's content. */
export function SkipLink({ label, targetId = 'main-content' }: SkipLinkProps) {
  return (
    <a
      href={`#${targetId}`}
      className="sr-only body-s underline focus:not-sr-only focus:block focus:bg-focus focus:px-4 focus:py-2.5 focus:text-ink print:hidden"
    >
      {label}
    </a>
  );
}
