'use client';

import { useEffect, type MouseEvent, type RefObject } from 'react';

interface Answer {
  errors: readonly unknown[];
  result: unknown;
}

/**
 * After each answer from the server, move focus to the error summary (GOV.UK) or to the result
 * heading, so keyboard and screen reader users land on what changed.
 */
export function useAnswerFocus(answer: Answer, initial: Answer, resultHeading: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (answer === initial) return;
    if (answer.errors.length > 0) document.getElementById('error-summary')?.focus();
    else if (answer.result) resultHeading.current?.focus();
  }, [answer, initial, resultHeading]);
}

/**
 * GOV.UK error summary links: move focus to the box and scroll its question into view, so the
 * question is not hidden above the top of the screen. Without JavaScript the links still jump.
 */
export function focusLinkedField(event: MouseEvent<HTMLElement>) {
  const link = (event.target as Element).closest('a');
  const id = link?.getAttribute('href')?.replace(/^#/, '');
  const field = id ? document.getElementById(id) : null;
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  const question = field.closest('fieldset')?.querySelector('legend') ?? field;
  question.scrollIntoView();
  field.focus({ preventScroll: true });
}
