import { z } from 'zod';

// "Report a problem with this listing": the form's schema, shared by the server action (which
// decides) and the form (which shows the answers and errors it gets back). Error messages are codes,
// worded in the reader's language by the page.

/** Same names as the database enum (ListingReportReason), in the order the form shows them. */
export const LISTING_REPORT_REASONS = ['out_of_date', 'closed', 'contact_details', 'other'] as const;
export type ListingReportReason = (typeof LISTING_REPORT_REASONS)[number];

export const REPORT_DETAILS_MAX = 1200;
/** RFC 5321's limit for a whole address. */
const EMAIL_MAX = 254;

export const REPORT_LISTING_FIELDS = ['reason', 'details', 'contactEmail'] as const;
export type ReportListingField = (typeof REPORT_LISTING_FIELDS)[number];
export type ReportListingErrorCode = 'required' | 'tooLong' | 'invalid';

export interface ReportListingError {
  field: ReportListingField;
  code: ReportListingErrorCode;
}

/** What the person typed or chose, kept as text so the form can show it again exactly. */
export interface ReportListingValues {
  reason: string;
  details: string;
  contactEmail: string;
}

/** Browsers send a textarea's line breaks as CRLF: count each one as one character, as people do. */
export function normaliseDetails(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

const emailFormat = z.email();

export const reportListingSchema = z
  .object({
    serviceId: z.guid().transform((id) => id.toLowerCase()),
    reason: z.enum(LISTING_REPORT_REASONS, { error: 'required' }),
    details: z
      .string()
      .transform(normaliseDetails)
      .pipe(z.string().max(REPORT_DETAILS_MAX, { error: 'tooLong' })),
    contactEmail: z
      .string()
      .trim()
      .refine((value) => value === '' || (value.length <= EMAIL_MAX && emailFormat.safeParse(value).success), {
        error: 'invalid',
      }),
  })
  .refine((form) => form.reason !== 'other' || form.details !== '', {
    path: ['details'],
    error: 'required',
    // Checked even when the email is wrong too, so every problem is listed at once.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'reason' || issue.path?.[0] === 'details'),
  });

/** The form as posted: every field is text until the schema says otherwise. */
export type ReportListingInput = ReportListingValues & { serviceId: string };
export type ReportListing = z.output<typeof reportListingSchema>;

export type ReportListingResult =
  | { ok: true; data: ReportListing }
  | { ok: false; errors: ReportListingError[]; invalidService: boolean };

function isField(value: unknown): value is ReportListingField {
  return (REPORT_LISTING_FIELDS as readonly unknown[]).includes(value);
}

function isCode(value: string): value is ReportListingErrorCode {
  return value === 'required' || value === 'tooLong' || value === 'invalid';
}

/** Every problem with the form at once, one per field, in the order the fields appear. */
export function validateReportListing(input: ReportListingInput): ReportListingResult {
  const parsed = reportListingSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: ReportListingError[] = [];
  let invalidService = false;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'serviceId') invalidService = true;
    if (!isField(field) || errors.some((e) => e.field === field)) continue;
    errors.push({ field, code: isCode(issue.message) ? issue.message : 'invalid' });
  }
  errors.sort((a, b) => REPORT_LISTING_FIELDS.indexOf(a.field) - REPORT_LISTING_FIELDS.indexOf(b.field));
  return { ok: false, errors, invalidService };
}

/** The text of a form field, or '' when it is missing or a file. */
export function formText(formData: FormData, name: string, max = 10_000): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}
