SELECT count(*) FROM articles
WHERE feed_id = %(feed_id)s AND coalesce(published_at, fetched_at) > %(now)s - interval '7 days'
