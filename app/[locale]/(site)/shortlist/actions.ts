'use server';

import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import type { ShortlistActionState } from '@/components/directory/shortlist-button';
import { serverEnv } from '@/lib/env';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/lib/i18n/locales';
import {
  applyShortlistUpdate,
  mergeShortlists,
  parseShortlistCookie,
  saveSharedShortlistSchema,
  serializeShortlist,
  SHORTLIST_COOKIE,
  SHORTLIST_MAX_AGE,
  shortlistUpdateSchema,
} from '@/lib/validation/shortlist';

// The shortlist is a cookie on the visitor's device, changed only here. Nothing is stored on the
// server and no account is needed. The cookie is readable by the page's script (not HttpOnly) so the
// header can show the count on pages that are the same for everyone.

async function readShortlist(): Promise<string[]> {
  return parseShortlistCookie((await cookies()).get(SHORTLIST_COOKIE)?.value);
}

async function writeShortlist(ids: readonly string[]): Promise<void> {
  const store = await cookies();
  if (ids.length === 0) {
    store.delete({ name: SHORTLIST_COOKIE, path: '/' });
    return;
  }
  store.set(SHORTLIST_COOKIE, serializeShortlist(ids), {
    path: '/',
    sameSite: 'lax',
    maxAge: SHORTLIST_MAX_AGE,
    httpOnly: false,
    secure: serverEnv().SITE_URL.startsWith('https:'),
  });
}

/** A text field of the posted form, cut to `max` characters ('' when missing). */
function formText(formData: FormData, name: string, max: number): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function localeOf(path: string | undefined): AppLocale {
  const segment = path?.split(/[/?#]/)[1];
  return isAppLocale(segment) ? segment : DEFAULT_LOCALE;
}

/**
 * Adds a service to the shortlist or removes it. With JavaScript the page re-renders in place (Next
 * does that after a cookie changes) and the answer is announced; without it the browser is sent back
 * to the page it came from (post, redirect, get), or to the shortlist when it is full.
 */
export async function updateShortlistAction(_previous: ShortlistActionState, formData: FormData): Promise<ShortlistActionState> {
  const parsed = shortlistUpdateSchema.safeParse({
    serviceId: formText(formData, 'serviceId', 100),
    intent: formText(formData, 'intent', 10),
    returnTo: formText(formData, 'returnTo', 2000) || undefined,
    enhanced: formText(formData, 'enhanced', 1) || undefined,
  });
  if (!parsed.success) return { status: 'invalid', at: Date.now() };

  const { serviceId, intent, returnTo, enhanced } = parsed.data;
  const next = applyShortlistUpdate(await readShortlist(), { serviceId, intent });
  if (!next.full) await writeShortlist(next.ids);

  if (!enhanced) {
    const locale = localeOf(returnTo);
    redirect(next.full ? `/${locale}/shortlist?notice=full` : (returnTo ?? `/${locale}/shortlist`), RedirectType.push);
  }
  return { status: next.full ? 'full' : intent === 'add' ? 'added' : 'removed', at: Date.now() };
}

/** "Save these to my shortlist" on a shared shortlist: adds them to the visitor's own, then shows it. */
export async function saveSharedShortlistAction(formData: FormData): Promise<void> {
  const locale = formText(formData, 'locale', 5);
  const target: AppLocale = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const parsed = saveSharedShortlistSchema.safeParse({ ids: formText(formData, 'ids', 4000) });
  const shared = parsed.success ? parsed.data.ids : [];
  if (shared.length > 0) await writeShortlist(mergeShortlists(await readShortlist(), shared));
  redirect(`/${target}/shortlist${shared.length > 0 ? '?notice=saved' : ''}`, RedirectType.push);
}
