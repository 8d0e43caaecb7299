SELECT story_id, position, source, country, seen_at, delay
FROM analytics.story_articles
WHERE story_id = ANY (%(story_ids)s)
ORDER BY story_id, position
