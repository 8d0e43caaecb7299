-- %(articles)s articles spread over %(days)s days before %(now)s across the seeded outlets;
-- every 50th is still pending, every 97th failed, the rest analysed.
WITH outlets AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM feeds WHERE url LIKE 'http://seed.newsflow.invalid/%%'
)
INSERT INTO articles (feed_id, source, country, entry_key, guid, link, content_hash, title, text,
                      published_at, fetched_at, language, nlp_status, nlp_error, processed_at)
SELECT f.id, f.name, f.country, 'seed-' || g, 'seed-' || g, 'http://seed.newsflow.invalid/a/' || g,
       md5('seed-' || g), 'Synthetische Meldung ' || g, 'Synthetischer Text ' || g,
       t.published, t.published + interval '4 minutes', 'de',
       CASE WHEN g %% 50 = 0 THEN 'pending' WHEN g %% 97 = 0 THEN 'failed' ELSE 'done' END,
       CASE WHEN g %% 97 = 0 AND g %% 50 <> 0 THEN 'ValueError: synthetic failure' END,
       CASE WHEN g %% 50 <> 0 THEN t.published + interval '6 minutes' END
FROM generate_series(1, %(articles)s) AS g
CROSS JOIN outlets o
CROSS JOIN LATERAL (SELECT %(now)s - random() * %(days)s * interval '1 day' - interval '10 minutes' + g * interval '0' AS published) t
JOIN feeds f ON f.id = o.ids[1 + g %% cardinality(o.ids)]
ON CONFLICT (feed_id, entry_key) DO NOTHING
