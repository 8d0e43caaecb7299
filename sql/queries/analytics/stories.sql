SELECT story_id, title, articles, outlet_count, outlets, countries, first_outlet, first_seen, spread
FROM analytics.stories
WHERE first_seen >= %(from)s AND first_seen < %(to)s
ORDER BY outlet_count DESC, first_seen DESC
LIMIT %(limit)s
