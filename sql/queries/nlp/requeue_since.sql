-- Backfill: put a publication range back in the queue. Resuming after an interruption
-- finds the rest still pending, and re-processing replaces rows, so nothing doubles.
UPDATE articles
SET nlp_status = 'pending'
WHERE coalesce(published_at, fetched_at) >= %(since)s
  AND (%(until)s::timestamptz IS NULL OR coalesce(published_at, fetched_at) < %(until)s)
  AND nlp_status IN ('done', 'failed')
  AND (language IS NULL OR language = 'de')
