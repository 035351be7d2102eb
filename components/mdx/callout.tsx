import type { ReactNode } from 'react';

/** GOV.UK inset text: sets apart a note, an example or a local detail from the main text. */
export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="my-7 border-s-[10px] border-border py-4 ps-4 [&>p:last-child]:mb-0">
      {title ? <p className="mb-2 font-bold">{title}</p> : null}
      {children}
    </div>
  );
}
