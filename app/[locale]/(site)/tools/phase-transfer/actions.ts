'use server';

import type { PhaseTransferState } from '@/components/tools/tool-state';
import { todayInEngland, toIsoDate } from '@/lib/tools/calendar-date';
import { findPhaseTransfers } from '@/lib/tools/phase-transfer';
import { phaseTransferFormSchema, validatePhaseTransferForm } from '@/lib/validation/tools';
import { clipDateFields, readDateFields, withWesternDigits } from '../date-form-data';

/**
 * Finds a child's school year and phase-transfer deadlines from their date of birth. The date
 * of birth is personal data: it travels only in the form post, and is never stored or logged.
 */
export async function findPhaseTransfersAction(_previous: PhaseTransferState, formData: FormData): Promise<PhaseTransferState> {
  const raw = { dateOfBirth: readDateFields(formData, 'dateOfBirth') };
  const parsed = phaseTransferFormSchema.safeParse(raw);
  if (!parsed.success) {
    // Only a box far longer than a date can fail the schema: that is not a real date.
    return { values: { dateOfBirth: clipDateFields(raw.dateOfBirth) }, errors: [{ field: 'dateOfBirth', code: 'notReal' }], result: null };
  }

  const values = parsed.data;
  const today = todayInEngland();
  const checked = validatePhaseTransferForm({ dateOfBirth: withWesternDigits(values.dateOfBirth) }, toIsoDate(today));
  if (!checked.ok) return { values, errors: checked.errors, result: null };
  return { values, errors: [], result: { ...findPhaseTransfers(checked.value.dateOfBirth, today), today: toIsoDate(today) } };
}
