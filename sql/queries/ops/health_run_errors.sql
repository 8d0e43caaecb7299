SELECT dag_id, run_id, error_count, errors[1] AS first_error
FROM pipeline_runs
WHERE error_count > 0 AND updated_at >= %(since)s AND updated_at <= %(now)s
ORDER BY updated_at DESC
