import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { milesToMetres } from '@/lib/geo/distance';
import type { GeoPoint } from '@/lib/geo/lookup-outcode';
import { completeFacetCounts } from '@/lib/search/complete-facet-counts';
import { highlightQuery } from '@/lib/search/highlight-query';
import { parseQuery, toTsquery } from '@/lib/search/parse-query';
import type { ParsedQuery } from '@/lib/search/parse-query';
import { resolveLocation } from '@/lib/search/resolve-location';
import { isPublishable, toSearchDocument } from '@/lib/search/to-search-document';
import { toSearchHit } from '@/lib/search/to-search-hit';
import type { FacetName, SearchHit, SearchResult } from '@/lib/search/types';
import { AGE_PHASE_RANGES, AGE_PHASES, LIST_PARAMS, MAX_AGE, PAGE_SIZE } from '@/lib/validation/search';
import type { SearchParams } from '@/lib/validation/search';
import { getServicesForIndex } from './get-services-for-index';
import { listTaxonomies } from './list-taxonomies';
import type { DirectoryReader } from './service-for-index';

// The directory search answered by PostgreSQL, for when Meilisearch is down or slow. It computes
// on the live tables what toSearchDocument() puts in the index (needs, age range, districts with
// city-wide services in every district, cost band, languages, map point) and applies the same
// filters, disjunctive facet counts, sorts and keyword semantics as lib/search/build-search-queries.ts
// and the index settings. Keywords are matched with the search_* SQL functions of the
// search_fallback migration, parsed by lib/search/parse-query.ts (which lists what differs).
//
// Everything user-supplied reaches SQL as a bound parameter: fragments are composed with
// Prisma.sql, and the only raw SQL is column names chosen in this file (q0, q1, ..., needs, ...).

/** A Prisma client or transaction that can run the fallback. */
export type SearchDatabase = DirectoryReader & Pick<Prisma.TransactionClient, '$queryRaw'>;

// Meilisearch ranks a match by the best attribute it is in, in searchableAttributes order.
const FIELD = {
  name: 0,
  alternateName: 1,
  needLabels: 2,
  needs: 3,
  summary: 4,
  description: 5,
  organisation: 6,
  typeLabels: 7,
  languageNames: 8,
} as const;

const EARTH_RADIUS_METRES = 6_371_000;
const MARKS = '[\u0300-\u036f]';

interface QueryPlan {
  parsed: ParsedQuery;
  /** tsquery text per piece; the excluded words, if any, are the last entry. */
  tsqueries: string[];
  excludedPiece: number | null;
  /** Pieces that start the query: a listing must match one of them (matching strategy `last`). */
  firstPieces: number[];
}

function planKeywords(q: string | undefined): QueryPlan | null {
  const parsed = parseQuery(q);
  if (parsed.pieces.length === 0 && parsed.excluded.length === 0) return null;
  const tsqueries = parsed.pieces.map((piece) => toTsquery(piece.alternatives));
  let excludedPiece: number | null = null;
  if (parsed.excluded.length > 0) {
    excludedPiece = tsqueries.length;
    tsqueries.push(toTsquery(parsed.excluded));
  }
  const firstPieces = parsed.pieces.flatMap((piece, index) => (piece.start === 0 ? [index] : []));
  return { parsed, tsqueries, excludedPiece, firstPieces };
}

// Plans must stay linear however stale the planner's statistics are (a freshly seeded database
// has none until autovacuum analyses it): the shared steps are MATERIALIZED, each service's facet
// values are gathered with per-service LATERAL lookups on indexed columns, and facet counts unnest
// those values row by row. Nothing joins two large intermediate results on estimates alone.

/** Which services match which query piece, and the best field each piece matched in. */
function keywordCtes(plan: QueryPlan): Prisma.Sql {
  const values = Prisma.join(plan.tsqueries.map((text, index) => Prisma.sql`(${index}::int, to_tsquery('simple', ${text}))`));
  // One scan per piece with its tsquery as a constant: the planner then estimates it and uses the
  // GIN index service_search_tsvector_idx (migration search_fallback). Joined to a list of
  // queries instead, it would compute every service's tsvector.
  const serviceMatches = plan.tsqueries.map((text, index) => {
    const tsq = Prisma.sql`to_tsquery('simple', ${text})`;
    return Prisma.sql`
      SELECT ${index}::int AS piece, s.id,
        CASE
          WHEN search_tsvector(s.name) @@ ${tsq} THEN ${FIELD.name}::int
          WHEN search_tsvector(s.alternate_name) @@ ${tsq} THEN ${FIELD.alternateName}::int
          WHEN search_tsvector(s.summary) @@ ${tsq} THEN ${FIELD.summary}::int
          ELSE ${FIELD.description}::int
        END AS field
      FROM service s
      WHERE s.status = 'active' AND search_service_tsvector(s.name, s.alternate_name, s.summary, s.description) @@ ${tsq}`;
  });
  return Prisma.sql`
    query_piece (piece, tsq) AS MATERIALIZED (VALUES ${values}),
    organization_vector AS MATERIALIZED (SELECT id, search_tsvector(name) AS v FROM organization),
    language_vector AS MATERIALIZED (SELECT name, search_tsvector(name) AS v FROM (SELECT DISTINCT name FROM language) n),
    piece_hit AS MATERIALIZED (
      ${Prisma.join(serviceMatches, ' UNION ALL ')}
      UNION ALL
      SELECT tm.piece, a.link_id, tm.field
      FROM (
        SELECT qp.piece, t.id AS term_id,
          min(CASE
            WHEN x.code = 'need' AND search_tsvector(t.name) @@ qp.tsq THEN ${FIELD.needLabels}::int
            WHEN x.code = 'need' THEN ${FIELD.needs}::int
            ELSE ${FIELD.typeLabels}::int
          END) AS field
        FROM taxonomy_term t
        JOIN taxonomy x ON x.id = t.taxonomy_id
        JOIN query_piece qp
          ON (x.code IN ('need', 'type') AND search_tsvector(t.name) @@ qp.tsq)
          OR (x.code = 'need' AND search_tsvector(t.code) @@ qp.tsq)
        GROUP BY qp.piece, t.id
      ) tm
      JOIN attribute a ON a.taxonomy_term_id = tm.term_id
      UNION ALL
      SELECT qp.piece, s.id, ${FIELD.organisation}::int
      FROM organization_vector ov
      JOIN query_piece qp ON ov.v @@ qp.tsq
      JOIN service s ON s.organization_id = ov.id AND s.status = 'active'
      UNION ALL
      SELECT qp.piece, l.service_id, ${FIELD.languageNames}::int
      FROM language_vector lv
      JOIN query_piece qp ON lv.v @@ qp.tsq
      JOIN language l ON l.name = lv.name AND btrim(l.code) <> ''
    ),
    service_piece AS MATERIALIZED (
      SELECT id, array_agg(DISTINCT piece) AS pieces,
        min(field) FILTER (WHERE piece <> ${plan.excludedPiece ?? -1}::int) AS field
      FROM piece_hit
      GROUP BY id
    ),`;
}

function haversine(origin: GeoPoint): Prisma.Sql {
  const lat = Prisma.sql`${origin.lat}::float8`;
  const lng = Prisma.sql`${origin.lng}::float8`;
  return Prisma.sql`2 * ${EARTH_RADIUS_METRES}::float8 * asin(least(1, sqrt(
    power(sin(radians(g.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(g.lat)) * power(sin(radians(g.lng - ${lng}) / 2), 2)
  )))`;
}

/**
 * The published services that pass the keyword, age and radius filters, each with its age range,
 * distance and keyword match. (Facet filters come later: their counts are disjunctive.)
 */
function baseCte(params: SearchParams, origin: GeoPoint | null, plan: QueryPlan | null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`s.status = 'active'`];
  if (params.age !== undefined) conditions.push(Prisma.sql`${params.age}::int BETWEEN least(r.lo, r.hi) AND greatest(r.lo, r.hi)`);
  if (origin && params.radius !== undefined) {
    // Meilisearch's _geoRadius takes whole metres (see buildSearchQueries).
    conditions.push(Prisma.sql`d.distance <= ${Math.round(milesToMetres(params.radius))}::float8`);
  }
  const positive = plan !== null && plan.firstPieces.length > 0;
  if (positive) conditions.push(Prisma.sql`sp.pieces && ${plan.firstPieces}::int[]`);
  if (plan && plan.excludedPiece !== null) {
    conditions.push(
      positive
        ? Prisma.sql`NOT (${plan.excludedPiece}::int = ANY(sp.pieces))`
        : Prisma.sql`s.id NOT IN (SELECT id FROM service_piece WHERE ${plan.excludedPiece}::int = ANY(pieces))`,
    );
  }
  // With keywords the matches drive the scan (each looks its service up by primary key).
  const from = positive ? Prisma.sql`service_piece sp JOIN service s ON s.id = sp.id` : Prisma.sql`service s`;
  const mapPoint = origin
    ? Prisma.sql`
      LEFT JOIN LATERAL (
        -- The map point as geoOf() in to-search-document.ts picks it: the first physical location
        -- with usable coordinates.
        SELECT l.latitude AS lat, l.longitude AS lng
        FROM service_at_location sal
        JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = s.id AND l.location_type = 'physical'
          AND l.latitude > '-Infinity' AND l.latitude < 'Infinity'
          AND l.longitude > '-Infinity' AND l.longitude < 'Infinity'
        ORDER BY sal.id
        LIMIT 1
      ) g ON true`
    : Prisma.empty;
  return Prisma.sql`
    base AS MATERIALIZED (
      SELECT s.id, s.name, s.assured_date,
        least(r.lo, r.hi) AS age_min, greatest(r.lo, r.hi) AS age_max,
        d.distance,
        ${positive ? Prisma.sql`sp.pieces, sp.field` : Prisma.sql`NULL::int[] AS pieces, NULL::int AS field`}
      FROM ${from}
      CROSS JOIN LATERAL (
        SELECT least(greatest(coalesce(s.minimum_age, 0), 0), ${MAX_AGE}::int) AS lo,
               least(greatest(coalesce(s.maximum_age, ${MAX_AGE}::int), 0), ${MAX_AGE}::int) AS hi
      ) r
      ${mapPoint}
      CROSS JOIN LATERAL (SELECT ${origin ? haversine(origin) : Prisma.sql`NULL::float8`} AS distance) d
      WHERE ${Prisma.join(conditions, ' AND ')}
    ),`;
}

/**
 * Meilisearch's `words` ranking rule for matching strategy `last`: how many leading terms of the
 * query a listing matches. A term may be covered by a single-word piece or by a synonym run.
 */
function rankedCte(plan: QueryPlan | null): Prisma.Sql {
  if (!plan || plan.parsed.termCount === 0) return Prisma.sql`ranked AS (SELECT b.*, 0 AS words FROM base b),`;
  const n = plan.parsed.termCount;
  // Generated column names (q0 … q10), never user input.
  const column = (i: number) => Prisma.raw(`q${i}`);
  let inner = Prisma.sql`SELECT b.*, TRUE AS q0 FROM base b`;
  for (let end = 1; end <= n; end++) {
    const ways = plan.parsed.pieces.flatMap((piece, index) =>
      piece.end === end ? [Prisma.sql`(t.${column(piece.start)} AND ${index}::int = ANY(coalesce(t.pieces, '{}')))`] : [],
    );
    inner = Prisma.sql`SELECT t.*, (${Prisma.join(ways, ' OR ')}) AS ${column(end)} FROM (${inner}) t`;
  }
  const cases = Array.from({ length: n }, (_, i) => n - i).map((k) => Prisma.sql`WHEN t.${column(k)} THEN ${k}::int`);
  return Prisma.sql`ranked AS (SELECT t.*, CASE ${Prisma.join(cases, ' ')} ELSE 0 END AS words FROM (${inner}) t),`;
}

/** The candidate column holding each facet's values (fixed names, never user input). */
const FACET_COLUMN: Record<FacetName, Prisma.Sql> = {
  need: Prisma.raw('needs'),
  phase: Prisma.raw('phases'),
  district: Prisma.raw('districts'),
  type: Prisma.raw('types'),
  delivery: Prisma.raw('delivery'),
  cost: Prisma.raw('cost'),
  referral: Prisma.raw('referral'),
  access: Prisma.raw('access'),
  language: Prisma.raw('languages'),
};

function selectedFacets(params: SearchParams): FacetName[] {
  return LIST_PARAMS.filter((facet) => params[facet].length > 0);
}

/**
 * Each candidate with its facet values as the index holds them (toSearchDocument), and `missing`:
 * the selected facets it does not match (a facet matches when any selected value does).
 */
function candidateCte(params: SearchParams): Prisma.Sql {
  const phases = Prisma.join(
    AGE_PHASES.map((phase) => {
      const [from, to] = AGE_PHASE_RANGES[phase];
      return Prisma.sql`(${phase}::text, ${from}::int, ${to}::int)`;
    }),
  );
  const misses = selectedFacets(params).map(
    (facet) => Prisma.sql`CASE WHEN f.${FACET_COLUMN[facet]} && ${params[facet]}::text[] THEN NULL ELSE ${facet}::text END`,
  );
  const missing = misses.length > 0 ? Prisma.sql`array_remove(ARRAY[${Prisma.join(misses)}], NULL)` : Prisma.sql`'{}'::text[]`;
  return Prisma.sql`
    candidate AS MATERIALIZED (
      SELECT f.*, ${missing} AS missing
      FROM (
        SELECT r.id, r.name, r.assured_date, r.distance, r.words, r.field,
          coalesce(attr.needs, '{}') AS needs,
          coalesce(attr.types, '{}') AS types,
          coalesce(attr.delivery, '{}') AS delivery,
          coalesce(attr.referral, '{}') AS referral,
          coalesce(attr.access, '{}') AS access,
          -- costBandOf(): a "paid" term wins, then "free", then the amounts of the cost options.
          ARRAY[CASE WHEN attr.cost_paid THEN 'paid' WHEN attr.cost_free THEN 'free'
                     WHEN co.positive THEN 'paid' WHEN co.priced THEN 'free' ELSE 'unknown' END] AS cost,
          ARRAY(
            SELECT p.phase FROM (VALUES ${phases}) p (phase, from_age, to_age)
            WHERE p.from_age <= r.age_max AND p.to_age >= r.age_min
          ) AS phases,
          -- isCityWide(): a local-authority-wide area, or none at all, covers every district.
          CASE WHEN area.count = 0 OR area.local_authority
            THEN (SELECT coalesce(array_agg(DISTINCT lower(t.code)), '{}') FROM taxonomy_term t
                  JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.code = 'district')
            ELSE coalesce(area.codes, '{}')
          END AS districts,
          coalesce(lang.codes, '{}') AS languages
        FROM ranked r
        CROSS JOIN LATERAL (
          SELECT
            array_agg(DISTINCT upper(t.code)) FILTER (WHERE x.code = 'need') AS needs,
            array_agg(DISTINCT lower(t.code)) FILTER (WHERE x.code = 'type') AS types,
            array_agg(DISTINCT lower(t.code)) FILTER (WHERE x.code = 'delivery') AS delivery,
            array_agg(DISTINCT lower(t.code)) FILTER (WHERE x.code = 'referral') AS referral,
            array_agg(DISTINCT lower(t.code)) FILTER (WHERE x.code = 'access') AS access,
            coalesce(bool_or(x.code = 'cost' AND lower(t.code) = 'paid'), false) AS cost_paid,
            coalesce(bool_or(x.code = 'cost' AND lower(t.code) = 'free'), false) AS cost_free
          FROM attribute a
          JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
          JOIN taxonomy x ON x.id = t.taxonomy_id
          WHERE a.link_id = r.id
        ) attr
        CROSS JOIN LATERAL (
          SELECT coalesce(bool_or(amount > 0), false) AS positive, coalesce(bool_or(amount IS NOT NULL), false) AS priced
          FROM cost_option WHERE service_id = r.id
        ) co
        CROSS JOIN LATERAL (
          SELECT count(*) AS count, coalesce(bool_or(sa.scope = 'local_authority'), false) AS local_authority,
            array_agg(DISTINCT lower(t.code)) FILTER (WHERE t.code IS NOT NULL) AS codes
          FROM service_area sa LEFT JOIN taxonomy_term t ON t.id = sa.taxonomy_term_id
          WHERE sa.service_id = r.id
        ) area
        CROSS JOIN LATERAL (
          SELECT array_agg(DISTINCT lower(btrim(code))) AS codes FROM language WHERE service_id = r.id AND btrim(code) <> ''
        ) lang
      ) f
    )`;
}

function orderBy(params: SearchParams, origin: GeoPoint | null, plan: QueryPlan | null): Prisma.Sql {
  const nameSort = Prisma.sql`lower(regexp_replace(normalize(btrim(c.name, E' \\t\\n\\r'), NFKD), ${MARKS}, '', 'g')) COLLATE "C"`;
  const keys: Prisma.Sql[] = [];
  const hasWords = plan !== null && plan.parsed.termCount > 0;
  // Ranking rules: words, then the chosen sort, then the finer relevance rules (attribute here).
  if (hasWords) keys.push(Prisma.sql`c.words DESC`);
  if (params.sort === 'name') keys.push(Prisma.sql`${nameSort} ASC`);
  else if (params.sort === 'reviewed') keys.push(Prisma.sql`c.assured_date DESC NULLS LAST`);
  else if (params.sort === 'distance' && origin) keys.push(Prisma.sql`c.distance ASC NULLS LAST`);
  if (hasWords) keys.push(Prisma.sql`c.field ASC NULLS LAST`);
  keys.push(Prisma.sql`${nameSort} ASC`, Prisma.sql`c.id ASC`);
  return Prisma.join(keys, ', ');
}

interface Row {
  kind: 'total' | 'facet' | 'page';
  facet: string | null;
  value: string | null;
  n: number | null;
  ids: string[] | null;
}

function buildQuery(
  params: SearchParams,
  origin: GeoPoint | null,
  plan: QueryPlan | null,
  parts: { facets: boolean; page: boolean },
): Prisma.Sql {
  const outputs: Prisma.Sql[] = [
    Prisma.sql`SELECT 'total' AS kind, NULL::text AS facet, NULL::text AS value, count(*)::int AS n, NULL::text[] AS ids
      FROM candidate WHERE cardinality(missing) = 0`,
  ];
  if (parts.facets) {
    // Disjunctive counts in one pass: a value of facet F counts the services that match every
    // selected facet except perhaps F itself.
    const facetArrays = Prisma.join(LIST_PARAMS.map((facet) => Prisma.sql`(${facet}::text, c.${FACET_COLUMN[facet]})`));
    outputs.push(Prisma.sql`SELECT 'facet', fv.facet, v, count(*)::int, NULL
      FROM candidate c
      CROSS JOIN LATERAL (VALUES ${facetArrays}) AS fv (facet, vals)
      CROSS JOIN LATERAL unnest(fv.vals) AS v
      WHERE cardinality(c.missing) = 0 OR c.missing = ARRAY[fv.facet]
      GROUP BY fv.facet, v`);
  }
  if (parts.page) {
    const order = orderBy(params, origin, plan);
    outputs.push(Prisma.sql`SELECT 'page', NULL, NULL, NULL, (
        SELECT array_agg(p.id::text ORDER BY p.ord) FROM (
          SELECT c.id, row_number() OVER (ORDER BY ${order}) AS ord
          FROM candidate c WHERE cardinality(c.missing) = 0
          ORDER BY ${order}
          LIMIT ${PAGE_SIZE}::int OFFSET ${(params.page - 1) * PAGE_SIZE}::int
        ) p
      )`);
  }
  return Prisma.sql`WITH
    ${plan ? keywordCtes(plan) : Prisma.empty}
    ${baseCte(params, origin, plan)}
    ${rankedCte(plan)}
    ${candidateCte(params)}
    ${Prisma.join(outputs, ' UNION ALL ')}`;
}

async function pageHits(
  db: SearchDatabase,
  ids: string[],
  origin: GeoPoint | null,
  parsed: ParsedQuery | null,
): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  // Sequential: `db` may be a transaction, whose queries share one connection.
  const services = await getServicesForIndex(db, ids);
  const taxonomies = await listTaxonomies(db);
  const districtCodes = (taxonomies.district ?? []).map((t) => t.code.toLowerCase());
  const byId = new Map(services.map((service) => [service.id, service]));
  const hits: SearchHit[] = [];
  for (const id of ids) {
    const service = byId.get(id);
    // Withdrawn between the two queries: leave it out rather than show an unpublished listing.
    if (!service || !isPublishable(service)) continue;
    const doc = toSearchDocument(service, { districtCodes });
    const highlighted = parsed ? { name: highlightQuery(doc.name, parsed), summary: highlightQuery(doc.summary, parsed) } : undefined;
    hits.push(toSearchHit(doc, origin, highlighted));
  }
  return hits;
}

/**
 * Runs a directory search on PostgreSQL: same parameters, filters, facet counts, sorts and result
 * shape as `searchServices` on Meilisearch, with `engine: 'postgres'`.
 */
export async function searchServicesInPostgres(db: SearchDatabase, params: SearchParams): Promise<SearchResult> {
  const location = resolveLocation(params);
  const searched = location.params;
  const plan = planKeywords(searched.q);
  const rows = await db.$queryRaw<Row[]>(buildQuery(searched, location.origin, plan, { facets: true, page: true }));

  let total = 0;
  let ids: string[] = [];
  const counts: Partial<Record<FacetName, Record<string, number>>> = {};
  for (const row of rows) {
    if (row.kind === 'total') total = row.n ?? 0;
    else if (row.kind === 'page') ids = row.ids ?? [];
    else if (row.facet && row.value !== null) (counts[row.facet as FacetName] ??= {})[row.value] = row.n ?? 0;
  }
  const hits = await pageHits(db, ids, location.origin, searched.q ? (plan?.parsed ?? parseQuery('')) : null);
  return {
    total,
    page: searched.page,
    pageSize: PAGE_SIZE,
    totalPages: Math.ceil(total / PAGE_SIZE),
    hits,
    facets: completeFacetCounts(counts, searched),
    engine: 'postgres',
    params: searched,
    ...(location.notices.length > 0 ? { notices: location.notices } : {}),
  };
}

/** Only the number of matching services, for many parameter sets at once (see suggestRelaxations). */
export async function countServicesInPostgres(db: SearchDatabase, paramsList: readonly SearchParams[]): Promise<number[]> {
  return Promise.all(
    paramsList.map(async (params) => {
      const location = resolveLocation(params);
      const plan = planKeywords(location.params.q);
      const rows = await db.$queryRaw<Row[]>(buildQuery(location.params, location.origin, plan, { facets: false, page: false }));
      return rows[0]?.n ?? 0;
    }),
  );
}
