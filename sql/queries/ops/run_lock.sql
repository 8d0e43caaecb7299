-- Make sure the run's row exists, then lock it: stages of one run may be recorded concurrently.
INSERT INTO pipeline_runs (dag_id, run_id) VALUES (%(dag_id)s, %(run_id)s)
ON CONFLICT (dag_id, run_id) DO NOTHING;
SELECT stages FROM pipeline_runs WHERE dag_id = %(dag_id)s AND run_id = %(run_id)s FOR UPDATE
