import { z } from 'zod';

// The metadata every guidance page must carry. A page with missing or wrong metadata fails the
// build (see load.ts), because guidance that nobody owns or reviews goes stale and wrong, and
// for families relying on it, wrong guidance about the law costs them their rights.

export const GUIDE_SECTIONS = ['ehcp', 'phase-transfer', 'neurodevelopmental-pathway', 'about', 'help'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** Longest gap allowed between a page's last review and its next one. */
export const MAX_REVIEW_INTERVAL_MONTHS = 12;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD` as a calendar date (UTC midnight), or null if it is not a real date. */
export function parseCalendarDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** The same day `months` later; a day that does not exist in the target month becomes its last day. */
export function addCalendarMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

// YAML turns an unquoted 2026-11-22 into a Date; accept both spellings and keep the string.
const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine((value) => parseCalendarDate(value) !== null, { message: 'Expected a date written as YYYY-MM-DD' }),
);

const nonEmpty = z.string().trim().min(1);

export const guideSourceSchema = z
  .object({
    /** The instrument or document, e.g. "SEND Regulations 2014". */
    title: nonEmpty,
    url: z.url({ protocol: /^https$/ }).optional(),
    /** The pinpoint within it, e.g. "regulation 13(2)" or "paragraphs 9.95 to 9.124". */
    ref: nonEmpty.optional(),
  })
  .strict();

export type GuideSource = z.infer<typeof guideSourceSchema>;

export const guideFrontmatterSchema = z
  .object({
    title: nonEmpty.max(120),
    /** One or two sentences: used as the meta description and on the guidance index. */
    summary: nonEmpty.max(300),
    section: z.enum(GUIDE_SECTIONS),
    /** Position within its section; the section's contents list and previous/next follow it. */
    order: z.number().int().min(0),
    /**
     * Organisations the page is reviewed with (parents' and young people's groups, services).
     * Whether that review has happened is `coProduction`: the page must never claim a
     * partnership that has not taken place.
     */
    coProducedWith: z.array(nonEmpty).default([]),
    coProduction: z.enum(['planned', 'completed']),
    owner: nonEmpty,
    lastReviewed: calendarDate,
    reviewDue: calendarDate,
    sources: z.array(guideSourceSchema).min(1),
    /** Ids of the statutory requirements this page helps meet, e.g. "sch2-para15". */
    answers: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).optional(),
    /** Address of a British Sign Language version of the page. */
    bslVideo: z.url({ protocol: /^https$/ }).optional(),
    /** Slug of the Easy Read version of the page. */
    easyRead: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/).optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    const last = parseCalendarDate(data.lastReviewed);
    const due = parseCalendarDate(data.reviewDue);
    if (!last || !due) return;
    if (due <= last) {
      ctx.addIssue({ code: 'custom', path: ['reviewDue'], message: 'reviewDue must be after lastReviewed' });
    }
    if (due > addCalendarMonths(last, MAX_REVIEW_INTERVAL_MONTHS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: `reviewDue must be no more than ${MAX_REVIEW_INTERVAL_MONTHS} months after lastReviewed`,
      });
    }
    if (data.coProduction === 'completed' && data.coProducedWith.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['coProducedWith'],
        message: 'Name the partners a co-produced page was written with',
      });
    }
  });

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
