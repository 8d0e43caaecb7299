-- A view cannot lose a column in place: keep its comments, drop it, create it as 0042 did (without
-- place_source), give back its comments and grants, then drop the column.
CREATE TEMP TABLE timeline_comments ON COMMIT DROP AS
SELECT a.attname AS name, col_description(a.attrelid, a.attnum) AS comment
FROM pg_attribute a
WHERE a.attrelid = 'analytics.event_timeline'::regclass AND a.attnum > 0 AND a.attname <> 'place_source'
UNION ALL
SELECT NULL, obj_description('analytics.event_timeline'::regclass, 'pg_class');

DROP VIEW analytics.event_timeline;
CREATE VIEW analytics.event_timeline AS
SELECT ev.id AS event_id,
       coalesce(ev.event_date, (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date) AS day,
       ev.event_date, ev.date_precision, ev.event_type, ev.cameo_code, ev.trigger, ev.negated, ev.modality,
       coalesce(act.actor1, '{}') AS actor1,
       coalesce(act.actor2, '{}') AS actor2,
       coalesce(act.actor_ids, '{}') AS actor_ids,
       coalesce(place.canonical, ev.place_text) AS place,
       ev.place_entity_id, ev.count_value, ev.count_unit, ev.count_qualifier, ev.count_approximate, ev.confidence,
       a.id AS article_id, a.source, a.country, a.title, a.link,
       coalesce(a.published_at, a.fetched_at) AS published_at,
       a.story_id
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN entities place ON place.id = ev.place_entity_id
LEFT JOIN LATERAL (
    SELECT array_agg(en.canonical ORDER BY p.start_offset) FILTER (WHERE p.role = 'actor1') AS actor1,
           array_agg(en.canonical ORDER BY p.start_offset) FILTER (WHERE p.role = 'actor2') AS actor2,
           array_agg(DISTINCT p.entity_id) AS actor_ids
    FROM event_participants p
    JOIN entities en ON en.id = p.entity_id
    WHERE p.event_id = ev.id
) act ON true;

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT name, comment FROM timeline_comments WHERE comment IS NOT NULL LOOP
        IF r.name IS NULL THEN
            EXECUTE format('COMMENT ON VIEW analytics.event_timeline IS %L', r.comment);
        ELSE
            EXECUTE format('COMMENT ON COLUMN analytics.event_timeline.%I IS %L', r.name, r.comment);
        END IF;
    END LOOP;
END $$;
GRANT SELECT ON analytics.event_timeline TO newsflow_analyst, newsflow_ingest;

ALTER TABLE events DROP COLUMN place_source;
