'use server';

import type { EhcpTimelineState } from '@/components/tools/tool-state';
import { todayInEngland, toIsoDate } from '@/lib/tools/calendar-date';
import { calculateEhcpTimeline } from '@/lib/tools/ehcp-timeline';
import { ehcpTimelineFormSchema, validateEhcpTimelineForm } from '@/lib/validation/tools';
import { clipDateFields, fieldsWithIssues, readDateFields, withWesternDigits } from '../date-form-data';

const FIELDS = ['request', 'planIssued', 'amendmentNotice'] as const;

/**
 * Works out the EHC plan deadlines from the dates typed. Used with useActionState, so it also
 * answers a plain form post when JavaScript is off. Nothing is stored or logged.
 */
export async function calculateEhcpTimelineAction(_previous: EhcpTimelineState, formData: FormData): Promise<EhcpTimelineState> {
  const raw = {
    request: readDateFields(formData, 'request'),
    planIssued: readDateFields(formData, 'planIssued'),
    amendmentNotice: readDateFields(formData, 'amendmentNotice'),
  };
  const parsed = ehcpTimelineFormSchema.safeParse(raw);
  if (!parsed.success) {
    // Only a box far longer than a date can fail the schema: that is not a real date.
    return {
      values: { request: clipDateFields(raw.request), planIssued: clipDateFields(raw.planIssued), amendmentNotice: clipDateFields(raw.amendmentNotice) },
      errors: fieldsWithIssues(parsed.error.issues, FIELDS).map((field) => ({ field, code: 'notReal' })),
      result: null,
    };
  }

  const values = parsed.data;
  const checked = validateEhcpTimelineForm(
    {
      request: withWesternDigits(values.request),
      planIssued: withWesternDigits(values.planIssued),
      amendmentNotice: withWesternDigits(values.amendmentNotice),
    },
    toIsoDate(todayInEngland()),
  );
  if (!checked.ok) return { values, errors: checked.errors, result: null };
  return { values, errors: [], result: { ...checked.value, steps: calculateEhcpTimeline(checked.value) } };
}
