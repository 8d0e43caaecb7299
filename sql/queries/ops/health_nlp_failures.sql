SELECT count(*) AS failed, (array_agg(nlp_error ORDER BY processed_at DESC NULLS LAST))[1] AS last_error
FROM articles
WHERE nlp_status = 'failed' AND coalesce(processed_at, fetched_at) >= %(since)s
