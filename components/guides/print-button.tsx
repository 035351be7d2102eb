'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * "Print this page". Printing needs JavaScript, so the button only appears once the page has
 * hydrated: without JavaScript there is no button that does nothing (the browser's own Print
 * still works). It is never printed itself.
 */
export function PrintButton({ label }: { label: string }) {
  const canPrint = useSyncExternalStore(
    subscribe,
    () => typeof window.print === 'function',
    () => false,
  );
  if (!canPrint) return null;
  return (
    <button type="button" onClick={() => window.print()} className="button button-secondary my-4 print:hidden">
      {label}
    </button>
  );
}
