-- analytics.source_health, same columns, faster: the newest article comes from the top of the
-- (feed_id, fetched_at) index and the 24-hour count from a range of it, instead of counting all of
-- a feed's articles (68 ms -> 7 ms over 25,900 articles). At the end: comments on week precision.
-- depends: 0045_comments_pipeline_tables

CREATE OR REPLACE VIEW analytics.source_health AS
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
       (SELECT max(x.fetched_at) FROM articles x WHERE x.feed_id = f.id) AS last_article_at,
       coalesce(art.articles_24h, 0)::integer              AS articles_24h,
       round(coalesce(art.articles_24h, 0) / 24.0, 2)      AS articles_per_hour,
       coalesce(fl.fetches_24h, 0)::integer                AS fetches_24h,
       coalesce(fl.errors_24h, 0)::integer                 AS errors_24h,
       le.error                                            AS last_error,
       le.started_at                                       AS last_error_at
FROM feeds f
LEFT JOIN LATERAL (
    SELECT count(*) AS articles_24h
    FROM articles x WHERE x.feed_id = f.id AND x.fetched_at >= now() - interval '24 hours'
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

-- The base schema now allows week precision ("nächste Woche").
COMMENT ON COLUMN events.date_precision IS 'Precision of event_date: day, week, month or year';
COMMENT ON COLUMN analytics.event_timeline.date_precision IS 'day, week, month or year';
