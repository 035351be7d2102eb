'use client';

import { useState, type ReactNode } from 'react';

interface FacetDisclosureProps {
  /** Open when the server renders it (something in the group is ticked). */
  defaultOpen: boolean;
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * A folded filter group. Results now update in place, so the page re-renders while someone is
 * inside a group: it must never snap shut under them (taking focus with it) because its last
 * box was unticked. It opens when the server says something in it is ticked, and otherwise stays
 * as the user left it. Without JavaScript it is a plain <details>.
 */
export function FacetDisclosure({ defaultOpen, summary, children, className }: FacetDisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [lastDefault, setLastDefault] = useState(defaultOpen);
  if (defaultOpen !== lastDefault) {
    setLastDefault(defaultOpen);
    if (defaultOpen) setOpen(true);
  }
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className={className}>
      {summary}
      {children}
    </details>
  );
}
