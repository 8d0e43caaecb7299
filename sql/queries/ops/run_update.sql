UPDATE pipeline_runs
SET stages        = %(stages)s,
    counts        = %(counts)s,
    stage_seconds = %(stage_seconds)s,
    seconds       = %(seconds)s,
    errors        = %(errors)s,
    updated_at    = now()
WHERE dag_id = %(dag_id)s AND run_id = %(run_id)s
