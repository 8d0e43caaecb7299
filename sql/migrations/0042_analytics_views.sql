-- Views for the usual questions of analysts and dashboards, and the indexes that serve them.
-- "day" is the calendar day in Central European time (Berlin, Vienna and Zurich share it), taken from
-- the publication time, or the fetch time when a feed gives none.
-- Materialized (refreshed by the NLP DAG through analytics.refresh_materialized_views()) where the
-- aggregation over all mentions is too costly per query; plain views where freshness matters.
-- Stories group articles.story_id, so they work with or without a separate stories table.
-- depends: 0041_pipeline_runs

-- Indexes on the base tables ---------------------------------------------------------------------
CREATE INDEX IF NOT EXISTS articles_story_idx ON articles (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_feed_fetched_idx ON articles (feed_id, fetched_at);
CREATE INDEX IF NOT EXISTS articles_fetched_hour_idx
    ON articles (date_bin('1 hour', fetched_at, timestamptz '2000-01-01 00:00+00'));
CREATE INDEX IF NOT EXISTS articles_day_idx
    ON articles (((coalesce(published_at, fetched_at) AT TIME ZONE 'Europe/Berlin')::date));
CREATE INDEX IF NOT EXISTS articles_processed_idx ON articles (processed_at) WHERE nlp_status = 'done';
CREATE INDEX IF NOT EXISTS entity_mentions_article_entity_idx ON entity_mentions (article_id, entity_id);
CREATE INDEX IF NOT EXISTS fetch_log_feed_started_idx ON fetch_log (feed_id, started_at DESC);
CREATE INDEX IF NOT EXISTS fetch_log_started_idx ON fetch_log (started_at);
CREATE INDEX IF NOT EXISTS events_date_idx ON events (event_date);
CREATE INDEX IF NOT EXISTS events_place_idx ON events (place_entity_id) WHERE place_entity_id IS NOT NULL;

-- Entity mentions per day and source --------------------------------------------------------------
CREATE MATERIALIZED VIEW analytics.entity_mentions_daily AS
SELECT (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date AS day,
       a.source,
       a.country,
       m.entity_id,
       e.canonical,
       e.label,
       count(*)::integer                     AS mentions,
       count(DISTINCT m.article_id)::integer AS articles
FROM entity_mentions m
JOIN articles a ON a.id = m.article_id
JOIN entities e ON e.id = m.entity_id
GROUP BY 1, a.source, a.country, m.entity_id, e.canonical, e.label;
-- The unique index allows REFRESH ... CONCURRENTLY (readers are never blocked).
CREATE UNIQUE INDEX entity_mentions_daily_key ON analytics.entity_mentions_daily (day, source, country, entity_id);
CREATE INDEX entity_mentions_daily_entity_idx ON analytics.entity_mentions_daily (entity_id, day);
CREATE INDEX entity_mentions_daily_country_day_idx ON analytics.entity_mentions_daily (country, day);

-- Top entities in a window, with the change against the window of the same length just before ----
CREATE FUNCTION analytics.top_entities(
    window_from timestamptz,
    window_to   timestamptz,
    max_rows    integer DEFAULT 20,
    countries   text[]  DEFAULT NULL
)
RETURNS TABLE (
    rank              bigint,
    entity_id         bigint,
    canonical         text,
    label             text,
    mentions          bigint,
    articles          bigint,
    previous_mentions bigint,
    change            bigint,
    change_pct        numeric
)
LANGUAGE sql STABLE
AS $$
    WITH bounds AS (
        SELECT (window_from AT TIME ZONE 'Europe/Berlin')::date AS first_day,
               ((window_to - interval '1 microsecond') AT TIME ZONE 'Europe/Berlin')::date AS last_day
    ), windows AS (
        SELECT first_day, last_day, first_day - (last_day - first_day + 1) AS previous_first FROM bounds
    ), totals AS (
        SELECT d.entity_id, d.canonical, d.label,
               sum(d.mentions) FILTER (WHERE d.day >= w.first_day)  AS mentions,
               sum(d.articles) FILTER (WHERE d.day >= w.first_day)  AS articles,
               sum(d.mentions) FILTER (WHERE d.day <  w.first_day)  AS previous_mentions
        FROM analytics.entity_mentions_daily d, windows w
        WHERE d.day BETWEEN w.previous_first AND w.last_day
          AND (countries IS NULL OR d.country = ANY (countries))
        GROUP BY d.entity_id, d.canonical, d.label
    )
    SELECT rank() OVER (ORDER BY t.mentions DESC),
           t.entity_id, t.canonical, t.label,
           t.mentions::bigint, t.articles::bigint,
           coalesce(t.previous_mentions, 0)::bigint,
           (t.mentions - coalesce(t.previous_mentions, 0))::bigint,
           CASE WHEN coalesce(t.previous_mentions, 0) = 0 THEN NULL
                ELSE round(100.0 * (t.mentions - t.previous_mentions) / t.previous_mentions, 1) END
    FROM totals t
    WHERE t.mentions > 0
    ORDER BY t.mentions DESC, t.canonical
    LIMIT max_rows
$$;

CREATE VIEW analytics.top_entities_7d AS
SELECT * FROM analytics.top_entities(now() - interval '7 days', now(), 100);

-- Entity pairs named in the same article, per day ------------------------------------------------
CREATE MATERIALIZED VIEW analytics.entity_cooccurrence_daily AS
WITH article_entities AS (
    SELECT DISTINCT m.article_id, m.entity_id FROM entity_mentions m
)
SELECT (coalesce(ar.published_at, ar.fetched_at) AT TIME ZONE 'Europe/Berlin')::date AS day,
       x.entity_id        AS entity_a,
       ea.canonical       AS canonical_a,
       ea.label           AS label_a,
       y.entity_id        AS entity_b,
       eb.canonical       AS canonical_b,
       eb.label           AS label_b,
       count(*)::integer  AS articles
FROM article_entities x
JOIN article_entities y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
JOIN articles ar ON ar.id = x.article_id
JOIN entities ea ON ea.id = x.entity_id
JOIN entities eb ON eb.id = y.entity_id
GROUP BY 1, x.entity_id, ea.canonical, ea.label, y.entity_id, eb.canonical, eb.label;
CREATE UNIQUE INDEX entity_cooccurrence_daily_key ON analytics.entity_cooccurrence_daily (day, entity_a, entity_b);
CREATE INDEX entity_cooccurrence_daily_a_idx ON analytics.entity_cooccurrence_daily (entity_a, day);
CREATE INDEX entity_cooccurrence_daily_b_idx ON analytics.entity_cooccurrence_daily (entity_b, day);

-- Event timeline: one row per event with actors, place, date and counts ---------------------------
CREATE VIEW analytics.event_timeline AS
SELECT ev.id AS event_id,
       coalesce(ev.event_date, (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date) AS day,
       ev.event_date,
       ev.date_precision,
       ev.event_type,
       ev.cameo_code,
       ev.trigger,
       ev.negated,
       ev.modality,
       coalesce(act.actor1, '{}') AS actor1,
       coalesce(act.actor2, '{}') AS actor2,
       coalesce(act.actor_ids, '{}') AS actor_ids,
       coalesce(place.canonical, ev.place_text) AS place,
       ev.place_entity_id,
       ev.count_value,
       ev.count_unit,
       ev.count_qualifier,
       ev.count_approximate,
       ev.confidence,
       a.id AS article_id,
       a.source,
       a.country,
       a.title,
       a.link,
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

CREATE VIEW analytics.events_daily AS
SELECT coalesce(ev.event_date, (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date) AS day,
       ev.event_type,
       a.country,
       count(*)::integer                     AS events,
       count(DISTINCT ev.article_id)::integer AS articles,
       sum(ev.count_value)                   AS counted
FROM events ev
JOIN articles a ON a.id = ev.article_id
WHERE NOT ev.negated
GROUP BY 1, ev.event_type, a.country;

-- Stories (wire clusters): outlets and first-seen time --------------------------------------------
CREATE VIEW analytics.stories AS
SELECT a.story_id,
       count(*)::integer                                  AS articles,
       count(DISTINCT a.source)::integer                  AS outlet_count,
       array_agg(DISTINCT a.source ORDER BY a.source)     AS outlets,
       array_agg(DISTINCT a.country ORDER BY a.country)   AS countries,
       min(coalesce(a.published_at, a.fetched_at))        AS first_seen,
       max(coalesce(a.published_at, a.fetched_at))        AS last_seen,
       max(coalesce(a.published_at, a.fetched_at)) - min(coalesce(a.published_at, a.fetched_at)) AS spread,
       (array_agg(a.source ORDER BY coalesce(a.published_at, a.fetched_at), a.id))[1] AS first_outlet,
       (array_agg(a.title  ORDER BY coalesce(a.published_at, a.fetched_at), a.id))[1] AS title
FROM articles a
WHERE a.story_id IS NOT NULL
GROUP BY a.story_id;

CREATE VIEW analytics.story_articles AS
SELECT a.story_id,
       row_number() OVER w AS position,
       a.id AS article_id,
       a.source,
       a.country,
       a.title,
       a.link,
       coalesce(a.published_at, a.fetched_at) AS seen_at,
       coalesce(a.published_at, a.fetched_at) - first_value(coalesce(a.published_at, a.fetched_at)) OVER w AS delay
FROM articles a
WHERE a.story_id IS NOT NULL
WINDOW w AS (PARTITION BY a.story_id ORDER BY coalesce(a.published_at, a.fetched_at), a.id);

-- Source health: articles per hour, last success, errors ----------------------------------------
CREATE VIEW analytics.source_health AS
SELECT f.id AS feed_id,
       f.name AS source,
       f.country,
       f.url,
       f.active,
       f.disabled,
       f.disabled_reason,
       f.last_status,
       f.last_checked_at,
       f.last_success_at,
       f.consecutive_errors,
       art.last_article_at,
       coalesce(art.articles_24h, 0)::integer              AS articles_24h,
       round(coalesce(art.articles_24h, 0) / 24.0, 2)      AS articles_per_hour,
       coalesce(fl.fetches_24h, 0)::integer                AS fetches_24h,
       coalesce(fl.errors_24h, 0)::integer                 AS errors_24h,
       le.error                                            AS last_error,
       le.started_at                                       AS last_error_at
FROM feeds f
LEFT JOIN LATERAL (
    SELECT max(x.fetched_at) AS last_article_at,
           count(*) FILTER (WHERE x.fetched_at >= now() - interval '24 hours') AS articles_24h
    FROM articles x WHERE x.feed_id = f.id
) art ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS fetches_24h, count(*) FILTER (WHERE l.error IS NOT NULL) AS errors_24h
    FROM fetch_log l WHERE l.feed_id = f.id AND l.started_at >= now() - interval '24 hours'
) fl ON true
LEFT JOIN LATERAL (
    SELECT l.error, l.started_at FROM fetch_log l
    WHERE l.feed_id = f.id AND l.error IS NOT NULL
    ORDER BY l.started_at DESC LIMIT 1
) le ON true;

CREATE VIEW analytics.articles_hourly AS
SELECT date_bin('1 hour', a.fetched_at, timestamptz '2000-01-01 00:00+00') AS hour,
       a.source,
       a.country,
       count(*)::integer                                          AS articles,
       count(*) FILTER (WHERE a.nlp_status = 'done')::integer     AS analysed
FROM articles a
GROUP BY 1, a.source, a.country;

-- Pipeline runs, newest first, with the per-stage durations as columns the dashboards can chart --
CREATE VIEW analytics.pipeline_runs AS
SELECT r.dag_id, r.run_id, r.started_at, r.updated_at, r.seconds,
       r.feeds_ok, r.feeds_failed, r.feeds_not_modified, r.new_articles, r.duplicates,
       r.entities, r.events, r.error_count, r.errors, r.stage_seconds, r.counts
FROM public.pipeline_runs r;

-- Refreshing --------------------------------------------------------------------------------------
-- SECURITY DEFINER: only a view's owner may refresh it (before PostgreSQL 17), but the pipeline
-- runs as a member of newsflow_ingest.
CREATE FUNCTION analytics.refresh_materialized_views()
RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
    mv record;
BEGIN
    FOR mv IN
        SELECT v.schemaname, v.matviewname, v.ispopulated,
               EXISTS (SELECT 1 FROM pg_index i
                       WHERE i.indrelid = format('%I.%I', v.schemaname, v.matviewname)::regclass
                         AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL) AS has_key
        FROM pg_matviews v
        WHERE v.schemaname = 'analytics'
        ORDER BY v.matviewname
    LOOP
        -- CONCURRENTLY keeps the view readable, but needs a unique index and an already populated view.
        IF mv.ispopulated AND mv.has_key THEN
            EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY %I.%I', mv.schemaname, mv.matviewname);
            RETURN NEXT format('%I.%I concurrently', mv.schemaname, mv.matviewname);
        ELSE
            EXECUTE format('REFRESH MATERIALIZED VIEW %I.%I', mv.schemaname, mv.matviewname);
            RETURN NEXT format('%I.%I', mv.schemaname, mv.matviewname);
        END IF;
    END LOOP;
END
$$;
