import { describe, expect, it } from 'vitest';
import { calculateEhcpTimeline } from './ehcp-timeline';

const byId = (steps: ReturnType<typeof calculateEhcpTimeline>) => Object.fromEntries(steps.map((s) => [s.id, s.date]));

describe('calculateEhcpTimeline', () => {
  it('gives the 6, 16 and 20 week dates from the request date', () => {
    const dates = byId(calculateEhcpTimeline({ requestDate: '2026-01-05' }));
    expect(dates).toEqual({
      'decision-to-assess': '2026-02-16',
      'decision-not-to-issue': '2026-04-27',
      'final-plan': '2026-05-25',
    });
  });

  it('counts calendar weeks: Christmas and bank holidays are not taken out', () => {
    const dates = byId(calculateEhcpTimeline({ requestDate: '2026-12-14' }));
    expect(dates['decision-to-assess']).toBe('2027-01-25');
    // 20 weeks spans Christmas, New Year and the Easter weekend of 2027 (26-29 March).
    expect(dates['final-plan']).toBe('2027-05-03');
  });

  it('handles leap years', () => {
    const dates = byId(calculateEhcpTimeline({ requestDate: '2028-01-18' }));
    expect(dates['decision-to-assess']).toBe('2028-02-29');
  });

  it('names a source for every deadline', () => {
    const steps = calculateEhcpTimeline({
      requestDate: '2026-01-05',
      planIssuedDate: '2026-05-20',
      amendmentNoticeDate: '2026-09-01',
    });
    expect(steps).toHaveLength(6);
    for (const step of steps) expect(step.source).toMatch(/Regulations 2014|Children and Families Act 2014/);
  });

  it('puts the first annual review 12 months after the plan, clamping month ends', () => {
    expect(byId(calculateEhcpTimeline({ requestDate: '2026-01-05', planIssuedDate: '2028-02-29' }))['first-annual-review']).toBe(
      '2029-02-28',
    );
  });

  it('counts the 15 days for comments from the day the amendment notice is served', () => {
    const dates = byId(calculateEhcpTimeline({ requestDate: '2026-01-05', amendmentNoticeDate: '2026-10-26' }));
    expect(dates['amendment-comments']).toBe('2026-11-09');
    expect(dates['amended-plan']).toBe('2026-12-21');
  });

  it('rejects a date that does not exist', () => {
    expect(() => calculateEhcpTimeline({ requestDate: '2026-02-30' })).toThrow(RangeError);
  });
});
