'use client';

import { useActionState, useEffect, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { SHORTLIST_CHANGE_EVENT, SHORTLIST_MAX } from '@/lib/validation/shortlist';
import { listingText } from './listing-text';

export interface ShortlistActionState {
  status: 'idle' | 'added' | 'removed' | 'full' | 'invalid';
  /** Distinguishes two answers that say the same thing, so the second is announced too. */
  at: number;
}

export type ShortlistAction = (state: ShortlistActionState, formData: FormData) => Promise<ShortlistActionState>;

export const INITIAL_SHORTLIST_STATE: ShortlistActionState = { status: 'idle', at: 0 };

interface ShortlistButtonProps {
  action: ShortlistAction;
  serviceId: string;
  /** Said after the button text by screen readers, so twenty "Add to shortlist" buttons are told apart. */
  serviceName: string;
  /** From the cookie when the page was rendered; the page re-renders after each change. */
  inShortlist: boolean;
  /** Where a browser without JavaScript comes back to after the change (a path on this site). */
  returnTo: string;
  className?: string;
}

const subscribeNothing = () => () => undefined;

/**
 * "Add to shortlist" / "Remove from shortlist". A plain form posting to a server action that sets
 * the shortlist cookie: without JavaScript the browser posts and is sent back to `returnTo`; with it
 * the page updates in place and the change is announced. Its words come from the ShortlistButton
 * messages, which the site layout sends to the browser.
 */
export function ShortlistButton({ action, serviceId, serviceName, inShortlist, returnTo, className = '' }: ShortlistButtonProps) {
  const t = useTranslations('ShortlistButton');
  const [state, formAction, pending] = useActionState(action, INITIAL_SHORTLIST_STATE);
  const enhanced = useSyncExternalStore(subscribeNothing, () => true, () => false);

  useEffect(() => {
    if (state.status === 'added' || state.status === 'removed') window.dispatchEvent(new Event(SHORTLIST_CHANGE_EVENT));
  }, [state]);

  const message =
    state.status === 'added'
      ? t('added')
      : state.status === 'removed'
        ? t('removed')
        : state.status === 'full'
          ? t('full', { max: SHORTLIST_MAX })
          : null;

  return (
    <form action={formAction} className={`print:hidden ${className}`}>
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="intent" value={inShortlist ? 'remove' : 'add'} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {enhanced && <input type="hidden" name="enhanced" value="1" />}
      <button type="submit" aria-disabled={pending || undefined} className="button button-secondary m-0 body-s">
        {inShortlist ? t('remove') : t('add')}
        <span className="sr-only">
          {': '}
          <span {...listingText}>{serviceName}</span>
        </span>
      </button>
      <p role="status" className="m-0 body-s">
        {message && (
          <span key={state.at} className="mt-2 block">
            {message}{' '}
            {state.status !== 'removed' && (
              <Link href="/shortlist" className="tap-target">
                {t('view')}
              </Link>
            )}
          </span>
        )}
      </p>
    </form>
  );
}
