-- Each story: the same wire text in three outlets, 20 to 180 minutes apart.
WITH outlets AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM feeds WHERE url LIKE 'http://seed.newsflow.invalid/%%'
), story AS (
    SELECT s.ord, s.story_id, %(now)s - random() * %(days)s * interval '1 day' - interval '4 hours' AS first_seen
    FROM unnest(%(story_ids)s::bigint[]) WITH ORDINALITY AS s (story_id, ord)
)
INSERT INTO articles (feed_id, source, country, entry_key, guid, content_hash, title, text, published_at,
                      fetched_at, language, story_id, nlp_status, processed_at)
SELECT f.id, f.name, f.country, 'seed-story-' || st.story_id || '-' || k, 'seed-story-' || st.story_id || '-' || k,
       md5('seed-story-' || st.story_id || '-' || k), 'Agenturmeldung ' || st.ord, 'Synthetischer Agenturtext ' || st.ord,
       st.first_seen + k * (20 + random() * 60) * interval '1 minute',
       st.first_seen + k * (20 + random() * 60) * interval '1 minute' + interval '3 minutes',
       'de', st.story_id, 'done', st.first_seen + interval '4 hours'
FROM story st
CROSS JOIN generate_series(0, 2) AS k
CROSS JOIN outlets o
JOIN feeds f ON f.id = o.ids[1 + (st.ord + k) %% cardinality(o.ids)]
ON CONFLICT (feed_id, entry_key) DO NOTHING
