-- The next batch of articles waiting for the NLP, oldest first (keyset pagination on id).
-- The day that anchors relative dates ("am Donnerstag", "heute") is the publication day in Central
-- European time (00:30 in Zurich is the next day in UTC terms, not the same), or, for an entry that
-- came without a date, the day it was fetched.
SELECT a.id, a.text, (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date AS day, a.country
FROM articles a
WHERE a.nlp_status = 'pending' AND a.id > %(after_id)s
ORDER BY a.id
LIMIT %(limit)s
