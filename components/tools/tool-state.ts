import type { TimelineStep } from '@/lib/tools/ehcp-timeline';
import type { PhaseTransferResult } from '@/lib/tools/phase-transfer';
import type { DateErrorCode, DateFieldValues } from '@/lib/validation/date-input';
import type { EhcpTimelineForm, FieldError, PhaseTransferForm } from '@/lib/validation/tools';
import type { DatePart } from './date-input';

// What the tools' server actions send back. Only what the page needs to show the answer: the
// dates typed (so the boxes keep them), error codes (worded in the reader's language by the
// page) and the calculated dates. Nothing is stored on the server.

export interface EhcpTimelineState {
  values: EhcpTimelineForm;
  errors: FieldError[];
  result: {
    requestDate: string;
    planIssuedDate?: string;
    amendmentNoticeDate?: string;
    steps: TimelineStep[];
  } | null;
}

export interface PhaseTransferState {
  values: PhaseTransferForm;
  errors: FieldError[];
  /** `today` (England) is the day the answer was worked out, to tell which deadlines have passed. */
  result: (PhaseTransferResult & { today: string }) | null;
}

export type EhcpTimelineAction = (state: EhcpTimelineState, formData: FormData) => Promise<EhcpTimelineState>;
export type PhaseTransferAction = (state: PhaseTransferState, formData: FormData) => Promise<PhaseTransferState>;

const BLANK: DateFieldValues = { day: '', month: '', year: '' };

export const INITIAL_EHCP_TIMELINE_STATE: EhcpTimelineState = {
  values: { request: BLANK, planIssued: BLANK, amendmentNotice: BLANK },
  errors: [],
  result: null,
};

export const INITIAL_PHASE_TRANSFER_STATE: PhaseTransferState = {
  values: { dateOfBirth: BLANK },
  errors: [],
  result: null,
};

/** Which of the three boxes to mark as wrong for an error (GOV.UK: only the wrong ones). */
export function wrongParts(code: DateErrorCode, values: DateFieldValues): DatePart[] {
  if (code === 'missingDay' || code === 'missingMonth' || code === 'missingYear') {
    return (['day', 'month', 'year'] as const).filter((part) => values[part].trim() === '');
  }
  if (code === 'yearFourDigits') return ['year'];
  return ['day', 'month', 'year'];
}

/** The box an error summary link should move focus to: the first wrong one. */
export function firstWrongBox(field: string, code: DateErrorCode, values: DateFieldValues): string {
  return `${field}-${wrongParts(code, values)[0] ?? 'day'}`;
}
