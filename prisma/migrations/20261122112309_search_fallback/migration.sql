-- Full-text matching for the PostgreSQL search fallback (lib/directory/search-services-in-postgres.ts),
-- tokenised the way Meilisearch tokenises: accents removed, lower case, split at anything that is
-- not a letter or digit ("post-16" is two words, "www.example.org" three). The fallback's queries
-- are built from words split the same way (lib/search/parse-query.ts), so both sides agree.

CREATE FUNCTION "search_fold"(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(regexp_replace(regexp_replace(normalize(coalesce(value, ''), NFKD), '[\u0300-\u036f]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'));

-- The 'simple' configuration: no stemming and no stop words, like Meilisearch.
CREATE FUNCTION "search_tsvector"(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('simple'::regconfig, search_fold(value));

-- A service's own searchable text (name, alternate name, summary, description cut to the 4,000
-- characters the index keeps). Each field is a separate JSON string so that, as in Meilisearch, a
-- phrase never matches across two fields. Folded text holds only letters, digits and spaces, so
-- it needs no JSON escaping.
-- Not inlined (the SET clause prevents it) and priced high on purpose: inlined, it would look
-- cheap, and on a database without statistics yet (just seeded) the planner would compute every
-- description's tsvector instead of using the index below. The SQL-standard body is resolved when
-- the function is created, so index builds and ANALYZE (which run with a restricted search_path)
-- find search_fold too.
CREATE FUNCTION "search_service_tsvector"(name text, alternate_name text, summary text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000
SET search_path FROM CURRENT
RETURN to_tsvector('simple'::regconfig, (
  '["' || search_fold(name) || '","' || search_fold(alternate_name) || '","' || search_fold(summary) || '","'
  || search_fold(left(btrim(description, E' \t\n\r'), 4000)) || '"]'
)::jsonb);

-- Only published listings are searched. Keyword queries use this index to find candidate services
-- without computing every description's tsvector.
CREATE INDEX "service_search_tsvector_idx" ON "service"
  USING gin (search_service_tsvector(name, alternate_name, summary, description))
  WHERE status = 'active';
