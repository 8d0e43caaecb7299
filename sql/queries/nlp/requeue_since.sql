-- Backfill: put a publication range back in the queue. Resuming after an interruption
-- finds the rest still pending, and re-processing replaces rows, so nothing doubles.
-- processed_before (optional; e.g. the DAG run's start) keeps a retry of the same backfill
-- from re-queueing what that backfill already redid.
UPDATE articles
SET nlp_status = 'pending'
WHERE coalesce(published_at, fetched_at) >= %(since)s
  AND (%(until)s::timestamptz IS NULL OR coalesce(published_at, fetched_at) < %(until)s)
  AND nlp_status IN ('done', 'failed')
  AND (language IS NULL OR language = 'de')
  AND (%(processed_before)s::timestamptz IS NULL OR processed_at IS NULL
       OR processed_at < %(processed_before)s)
