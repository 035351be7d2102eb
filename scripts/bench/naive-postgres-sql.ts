// The benchmark's naive baseline: the directory search written the obvious way on PostgreSQL, with
// ILIKE for the keyword, EXISTS for need and district and an age range, then separate statements
// for the total, one page of hits and GROUP BY facet counts. Deliberately not what the app's
// fallback does (lib/directory/search-services-in-postgres.ts: full-text index, ranking, disjunctive
// counts, city-wide services counted in every district): it is what a first version would have been.
import { PAGE_SIZE } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

export interface NaiveSearchQueries {
  total: SqlQuery;
  page: SqlQuery;
  facets: SqlQuery;
}

export type NaiveSearchParams = Pick<SearchParams, 'q' | 'age' | 'need' | 'district' | 'page'>;

/** ILIKE treats % and _ as wildcards; a keyword is matched literally. */
export function likePattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function buildNaiveSearchQueries(params: NaiveSearchParams): NaiveSearchQueries {
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions = [`s.status = 'active'`];
  const q = params.q?.trim();
  if (q) {
    const pattern = bind(likePattern(q));
    conditions.push(`(s.name ILIKE ${pattern} OR s.summary ILIKE ${pattern} OR s.description ILIKE ${pattern})`);
  }
  if (params.age !== undefined) {
    const age = bind(params.age);
    conditions.push(`coalesce(s.minimum_age, 0) <= ${age}::int AND coalesce(s.maximum_age, 25) >= ${age}::int`);
  }
  if (params.need.length > 0) {
    conditions.push(`EXISTS (
      SELECT 1 FROM attribute a
      JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
      JOIN taxonomy x ON x.id = t.taxonomy_id
      WHERE a.link_id = s.id AND x.code = 'need' AND t.code = ANY(${bind(params.need)}::text[]))`);
  }
  if (params.district.length > 0) {
    conditions.push(`EXISTS (
      SELECT 1 FROM service_area sa
      LEFT JOIN taxonomy_term t ON t.id = sa.taxonomy_term_id
      WHERE sa.service_id = s.id AND (sa.scope = 'local_authority' OR t.code = ANY(${bind(params.district)}::text[])))`);
  }
  const matched = `WITH matched AS (
    SELECT s.id, s.name, s.summary, s.minimum_age, s.maximum_age
    FROM service s
    WHERE ${conditions.join('\n      AND ')}
  )`;
  const shared = [...values];
  return {
    total: { text: `${matched} SELECT count(*)::int AS total FROM matched`, values: shared },
    page: {
      text: `${matched} SELECT id, name, summary, minimum_age, maximum_age FROM matched
        ORDER BY name, id LIMIT ${PAGE_SIZE} OFFSET $${shared.length + 1}::int`,
      values: [...shared, (params.page - 1) * PAGE_SIZE],
    },
    facets: {
      text: `${matched}
        SELECT x.code AS facet, t.code AS value, count(*)::int AS n
        FROM matched m
        JOIN attribute a ON a.link_id = m.id
        JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
        JOIN taxonomy x ON x.id = t.taxonomy_id
        GROUP BY x.code, t.code
        UNION ALL
        SELECT 'district', t.code, count(*)::int
        FROM matched m
        JOIN service_area sa ON sa.service_id = m.id
        JOIN taxonomy_term t ON t.id = sa.taxonomy_term_id
        GROUP BY t.code`,
      values: shared,
    },
  };
}
