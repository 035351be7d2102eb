// Pure figures for the search benchmark: latency percentiles, ratios between the targets, the goals
// from the issue and the markdown that goes into the README. No I/O here, so it is unit-tested.

export const TARGETS = {
  api: '/api/search (Next production server)',
  meili: 'Meilisearch /multi-search, direct',
  naive: 'PostgreSQL ILIKE, naive baseline',
} as const;
export type TargetId = keyof typeof TARGETS;
export const TARGET_IDS = Object.keys(TARGETS) as TargetId[];

/** The goals the issue sets for directory search. */
export const GOALS = {
  apiP975Ms: 50,
  apiOverMeiliP50: 1.5,
  reindexSeconds: 30,
  /** Connections at which the latency goals are checked. */
  connections: 10,
  /** Services the reindex goal is stated for. */
  reindexServices: 10_000,
} as const;

export interface RunInput {
  target: TargetId;
  connections: number;
  /** Latency of every 2xx response, in milliseconds (fractional). */
  latenciesMs: number[];
  /** Length of the measured run, in seconds. */
  durationS: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses other than 2xx by HTTP status, e.g. { "503": 3 }. */
  non2xxByStatus?: Record<string, number>;
}

export interface RunStats {
  target: TargetId;
  connections: number;
  durationS: number;
  /** 2xx responses. */
  ok: number;
  /** 2xx responses per second. */
  rps: number;
  meanMs: number;
  p50Ms: number;
  p975Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  non2xxByStatus: Record<string, number>;
  /**
   * /api/search only: scans of PostgreSQL's `service` table during its warm-up and measured run.
   * Anything above 0 means some searches were answered by the PostgreSQL fallback.
   */
  postgresServiceScans?: number;
}

export interface Ratios {
  p50: number | null;
  p975: number | null;
  rps: number | null;
}

export interface RatioRow {
  connections: number;
  /** Ours divided by direct Meilisearch: latency above 1 is overhead, req/s below 1 is lost throughput. */
  apiOverMeili: Ratios;
  /** Naive PostgreSQL divided by ours: latency above 1 means ours is faster. */
  naiveOverApi: Ratios;
}

export interface ReindexStats {
  documents: number;
  seconds: number;
}

export type GoalId = 'api-p975' | 'api-over-meili' | 'reindex';

export interface GoalResult {
  id: GoalId;
  label: string;
  measured: string;
  goal: string;
  /** null when the run did not measure it (e.g. no run at 10 connections). */
  pass: boolean | null;
  note?: string;
}

export interface BenchReport {
  date: string;
  services: number;
  reindex: ReindexStats;
  /** Informational: seeding and the first index build of this run. */
  setup: { seedSeconds: number; firstIndexSeconds: number };
  /** The production build measured, and the newest source file changed after it, if any. */
  build: { builtAt: string; changedAfterBuild: string | null };
  durationS: number;
  warmupS: number;
  querySets: string[];
  machine: { cpus: number; node: string; loadBefore: number[]; loadAfter: number[] };
  runs: RunStats[];
  ratios: RatioRow[];
  goals: GoalResult[];
}

/** Nearest-rank percentile of an ascending array (0 when it is empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarizeRun(input: RunInput): RunStats {
  const sorted = [...input.latenciesMs].sort((a, b) => a - b);
  const ok = sorted.length;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    target: input.target,
    connections: input.connections,
    durationS: input.durationS,
    ok,
    rps: input.durationS > 0 ? ok / input.durationS : 0,
    meanMs: ok > 0 ? sum / ok : 0,
    p50Ms: percentile(sorted, 50),
    p975Ms: percentile(sorted, 97.5),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[ok - 1] ?? 0,
    errors: input.errors,
    timeouts: input.timeouts,
    non2xx: input.non2xx,
    non2xxByStatus: { ...input.non2xxByStatus },
  };
}

/** By connections, then in TARGETS order (the order they run in is another matter). */
export function sortRuns(runs: readonly RunStats[]): RunStats[] {
  return [...runs].sort((a, b) => a.connections - b.connections || TARGET_IDS.indexOf(a.target) - TARGET_IDS.indexOf(b.target));
}

/** a ÷ b, or null when either side was not measured. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return null;
  return a / b;
}

function findRun(runs: readonly RunStats[], target: TargetId, connections: number): RunStats | undefined {
  return runs.find((run) => run.target === target && run.connections === connections && run.ok > 0);
}

function ratiosOf(top: RunStats | undefined, bottom: RunStats | undefined): Ratios {
  return {
    p50: ratio(top?.p50Ms, bottom?.p50Ms),
    p975: ratio(top?.p975Ms, bottom?.p975Ms),
    rps: ratio(top?.rps, bottom?.rps),
  };
}

export function computeRatios(runs: readonly RunStats[]): RatioRow[] {
  const levels = [...new Set(runs.map((run) => run.connections))].sort((a, b) => a - b);
  return levels.map((connections) => {
    const api = findRun(runs, 'api', connections);
    return {
      connections,
      apiOverMeili: ratiosOf(api, findRun(runs, 'meili', connections)),
      naiveOverApi: ratiosOf(findRun(runs, 'naive', connections), api),
    };
  });
}

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

export function formatRatio(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(2)}×`;
}

function formatRps(rps: number): string {
  return rps >= 100 ? Math.round(rps).toString() : rps.toFixed(1);
}

export function evaluateGoals(runs: readonly RunStats[], reindex: ReindexStats, services: number): GoalResult[] {
  const at = GOALS.connections;
  const api = findRun(runs, 'api', at);
  const meili = findRun(runs, 'meili', at);
  const p50Ratio = ratio(api?.p50Ms, meili?.p50Ms);
  const p975Ratio = ratio(api?.p975Ms, meili?.p975Ms);
  const caveats = (...checked: (RunStats | undefined)[]) => {
    const notes: string[] = [];
    if (checked.some((run) => run && run.errors + run.non2xx > 0)) notes.push('some requests failed (see the table)');
    if ((api?.postgresServiceScans ?? 0) > 0) notes.push('some searches fell back to PostgreSQL');
    return notes.length > 0 ? notes.join('; ') : undefined;
  };
  const results: GoalResult[] = [
    {
      id: 'api-p975',
      label: `/api/search p97.5 at ${at} connections`,
      measured: api ? `${formatMs(api.p975Ms)} ms` : 'not measured',
      goal: `≤ ${GOALS.apiP975Ms} ms`,
      pass: api ? api.p975Ms <= GOALS.apiP975Ms : null,
      note: caveats(api),
    },
    {
      id: 'api-over-meili',
      label: `/api/search ÷ direct Meilisearch, p50 at ${at} connections`,
      measured: p50Ratio === null ? 'not measured' : `${formatRatio(p50Ratio)} (p97.5: ${formatRatio(p975Ratio)})`,
      goal: `≤ ${GOALS.apiOverMeiliP50}×`,
      pass: p50Ratio === null ? null : p50Ratio <= GOALS.apiOverMeiliP50,
      note: caveats(api, meili),
    },
    {
      id: 'reindex',
      label: `full reindex, ${reindex.documents} documents`,
      measured: `${reindex.seconds.toFixed(1)} s`,
      goal: `≤ ${GOALS.reindexSeconds} s for ${GOALS.reindexServices.toLocaleString('en-GB')} services`,
      pass: reindex.seconds <= GOALS.reindexSeconds,
      note:
        services < GOALS.reindexServices
          ? `measured with ${services} sample services; the goal is for ${GOALS.reindexServices.toLocaleString('en-GB')}`
          : undefined,
    },
  ];
  return results;
}

export function verdict(pass: boolean | null): string {
  if (pass === null) return 'n/a';
  return pass ? 'PASS' : 'MISS';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "0 / 3 (503: 3)": connection errors, then other-than-2xx responses with their statuses. */
export function formatFailures(run: Pick<RunStats, 'errors' | 'non2xx' | 'non2xxByStatus'>): string {
  const statuses = Object.entries(run.non2xxByStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`);
  return `${run.errors} / ${run.non2xx}${statuses.length > 0 ? ` (${statuses.join(', ')})` : ''}`;
}

function formatLoad(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(' / ');
}

/** The whole result as markdown: pasteable into the README as it is. */
export function renderMarkdown(report: BenchReport): string {
  const resultRows = report.runs.map((run) => [
    TARGETS[run.target],
    String(run.connections),
    formatRps(run.rps),
    formatMs(run.p50Ms),
    formatMs(run.p975Ms),
    formatMs(run.p99Ms),
    formatFailures(run),
  ]);
  const ratioRows = report.ratios.flatMap((row) => [
    [
      `/api/search ÷ direct Meilisearch`,
      String(row.connections),
      formatRatio(row.apiOverMeili.p50),
      formatRatio(row.apiOverMeili.p975),
      formatRatio(row.apiOverMeili.rps),
    ],
    [
      `naive PostgreSQL ÷ /api/search`,
      String(row.connections),
      formatRatio(row.naiveOverApi.p50),
      formatRatio(row.naiveOverApi.p975),
      formatRatio(row.naiveOverApi.rps),
    ],
  ]);
  const fallbackNotes = report.runs
    .filter((run) => run.target === 'api' && (run.postgresServiceScans ?? 0) > 0)
    .map(
      (run) =>
        `- /api/search at ${run.connections} connections: ${run.postgresServiceScans} scans of the service table in PostgreSQL during the run, ` +
        'so some searches were answered by the PostgreSQL fallback (Meilisearch slower than SEARCH_TIMEOUT_MS).',
    );
  const goalRows = report.goals.map((goal) => [
    goal.label,
    goal.note ? `${goal.measured} (${goal.note})` : goal.measured,
    goal.goal,
    `**${verdict(goal.pass)}**`,
  ]);
  return [
    `### Directory search benchmark, ${report.date}`,
    '',
    `${report.services} sample services (${report.reindex.documents} indexed documents). Faceted query (keyword + need + age + ` +
      `district) rotating over ${report.querySets.length} parameter sets, the same for every target; ` +
      `${report.durationS} s measured after ${report.warmupS} s warm-up per row; loopback; ` +
      `${report.machine.cpus} CPUs, Node ${report.machine.node}, load average ${formatLoad(report.machine.loadBefore)} before ` +
      `and ${formatLoad(report.machine.loadAfter)} after the load runs. Latencies in ms over 2xx responses.`,
    '',
    ...(report.build.changedAfterBuild
      ? [`**The production build was older than the source (${report.build.changedAfterBuild}): these figures are for older code.**`, '']
      : []),
    table(['Target', 'Connections', 'req/s', 'p50', 'p97.5', 'p99', 'errors / non-2xx'], resultRows),
    '',
    ...(fallbackNotes.length > 0 ? [...fallbackNotes, ''] : []),
    table(['Ratio', 'Connections', 'p50 latency', 'p97.5 latency', 'req/s'], ratioRows),
    '',
    table(['Goal', 'Measured', 'Target', 'Result'], goalRows),
    '',
  ].join('\n');
}
