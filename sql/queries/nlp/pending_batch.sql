-- The next batch of articles waiting for the NLP, oldest first (keyset pagination on id).
SELECT a.id, a.text, a.published_at, a.country
FROM articles a
WHERE a.nlp_status = 'pending' AND a.id > %(after_id)s
ORDER BY a.id
LIMIT %(limit)s
