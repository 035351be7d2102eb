'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeNothing = () => () => undefined;

interface CopyButtonProps {
  /** The text to put on the clipboard. */
  text: string;
  label: string;
  /** Said (and shown) once the text is on the clipboard. */
  copied: string;
}

/**
 * Copies a link to the clipboard. Only shown where the browser offers the clipboard, which needs
 * JavaScript and a secure page: elsewhere the text field beside it can be copied by hand.
 */
export function CopyButton({ text, label, copied }: CopyButtonProps) {
  const canCopy = useSyncExternalStore(
    subscribeNothing,
    () => typeof navigator.clipboard?.writeText === 'function',
    () => false,
  );
  const [done, setDone] = useState(0);
  if (!canCopy) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone((n) => n + 1);
    } catch {
      setDone(0);
    }
  };
  return (
    <div className="print:hidden">
      <button type="button" onClick={copy} className="button button-secondary m-0">
        {label}
      </button>
      <p role="status" className="m-0 body-s">
        {done > 0 && (
          <span key={done} className="mt-2 block">
            {copied}
          </span>
        )}
      </p>
    </div>
  );
}
