'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

interface CharacterCountProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Visually hidden before an inline error ("Error:"), as GOV.UK does. */
  errorPrefix: string;
  defaultValue: string;
  maxLength: number;
  rows?: number;
  messages: {
    /** "You can enter up to 1,200 characters": all there is without JavaScript. */
    limit: string;
    remaining: (count: number) => string;
    over: (count: number) => string;
  };
}

const subscribeNothing = () => () => undefined;
/** Screen readers hear the count when typing pauses, not after every key. */
const ANNOUNCE_MS = 1000;

/** Line breaks count as one character each, whichever way the browser sends them. */
function lengthOf(text: string): number {
  return text.replace(/\r\n?/g, '\n').trim().length;
}

/**
 * A textarea with a limit (GOV.UK character count). No maxlength: text pasted over the limit is
 * kept so it can be shortened, and the server says it is too long. With JavaScript the hint counts
 * down as you type.
 */
export function CharacterCount({ id, name, label, hint, error, errorPrefix, defaultValue, maxLength, rows = 6, messages }: CharacterCountProps) {
  const enhanced = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [length, setLength] = useState(() => lengthOf(defaultValue));
  const [lastDefault, setLastDefault] = useState(defaultValue);
  const [spoken, setSpoken] = useState('');
  const [typed, setTyped] = useState(false);
  if (defaultValue !== lastDefault) {
    setLastDefault(defaultValue);
    setLength(lengthOf(defaultValue));
  }

  const left = maxLength - length;
  const countMessage = left >= 0 ? messages.remaining(left) : messages.over(-left);
  const overLimit = left < 0;

  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => setSpoken(countMessage), ANNOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [countMessage, typed]);

  const describedBy = [hint ? `${id}-hint` : null, `${id}-info`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const invalid = Boolean(error) || overLimit;

  return (
    <div className={`mb-6 ${error ? 'border-s-[5px] border-error ps-4' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-ink-secondary">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-2 font-bold text-error">
          <span className="sr-only">{errorPrefix} </span>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        spellCheck
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onInput={(event) => {
          setTyped(true);
          setLength(lengthOf(event.currentTarget.value));
        }}
        className={`text-input block min-h-32 resize-y ${invalid ? 'border-error' : ''}`}
      />
      {/* Screen readers get the limit from the description and the count, after a pause, from the live region. */}
      <p id={`${id}-info`} className={enhanced ? 'sr-only' : 'mt-1 mb-0 text-ink-secondary'}>
        {messages.limit}
      </p>
      {enhanced && (
        <>
          <p aria-hidden="true" className={`mt-1 mb-0 ${overLimit ? 'font-bold text-error' : 'text-ink-secondary'}`}>
            {countMessage}
          </p>
          <p role="status" className="sr-only">
            {spoken}
          </p>
        </>
      )}
    </div>
  );
}
