import { addDays, addMonths, addWeeks, parseIsoDate, toIsoDate } from './calendar-date';

// The latest dates the law allows for each step of an EHC needs assessment and plan.
// Weeks are calendar weeks: bank holidays and school holidays are NOT taken out. The
// regulations allow a few exceptions (school closures of 4 weeks or more, exceptional
// personal circumstances, missed appointments), which the tool explains in words.

export type TimelineStepId =
  | 'decision-to-assess'
  | 'decision-not-to-issue'
  | 'final-plan'
  | 'first-annual-review'
  | 'amendment-comments'
  | 'amended-plan';

export interface TimelineStep {
  id: TimelineStepId;
  /** The latest date allowed, `YYYY-MM-DD`. */
  date: string;
  /** Weeks, months or days after the starting date, for explaining the arithmetic. */
  after: { amount: number; unit: 'weeks' | 'months' | 'days' };
  /** Where the deadline comes from. */
  source: string;
}

export interface EhcpTimelineInput {
  /** The day the local authority received the request for an EHC needs assessment. */
  requestDate: string;
  /** Optional: the day the final EHC plan was issued (for the first annual review). */
  planIssuedDate?: string;
  /** Optional: the day the council sent proposed amendments after a review. */
  amendmentNoticeDate?: string;
}

export function calculateEhcpTimeline(input: EhcpTimelineInput): TimelineStep[] {
  const request = parseIsoDate(input.requestDate);
  if (!request) throw new RangeError(`Not a calendar date: ${input.requestDate}`);
  const steps: TimelineStep[] = [
    {
      id: 'decision-to-assess',
      date: toIsoDate(addWeeks(request, 6)),
      after: { amount: 6, unit: 'weeks' },
      source: 'SEND Regulations 2014, regulation 5(1)',
    },
    {
      id: 'decision-not-to-issue',
      date: toIsoDate(addWeeks(request, 16)),
      after: { amount: 16, unit: 'weeks' },
      source: 'SEND Regulations 2014, regulation 10(1)',
    },
    {
      id: 'final-plan',
      date: toIsoDate(addWeeks(request, 20)),
      after: { amount: 20, unit: 'weeks' },
      source: 'SEND Regulations 2014, regulation 13(2)',
    },
  ];

  const planIssued = input.planIssuedDate ? parseIsoDate(input.planIssuedDate) : null;
  if (planIssued) {
    steps.push({
      id: 'first-annual-review',
      date: toIsoDate(addMonths(planIssued, 12)),
      after: { amount: 12, unit: 'months' },
      source: 'Children and Families Act 2014, section 44(1)',
    });
  }

  const notice = input.amendmentNoticeDate ? parseIsoDate(input.amendmentNoticeDate) : null;
  if (notice) {
    // "At least 15 days, beginning with the day on which [it] was served": the day it arrives is day 1.
    steps.push({
      id: 'amendment-comments',
      date: toIsoDate(addDays(notice, 14)),
      after: { amount: 15, unit: 'days' },
      source: 'SEND Regulations 2014, regulation 22(2)(c)',
    });
    steps.push({
      id: 'amended-plan',
      date: toIsoDate(addWeeks(notice, 8)),
      after: { amount: 8, unit: 'weeks' },
      source: 'SEND Regulations 2014, regulation 22(3)',
    });
  }
  return steps;
}
