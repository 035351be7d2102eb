import { z } from 'zod';

// The one definition of directory search parameters, shared by the services page (URL search
// params), GET /api/search and client code. Parsing is forgiving: a parameter that makes no sense
// is dropped and reported in `ignored`, so a hand-edited or stale link still gives results.

export const MAX_AGE = 25;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;

export const AGE_PHASES = ['early-years', 'primary', 'secondary', 'post-16', 'post-19'] as const;
export type AgePhase = (typeof AGE_PHASES)[number];
/** Inclusive age ranges (years) for each phase, as used across the site. */
export const AGE_PHASE_RANGES: Record<AgePhase, readonly [number, number]> = {
  'early-years': [0, 4],
  primary: [4, 11],
  secondary: [11, 16],
  'post-16': [16, 19],
  'post-19': [19, 25],
};

export const SORTS = ['relevance', 'distance', 'name', 'reviewed'] as const;
export type SearchSort = (typeof SORTS)[number];

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/);

export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).optional(),
  need: z.array(code.transform((s) => s.toUpperCase())).max(20).default([]),
  age: z.coerce.number().int().min(0).max(MAX_AGE).optional(),
  phase: z.array(z.enum(AGE_PHASES)).max(AGE_PHASES.length).default([]),
  district: z.array(code.transform((s) => s.toLowerCase())).max(20).default([]),
  type: z.array(code.transform((s) => s.toLowerCase())).max(20).default([]),
  delivery: z.array(code.transform((s) => s.toLowerCase())).max(10).default([]),
  cost: z.array(code.transform((s) => s.toLowerCase())).max(5).default([]),
  referral: z.array(code.transform((s) => s.toLowerCase())).max(5).default([]),
  access: z.array(code.transform((s) => s.toLowerCase())).max(10).default([]),
  language: z.array(code.transform((s) => s.toLowerCase())).max(20).default([]),
  /** A full postcode or an outcode (B23, B23 6XX). */
  postcode: z
    .string()
    .trim()
    .max(10)
    .regex(/^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?(\s*[0-9][A-Za-z]{2})?$/)
    .optional(),
  /** Radius in miles around the postcode. */
  radius: z.coerce.number().min(0.5).max(50).optional(),
  sort: z.enum(SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
export type SearchParamName = keyof SearchParams;
export const LIST_PARAMS = ['need', 'phase', 'district', 'type', 'delivery', 'cost', 'referral', 'access', 'language'] as const;
export type ListParam = (typeof LIST_PARAMS)[number];

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function toRecord(raw: RawParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, value: string) => {
    (out[key] ??= []).push(value);
  };
  if (raw instanceof URLSearchParams) {
    raw.forEach((value, key) => add(key, value));
  } else {
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) add(key, v);
    }
  }
  return out;
}

export interface ParsedSearch {
  params: SearchParams;
  /** Parameter names whose values were dropped because they made no sense. */
  ignored: SearchParamName[];
}

/**
 * Parses URL search params into SearchParams. Never throws: invalid values are dropped (each
 * bad item of a list on its own) and named in `ignored`. Empty values mean "not set".
 */
export function parseSearchParams(raw: RawParams): ParsedSearch {
  const record = toRecord(raw);
  const ignored = new Set<SearchParamName>();
  const input: Record<string, unknown> = {};
  const shape = searchParamsSchema.shape;

  for (const name of Object.keys(shape) as SearchParamName[]) {
    const values = (record[name] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) continue;
    if ((LIST_PARAMS as readonly string[]).includes(name)) {
      const item = (shape[name as ListParam] as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element;
      const results = values.map((v) => item.safeParse(v));
      if (results.some((r) => !r.success)) ignored.add(name);
      const good = [...new Set(results.flatMap((r) => (r.success ? [r.data as string] : [])))];
      const fit = shape[name].safeParse(good);
      if (fit.success) input[name] = good;
      else ignored.add(name);
    } else {
      const field = shape[name].safeParse(values[0]);
      if (field.success) input[name] = values[0];
      else ignored.add(name);
    }
  }

  // A radius without a postcode has nothing to measure from.
  if (input.radius !== undefined && input.postcode === undefined) {
    delete input.radius;
    ignored.add('radius');
  }
  const params = searchParamsSchema.parse(input);
  if (params.sort === 'distance' && !params.postcode) {
    params.sort = 'relevance';
    ignored.add('sort');
  }
  return { params, ignored: [...ignored] };
}

/** Serialises params back to a query string, omitting defaults, in a stable order (shareable URLs). */
export function toQueryString(params: Partial<SearchParams>): string {
  const qs = new URLSearchParams();
  if (params.q) qs.set('q', params.q);
  for (const name of LIST_PARAMS) {
    for (const v of params[name] ?? []) qs.append(name, v);
  }
  if (params.age !== undefined) qs.set('age', String(params.age));
  if (params.postcode) qs.set('postcode', params.postcode);
  if (params.radius !== undefined) qs.set('radius', String(params.radius));
  if (params.sort && params.sort !== 'relevance') qs.set('sort', params.sort);
  if (params.page && params.page > 1) qs.set('page', String(params.page));
  return qs.toString();
}
