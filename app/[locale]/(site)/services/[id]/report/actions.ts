'use server';

import { redirect, RedirectType } from 'next/navigation';
import type { ReportListingState } from '@/components/directory/report-listing-form';
import { createListingReport } from '@/lib/directory/create-listing-report';
import { DEFAULT_LOCALE, isAppLocale } from '@/lib/i18n/locales';
import { formText, REPORT_DETAILS_MAX, validateReportListing } from '@/lib/validation/report-listing';

/**
 * Saves a "Report a problem with this listing" form. Used with useActionState, so it also answers a
 * plain form post when JavaScript is off. Every problem comes back at once, with the answers as
 * typed; a saved report goes to the confirmation page (post, redirect, get: no double reports on
 * refresh). Anyone may report, so nothing here needs a session.
 */
export async function reportListingProblemAction(_previous: ReportListingState, formData: FormData): Promise<ReportListingState> {
  const localeField = formText(formData, 'locale', 5);
  const locale = isAppLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const values = {
    reason: formText(formData, 'reason', 40),
    // Far past the limit is still kept (cut) so it can be shortened rather than typed again.
    details: formText(formData, 'details', REPORT_DETAILS_MAX * 4),
    contactEmail: formText(formData, 'contactEmail', 320),
  };
  const serviceId = formText(formData, 'serviceId', 100);

  const checked = validateReportListing({ serviceId, ...values });
  if (!checked.ok) {
    if (checked.invalidService) redirect(`/${locale}/services`, RedirectType.replace);
    return { values, errors: checked.errors, failed: false };
  }

  let saved: Awaited<ReturnType<typeof createListingReport>>;
  try {
    saved = await createListingReport(checked.data);
  } catch (error) {
    console.error('Could not save a listing report', error);
    return { values, errors: [], failed: true };
  }
  // The listing has gone since the form was opened: its page explains (not found).
  if (!saved) redirect(`/${locale}/services/${checked.data.serviceId}`, RedirectType.replace);
  redirect(`/${locale}/services/${saved.serviceId}/report/confirmation`, RedirectType.replace);
}
