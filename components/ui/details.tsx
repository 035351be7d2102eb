import type { ReactNode } from 'react';

interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  className?: string;
  id?: string;
}

/** Extra information the user can reveal (GOV.UK details). Works without JavaScript. */
export function Details({ summary, children, open, className = '', id }: DetailsProps) {
  return (
    <details id={id} open={open} className={`group mb-6 ${className}`}>
      <summary className="relative inline-block cursor-pointer ps-6 text-link [&::-webkit-details-marker]:hidden list-none">
        <span
          aria-hidden="true"
          className="absolute start-0 top-[0.2em] block size-0 border-y-[7px] border-s-[12px] border-y-transparent border-s-current group-open:top-[0.35em] group-open:border-x-[7px] group-open:border-t-[12px] group-open:border-b-0 group-open:border-x-transparent group-open:border-t-current rtl:-scale-x-100"
        />
        <span className="underline decoration-1 underline-offset-[0.15em] hover:decoration-[3px]">{summary}</span>
      </summary>
      <div className="mt-2 border-s-[5px] border-border py-3 ps-4">{children}</div>
    </details>
  );
}
