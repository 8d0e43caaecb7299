SELECT dag_id, run_id, started_at, seconds, feeds_ok, feeds_failed, feeds_not_modified, new_articles,
       duplicates, entities, events, error_count, errors
FROM analytics.pipeline_runs
ORDER BY started_at DESC, dag_id
LIMIT %(limit)s
