import { describe, expect, it } from 'vitest';
import {
  computeRatios,
  evaluateGoals,
  formatFailures,
  formatMs,
  formatRatio,
  percentile,
  ratio,
  renderMarkdown,
  sortRuns,
  summarizeRun,
  type BenchReport,
  type RunStats,
  type TargetId,
} from './report';

function run(target: TargetId, connections: number, figures: Partial<RunStats> = {}): RunStats {
  return {
    target,
    connections,
    durationS: 10,
    ok: 1000,
    rps: 100,
    meanMs: 5,
    p50Ms: 4,
    p975Ms: 9,
    p99Ms: 12,
    maxMs: 30,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    non2xxByStatus: {},
    ...figures,
  };
}

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(100);
    expect(percentile(sorted, 97.5)).toBe(195);
    expect(percentile(sorted, 99)).toBe(198);
    expect(percentile(sorted, 100)).toBe(200);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it('is 0 for no samples and the only value for one', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([3.25], 99)).toBe(3.25);
  });
});

describe('summarizeRun', () => {
  it('keeps fractional milliseconds and counts 2xx responses per second', () => {
    const stats = summarizeRun({
      target: 'meili',
      connections: 10,
      latenciesMs: [1.4, 0.6, 1.1, 0.9],
      durationS: 2,
      errors: 1,
      timeouts: 1,
      non2xx: 3,
      non2xxByStatus: { '503': 2, '500': 1 },
    });
    expect(stats).toMatchObject({ ok: 4, rps: 2, p50Ms: 0.9, p99Ms: 1.4, maxMs: 1.4, errors: 1, timeouts: 1, non2xx: 3 });
    expect(formatFailures(stats)).toBe('1 / 3 (500: 1, 503: 2)');
    expect(stats.meanMs).toBeCloseTo(1);
  });

  it('reports zeros for a run without successful responses', () => {
    const stats = summarizeRun({ target: 'api', connections: 50, latenciesMs: [], durationS: 0, errors: 7, timeouts: 0, non2xx: 0 });
    expect(stats).toMatchObject({ ok: 0, rps: 0, meanMs: 0, p50Ms: 0, maxMs: 0, errors: 7, non2xxByStatus: {} });
    expect(formatFailures(stats)).toBe('7 / 0');
  });
});

describe('ratio', () => {
  it('divides measured figures and refuses missing or zero ones', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(Number.NaN, 1)).toBeNull();
  });
});

describe('computeRatios', () => {
  it('compares ours with Meilisearch and the naive baseline with ours, per connection count', () => {
    const rows = computeRatios([
      run('api', 10, { p50Ms: 6, p975Ms: 12, rps: 800 }),
      run('meili', 10, { p50Ms: 2, p975Ms: 4, rps: 4000 }),
      run('naive', 10, { p50Ms: 30, p975Ms: 60, rps: 200 }),
      run('api', 50, { p50Ms: 40, rps: 900 }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      connections: 10,
      apiOverMeili: { p50: 3, p975: 3, rps: 0.2 },
      naiveOverApi: { p50: 5, p975: 5, rps: 0.25 },
    });
    expect(rows[1]?.apiOverMeili).toEqual({ p50: null, p975: null, rps: null });
  });

  it('ignores a run where nothing succeeded', () => {
    const [row] = computeRatios([run('api', 10), run('meili', 10, { ok: 0 })]);
    expect(row?.apiOverMeili.p50).toBeNull();
  });
});

describe('evaluateGoals', () => {
  const reindex = { documents: 10_005, seconds: 12.34 };

  it('passes when /api/search is fast enough and close enough to Meilisearch', () => {
    const goals = evaluateGoals([run('api', 10, { p50Ms: 3, p975Ms: 40 }), run('meili', 10, { p50Ms: 2.5, p975Ms: 10 })], reindex, 10_000);
    expect(goals.map((g) => [g.id, g.pass])).toEqual([
      ['api-p975', true],
      ['api-over-meili', true],
      ['reindex', true],
    ]);
    expect(goals[1]?.measured).toBe('1.20× (p97.5: 4.00×)');
    expect(goals[2]?.measured).toBe('12.3 s');
    expect(goals.every((g) => g.note === undefined)).toBe(true);
  });

  it('misses each goal past its limit', () => {
    const goals = evaluateGoals(
      [run('api', 10, { p50Ms: 8, p975Ms: 50.5 }), run('meili', 10, { p50Ms: 2 })],
      { documents: 10_005, seconds: 31 },
      10_000,
    );
    expect(goals.map((g) => g.pass)).toEqual([false, false, false]);
  });

  it('says what was not measured and when the reindex ran on fewer services than the goal', () => {
    const goals = evaluateGoals([run('api', 50), run('meili', 50)], { documents: 2005, seconds: 3 }, 2000);
    expect(goals[0]).toMatchObject({ pass: null, measured: 'not measured' });
    expect(goals[1]).toMatchObject({ pass: null });
    expect(goals[2]?.note).toContain('2000 sample services');
  });

  it('notes failed requests and searches answered by the PostgreSQL fallback', () => {
    const goals = evaluateGoals([run('api', 10, { non2xx: 4 }), run('meili', 10, { errors: 1 })], reindex, 10_000);
    expect(goals[0]?.note).toBe('some requests failed (see the table)');
    const fellBack = evaluateGoals([run('api', 10, { postgresServiceScans: 12 }), run('meili', 10)], reindex, 10_000);
    expect(fellBack[0]?.note).toBe('some searches fell back to PostgreSQL');
    expect(fellBack[1]?.note).toBe('some searches fell back to PostgreSQL');
  });
});

describe('formatting', () => {
  it('gives small latencies more decimals', () => {
    expect(formatMs(1.234)).toBe('1.23');
    expect(formatMs(12.34)).toBe('12.3');
    expect(formatMs(123.4)).toBe('123');
    expect(formatRatio(1.5)).toBe('1.50×');
    expect(formatRatio(null)).toBe('n/a');
  });

  it('renders pasteable markdown tables', () => {
    const runs = [
      run('api', 10, { p50Ms: 3, p975Ms: 8.5, rps: 2500.4, postgresServiceScans: 0 }),
      run('meili', 10, { p50Ms: 1.5, p975Ms: 4 }),
      run('naive', 10, { postgresServiceScans: 3000 }),
      run('api', 50, { postgresServiceScans: 42, non2xx: 2, non2xxByStatus: { '503': 2 } }),
    ];
    const report: BenchReport = {
      date: '2026-11-23T10:00:00.000Z',
      services: 10_000,
      reindex: { documents: 10_005, seconds: 9.5 },
      setup: { seedSeconds: 20, firstIndexSeconds: 9 },
      build: { builtAt: '2026-11-23T09:00:00.000Z', changedAfterBuild: null },
      durationS: 10,
      warmupS: 2,
      querySets: ['q=support&need=ASD&age=7&district=erdington'],
      machine: { cpus: 2, node: '20.20.0', loadBefore: [1, 0.5, 0.25], loadAfter: [2, 1, 0.5] },
      runs,
      ratios: computeRatios(runs),
      goals: evaluateGoals(runs, { documents: 10_005, seconds: 9.5 }, 10_000),
    };
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Target | Connections | req/s | p50 | p97.5 | p99 | errors / non-2xx |');
    expect(markdown).toContain('| /api/search (Next production server) | 10 | 2500 | 3.00 | 8.50 | 12.0 | 0 / 0 |');
    expect(markdown).toContain('| /api/search ÷ direct Meilisearch | 10 | 2.00× | 2.13× | 25.00× |');
    expect(markdown).toContain('| /api/search ÷ direct Meilisearch, p50 at 10 connections | 2.00× (p97.5: 2.13×) | ≤ 1.5× | **MISS** |');
    expect(markdown).toContain('load average 1.00 / 0.50 / 0.25 before');
    expect(markdown).toContain('| /api/search (Next production server) | 50 | 100 | 4.00 | 9.00 | 12.0 | 0 / 2 (503: 2) |');
    expect(markdown).toContain('- /api/search at 50 connections: 42 scans of the service table in PostgreSQL during the run');
    expect(markdown).not.toContain('at 10 connections: 0 scans');
    expect(markdown).not.toContain('older than the source');
    expect(renderMarkdown({ ...report, build: { ...report.build, changedAfterBuild: 'lib/db.ts' } })).toContain(
      '**The production build was older than the source (lib/db.ts)',
    );
    for (const line of markdown.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.endsWith('|')).toBe(true);
    }
  });
});

describe('sortRuns', () => {
  it('orders by connections, then /api/search, Meilisearch, naive', () => {
    const sorted = sortRuns([run('naive', 10), run('meili', 50), run('api', 50), run('meili', 10), run('api', 10)]);
    expect(sorted.map((r) => `${r.target}@${r.connections}`)).toEqual(['api@10', 'meili@10', 'naive@10', 'api@50', 'meili@50']);
  });
});
