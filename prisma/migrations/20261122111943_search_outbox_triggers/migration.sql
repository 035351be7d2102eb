-- Every change that can alter a service's search document queues that service in search_outbox,
-- inside the transaction that makes the change: if the change commits, so does the queue entry,
-- and lib/search/outbox-worker.ts brings the index up to date (late, perhaps, but never lost).
-- Application code cannot forget to do this, whichever table or tool it writes through.
--
-- Statement-level triggers with transition tables: a bulk insert of 2,000 services (the seed, an
-- import) queues them with one INSERT ... SELECT per statement rather than one per row.
-- Duplicates are expected (a service and its children in one transaction) and cheap: the worker
-- syncs each service once per batch. A NOTIFY wakes the worker without waiting for its next poll.

-- Tables holding a service id directly: the column is passed as the trigger argument.
CREATE FUNCTION "search_outbox_enqueue_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO search_outbox (service_id) SELECT DISTINCT %1$I FROM new_rows WHERE %1$I IS NOT NULL', TG_ARGV[0]);
  ELSIF TG_OP = 'UPDATE' THEN
    -- Both sides: a row moved from one service to another changes both documents.
    EXECUTE format(
      'INSERT INTO search_outbox (service_id) SELECT %1$I FROM old_rows WHERE %1$I IS NOT NULL UNION SELECT %1$I FROM new_rows WHERE %1$I IS NOT NULL',
      TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO search_outbox (service_id) SELECT DISTINCT %1$I FROM old_rows WHERE %1$I IS NOT NULL', TG_ARGV[0]);
  END IF;
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

-- service, attribute (link_id), service_area, service_at_location, cost_option, language.
CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "service"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "service"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "service"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('id');

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "attribute"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('link_id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "attribute"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('link_id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "attribute"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('link_id');

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "service_area"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "service_area"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "service_area"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "service_at_location"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "service_at_location"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "service_at_location"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "cost_option"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "cost_option"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "cost_option"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "language"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "language"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "language"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_rows"('service_id');

-- Shared tables fan out to the services that use them. Only columns the search document reads
-- count here (toSearchDocument in lib/search/to-search-document.ts): an organisation's new
-- website must not requeue its thousand services. Inserts need no trigger (nothing links to a new
-- row yet) and deletes cascade to the service-level rows above.

-- Only active services: an inactive one has no document, and activating it queues it anyway.
CREATE FUNCTION "search_outbox_city_wide_services"() RETURNS TABLE (service_id uuid)
LANGUAGE sql STABLE AS $$
  SELECT s.id FROM service s
  WHERE s.status = 'active'
    AND (NOT EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id)
         OR EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id AND a.scope = 'local_authority'))
$$;

CREATE FUNCTION "search_outbox_enqueue_organization"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint;
BEGIN
  INSERT INTO search_outbox (service_id)
  SELECT s.id
  FROM new_rows n
  JOIN old_rows o ON o.id = n.id
  JOIN service s ON s.organization_id = n.id
  WHERE (o.name, o.is_sample) IS DISTINCT FROM (n.name, n.is_sample);
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "organization"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_organization"();

-- A location's type and coordinates give the service its map point (distance sort and radius).
CREATE FUNCTION "search_outbox_enqueue_location"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint;
BEGIN
  INSERT INTO search_outbox (service_id)
  SELECT DISTINCT sal.service_id
  FROM new_rows n
  JOIN old_rows o ON o.id = n.id
  JOIN service_at_location sal ON sal.location_id = n.id
  WHERE (o.location_type, o.latitude, o.longitude) IS DISTINCT FROM (n.location_type, n.latitude, n.longitude);
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "location"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_location"();

-- Addresses are not in today's document, but they are the next thing a place search would index;
-- queueing the few services at a location costs little and keeps that change a mapping-only one.
CREATE FUNCTION "search_outbox_enqueue_address"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_outbox (service_id)
    SELECT DISTINCT sal.service_id FROM new_rows n JOIN service_at_location sal ON sal.location_id = n.location_id;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO search_outbox (service_id)
    SELECT sal.service_id FROM old_rows o JOIN service_at_location sal ON sal.location_id = o.location_id
    UNION
    SELECT sal.service_id FROM new_rows n JOIN service_at_location sal ON sal.location_id = n.location_id;
  ELSE
    INSERT INTO search_outbox (service_id)
    SELECT DISTINCT sal.service_id FROM old_rows o JOIN service_at_location sal ON sal.location_id = o.location_id;
  END IF;
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "address"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_address"();
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "address"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_address"();
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "address"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_address"();

-- A term's code, label or order appears in every document tagged with it (needs, types, ...) or
-- covering it (districts). A district term added, removed or recoded also changes the district
-- list of every city-wide service, which covers all districts.
CREATE FUNCTION "search_outbox_enqueue_taxonomy_term"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint := 0;
  city_wide bigint;
  touches_districts boolean;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO search_outbox (service_id)
    SELECT a.link_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN attribute a ON a.taxonomy_term_id = n.id
    WHERE (o.code, o.name, o.sort_order, o.taxonomy_id) IS DISTINCT FROM (n.code, n.name, n.sort_order, n.taxonomy_id)
    UNION
    SELECT sa.service_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN service_area sa ON sa.taxonomy_term_id = n.id
    WHERE (o.code, o.taxonomy_id) IS DISTINCT FROM (n.code, n.taxonomy_id);
    GET DIAGNOSTICS queued = ROW_COUNT;
    SELECT EXISTS (
      SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN taxonomy t ON t.id IN (n.taxonomy_id, o.taxonomy_id)
      WHERE t.code = 'district' AND (o.code, o.taxonomy_id) IS DISTINCT FROM (n.code, n.taxonomy_id)
    ) INTO touches_districts;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT EXISTS (SELECT 1 FROM new_rows n JOIN taxonomy t ON t.id = n.taxonomy_id WHERE t.code = 'district') INTO touches_districts;
  ELSE
    SELECT EXISTS (SELECT 1 FROM old_rows o JOIN taxonomy t ON t.id = o.taxonomy_id WHERE t.code = 'district') INTO touches_districts;
  END IF;
  IF touches_districts THEN
    INSERT INTO search_outbox (service_id) SELECT service_id FROM search_outbox_city_wide_services();
    GET DIAGNOSTICS city_wide = ROW_COUNT;
    queued := queued + city_wide;
  END IF;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_outbox_insert" AFTER INSERT ON "taxonomy_term"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_taxonomy_term"();
CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "taxonomy_term"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_taxonomy_term"();
CREATE TRIGGER "search_outbox_delete" AFTER DELETE ON "taxonomy_term"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_taxonomy_term"();

-- Recoding a taxonomy (say `need`) changes which facet every one of its terms feeds.
CREATE FUNCTION "search_outbox_enqueue_taxonomy"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  queued bigint;
BEGIN
  INSERT INTO search_outbox (service_id)
  SELECT a.link_id
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN taxonomy_term t ON t.taxonomy_id = n.id
  JOIN attribute a ON a.taxonomy_term_id = t.id
  WHERE o.code IS DISTINCT FROM n.code
  UNION
  SELECT sa.service_id
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN taxonomy_term t ON t.taxonomy_id = n.id
  JOIN service_area sa ON sa.taxonomy_term_id = t.id
  WHERE o.code IS DISTINCT FROM n.code
  UNION
  SELECT c.service_id
  FROM search_outbox_city_wide_services() c
  WHERE EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE o.code IS DISTINCT FROM n.code AND 'district' IN (o.code, n.code)
  );
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_outbox_update" AFTER UPDATE ON "taxonomy"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_outbox_enqueue_taxonomy"();
