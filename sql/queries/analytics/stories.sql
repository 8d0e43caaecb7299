SELECT story_id, title, articles, outlet_count, outlets, countries, first_outlet, first_seen, spread
FROM analytics.stories
-- Wire stories only: a cluster of one article is just an article.
WHERE first_seen >= %(from)s AND first_seen < %(to)s AND outlet_count > 1
ORDER BY outlet_count DESC, first_seen DESC
LIMIT %(limit)s
