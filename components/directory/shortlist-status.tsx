'use client';

import { useEffect, useRef, useState } from 'react';

interface ShortlistStatusProps {
  /** Services on the list as rendered; the page re-renders after each removal. */
  count: number;
  /** "Removed from your shortlist. You have 2 services saved.", worded by the server for this count. */
  removedMessage: string;
  /** id of the element to move focus to when the removed entry (and the focused button) has gone. */
  focusTarget: string;
}

/**
 * On your own shortlist, "Remove" takes away the very entry the button was in, and its message with
 * it. This says what happened from outside the list, and brings focus back to the page when it
 * was lost with the entry. Without JavaScript the page simply reloads without the entry.
 */
export function ShortlistStatus({ count, removedMessage, focusTarget }: ShortlistStatusProps) {
  const previous = useRef(count);
  const [spoken, setSpoken] = useState<{ key: number; text: string } | null>(null);

  useEffect(() => {
    if (count < previous.current) {
      setSpoken({ key: Date.now(), text: removedMessage });
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) document.getElementById(focusTarget)?.focus();
    }
    previous.current = count;
  }, [count, removedMessage, focusTarget]);

  return (
    <div role="status" className="sr-only">
      {spoken && <span key={spoken.key}>{spoken.text}</span>}
    </div>
  );
}
