'use client';

import { useEffect, useRef, useState, useTransition, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

interface LiveResultsProps {
  /** id of the GET search form that the keyword box, filters and sort belong to. */
  formId: string;
  /** The results page, without the language prefix. */
  pathname: string;
  /** One sentence that sums up the results on the page ("23 services found"), read out after changes. */
  announcement: string;
  /** Identifies the search on the page (its query string): a new search is announced even if the count is unchanged. */
  resultsKey: string;
  /** The page shows a GOV.UK error summary: after a submit it gets focus, as on a full page load. */
  hasErrors: boolean;
  children: ReactNode;
}

/** Ticking several boxes in a row makes one request, not one per box. */
const AUTO_APPLY_MS = 500;
/** Screen readers hear the count once the results have settled, not for every step. */
const ANNOUNCE_MS = 800;

/** The form's query string as a GET submit would send it, without empty fields or the default sort. */
function queryOf(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (name === 'sort' && value === 'relevance') continue;
    query.append(name, value);
  }
  return query.toString();
}

function sameQuery(a: string, b: string): boolean {
  const sorted = (qs: string) => [...new URLSearchParams(qs)].map(([k, v]) => `${k}=${v}`).sort().join('&');
  return sorted(a) === sorted(b);
}

/** After back or forward, the boxes show what the address says, not what was last clicked. */
function resetToRendered(form: HTMLFormElement) {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement) {
      if (element.type === 'checkbox' || element.type === 'radio') element.checked = element.defaultChecked;
      else if (element.type !== 'hidden' && element.type !== 'submit') element.value = element.defaultValue;
    } else if (element instanceof HTMLSelectElement) {
      for (const option of Array.from(element.options)) option.selected = option.defaultSelected;
    }
  }
}

/**
 * Progressive enhancement of the server-rendered search form. Without JavaScript this is a plain
 * <div>: the form submits with GET and every filter is a link. With it, ticking a filter applies it
 * after a short pause and submitting the form updates the results in place; either way the address
 * changes (a new history entry, so back and forward work) and the page renders on the server exactly
 * as for a GET. The filter state lives only in the URL.
 */
export function LiveResults({ formId, pathname, announcement, resultsKey, hasErrors, children }: LiveResultsProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [spoken, setSpoken] = useState<{ key: string; text: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const announcedKey = useRef(resultsKey);
  const renderedKey = useRef(resultsKey);
  const submitted = useRef(false);
  const travelled = useRef(false);
  /** The query last asked for, until its results arrive: a second identical request would add a history entry. */
  const requested = useRef<string | null>(null);

  const navigate = (form: HTMLFormElement, bySubmit: boolean) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const query = queryOf(form);
    const current = requested.current ?? window.location.search.slice(1);
    if (sameQuery(query, current)) return;
    submitted.current = bySubmit;
    requested.current = query;
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };

  const onChange = (event: ChangeEvent<HTMLDivElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || (input.type !== 'checkbox' && input.type !== 'radio')) return;
    const form = input.form;
    if (!form || form.id !== formId) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => navigate(form, false), AUTO_APPLY_MS);
  };

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== formId) return;
    event.preventDefault();
    navigate(form, true);
  };

  useEffect(() => {
    const onPopState = () => {
      travelled.current = true;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    if (!isPending) requested.current = null;
  }, [isPending]);

  useEffect(() => {
    if (resultsKey === renderedKey.current) return;
    renderedKey.current = resultsKey;
    if (!travelled.current) return;
    travelled.current = false;
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) resetToRendered(form);
  }, [resultsKey, formId]);

  useEffect(() => {
    if (isPending || resultsKey === announcedKey.current) return;
    const id = window.setTimeout(() => {
      announcedKey.current = resultsKey;
      setSpoken({ key: resultsKey, text: announcement });
      if (submitted.current && hasErrors) document.getElementById('error-summary')?.focus();
      submitted.current = false;
    }, ANNOUNCE_MS);
    return () => window.clearTimeout(id);
  }, [resultsKey, announcement, hasErrors, isPending]);

  return (
    <div onChange={onChange} onSubmit={onSubmit} data-pending={isPending || undefined} aria-busy={isPending || undefined} className="group/live">
      {/* A new element per announcement, so the same count after a different search is read out again. */}
      <div id="results-status" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {spoken && <span key={spoken.key}>{spoken.text}</span>}
      </div>
      {children}
    </div>
  );
}
