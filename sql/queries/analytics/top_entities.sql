SELECT rank, canonical, label, mentions, articles, previous_mentions, change, change_pct
FROM analytics.top_entities(%(from)s, %(to)s, %(limit)s, %(countries)s)
