import type { ReactNode } from 'react';
import { Details as DetailsBase } from '@/components/ui/details';

/** Extra detail a reader can open (GOV.UK details): <Details summary="...">...</Details>. */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <DetailsBase summary={summary} className="[&>div>p:last-child]:mb-0 [&>div>ul:last-child]:mb-0">
      {children}
    </DetailsBase>
  );
}
