import { z } from 'zod';
import { dateFieldsSchema, parseDateFields, type DateErrorCode, type DateFieldValues } from './date-input';

// Form schemas for the EHCP timeline calculator and the phase-transfer date finder, shared by
// the server action (authoritative) and the client (to keep what was typed).

/** The EHC system started on 1 September 2014 (Children and Families Act 2014, Part 3). */
export const EHC_SYSTEM_START = '2014-09-01';

export interface FieldError {
  field: string;
  code: DateErrorCode;
}

export type ToolResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, Math.min(d, m === 2 && d === 29 ? 28 : d)));
  return date.toISOString().slice(0, 10);
}

export const ehcpTimelineFormSchema = z.object({
  request: dateFieldsSchema,
  planIssued: dateFieldsSchema,
  amendmentNotice: dateFieldsSchema,
});
export type EhcpTimelineForm = z.infer<typeof ehcpTimelineFormSchema>;

const isBlank = (v: DateFieldValues) => `${v.day}${v.month}${v.year}`.trim() === '';

/** Validates the calculator form; `today` bounds dates so a typo like 2062 is caught. */
export function validateEhcpTimelineForm(
  form: EhcpTimelineForm,
  today: string,
): ToolResult<{ requestDate: string; planIssuedDate?: string; amendmentNoticeDate?: string }> {
  const errors: FieldError[] = [];
  const bounds = { min: EHC_SYSTEM_START, max: addYears(today, 1) };
  const request = parseDateFields(form.request, bounds);
  if (!request.ok) errors.push({ field: 'request', code: request.code });

  const optional = (name: 'planIssued' | 'amendmentNotice') => {
    if (isBlank(form[name])) return undefined;
    const parsed = parseDateFields(form[name], bounds);
    if (!parsed.ok) {
      errors.push({ field: name, code: parsed.code });
      return undefined;
    }
    return parsed.iso;
  };
  const planIssuedDate = optional('planIssued');
  const amendmentNoticeDate = optional('amendmentNotice');
  if (errors.length > 0 || !request.ok) return { ok: false, errors };
  return { ok: true, value: { requestDate: request.iso, planIssuedDate, amendmentNoticeDate } };
}

export const phaseTransferFormSchema = z.object({ dateOfBirth: dateFieldsSchema });
export type PhaseTransferForm = z.infer<typeof phaseTransferFormSchema>;

/** A date of birth for a child or young person aged 0 to 25 today. */
export function validatePhaseTransferForm(form: PhaseTransferForm, today: string): ToolResult<{ dateOfBirth: string }> {
  const parsed = parseDateFields(form.dateOfBirth, { min: addYears(today, -26), max: today });
  if (!parsed.ok) {
    const code = parsed.code === 'tooLate' ? 'inFuture' : parsed.code;
    return { ok: false, errors: [{ field: 'dateOfBirth', code }] };
  }
  return { ok: true, value: { dateOfBirth: parsed.iso } };
}
