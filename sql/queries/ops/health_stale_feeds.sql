-- Active feeds that stored nothing since %(since)s (feeds added after that are given time).
SELECT f.name, f.country, last.fetched_at AS last_article_at
FROM feeds f
LEFT JOIN LATERAL (SELECT max(a.fetched_at) AS fetched_at FROM articles a WHERE a.feed_id = f.id) last ON true
WHERE f.active AND NOT f.disabled
  AND f.created_at <= %(since)s
  AND (last.fetched_at IS NULL OR last.fetched_at < %(since)s)
ORDER BY last.fetched_at NULLS FIRST, f.name
