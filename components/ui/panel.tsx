import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  children?: ReactNode;
}

/** The confirmation at the top of a "done" page (GOV.UK panel): the one thing the person came for. */
export function Panel({ title, children }: PanelProps) {
  return (
    <div className="mb-8 border-[5px] border-transparent bg-success p-6 text-center text-white tablet:p-8">
      <h1 className="heading-xl mb-0! text-white">{title}</h1>
      {children && <div className="body-l mt-6 text-white">{children}</div>}
    </div>
  );
}
