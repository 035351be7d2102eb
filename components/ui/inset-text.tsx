import type { ReactNode } from 'react';

/** Information set apart from the text around it, without alarm (GOV.UK inset text). */
export function InsetText({ children, id, className = '' }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <div id={id} className={`my-6 max-w-[40em] border-s-[10px] border-border py-3 ps-4 [&>p:last-child]:mb-0 ${className}`}>
      {children}
    </div>
  );
}
