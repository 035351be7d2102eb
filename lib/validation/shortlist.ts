import { z } from 'zod';

// The shortlist lives in a cookie on the visitor's device (no account): service ids joined by
// dots (commas are not allowed in cookie values). The browser sends it back unchanged, but anyone
// can edit a cookie, so every read goes through these schemas: a cookie that is not a plain list of
// service ids is ignored as a whole rather than half-trusted.

export const SHORTLIST_COOKIE = 'shortlist';
/** 50 ids fill about 1,850 bytes, well inside the 4,096 a browser keeps per cookie. */
export const SHORTLIST_MAX = 50;
/** One year, in seconds: a shortlist is kept between visits, like a bookmark. */
export const SHORTLIST_MAX_AGE = 60 * 60 * 24 * 365;
/** Fired on window after the shortlist cookie changes, so the header count can update. */
export const SHORTLIST_CHANGE_EVENT = 'local-offer:shortlist-change';

const serviceId = z
  .guid()
  .transform((id) => id.toLowerCase());

export const shortlistIdsSchema = z
  .array(serviceId)
  .max(SHORTLIST_MAX)
  .transform((ids) => [...new Set(ids)]);

/** The ids in a shortlist cookie, or none when the cookie is missing or has been tampered with. */
export function parseShortlistCookie(value: string | undefined | null): string[] {
  if (!value) return [];
  const parsed = shortlistIdsSchema.safeParse(value.split('.'));
  return parsed.success ? parsed.data : [];
}

export function serializeShortlist(ids: readonly string[]): string {
  return ids.join('.');
}

/**
 * The ids of a shared shortlist link (`?ids=a,b,c`). A link may be cut short or mangled by an email
 * program: each id that still reads as one is kept, in order, up to the shortlist's size.
 */
export function parseSharedShortlist(raw: string | string[] | undefined): string[] {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(','));
  const ids = values.flatMap((value) => {
    const parsed = serviceId.safeParse(value.trim());
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(ids)].slice(0, SHORTLIST_MAX);
}

/** The value of `?ids=` for a shortlist: what the share link carries. */
export function shareQuery(ids: readonly string[]): string {
  return ids.join(',');
}

/**
 * Where a shortlist button sends a browser without JavaScript back to: a path on this site in one
 * of its languages, never another site (`//evil.example`) or a scheme.
 */
export const returnPathSchema = z
  .string()
  .max(2000)
  .regex(/^\/[a-z]{2}(?:[/?#]|$)/)
  .refine((path) => !path.startsWith('//') && !path.includes('\\'));

export const shortlistUpdateSchema = z.object({
  serviceId,
  intent: z.enum(['add', 'remove']),
  returnTo: returnPathSchema.optional().catch(undefined),
  /** Set by the button once JavaScript runs: the page then updates in place instead of reloading. */
  enhanced: z.literal('1').optional().catch(undefined),
});

export type ShortlistUpdate = z.infer<typeof shortlistUpdateSchema>;

export const saveSharedShortlistSchema = z.object({
  ids: z.string().max(SHORTLIST_MAX * 40).transform((value) => parseSharedShortlist(value)),
});

/** Adds or removes one id; adding to a full list changes nothing (`full` says so). */
export function applyShortlistUpdate(
  ids: readonly string[],
  update: Pick<ShortlistUpdate, 'serviceId' | 'intent'>,
): { ids: string[]; full: boolean } {
  const without = ids.filter((id) => id !== update.serviceId);
  if (update.intent === 'remove') return { ids: without, full: false };
  if (ids.includes(update.serviceId)) return { ids: [...ids], full: false };
  if (ids.length >= SHORTLIST_MAX) return { ids: [...ids], full: true };
  return { ids: [...ids, update.serviceId], full: false };
}

/** Saved ids first, then shared ones not already saved, up to the shortlist's size. */
export function mergeShortlists(saved: readonly string[], shared: readonly string[]): string[] {
  return [...new Set([...saved, ...shared])].slice(0, SHORTLIST_MAX);
}
