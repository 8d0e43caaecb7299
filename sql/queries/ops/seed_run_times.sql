-- Place the seeded runs before the seed's "now", ten minutes apart, like scheduled runs.
UPDATE pipeline_runs
SET started_at = %(now)s - (3 - substr(run_id, 7)::int) * interval '10 minutes',
    updated_at = %(now)s - (3 - substr(run_id, 7)::int) * interval '10 minutes' + interval '20 seconds'
WHERE run_id LIKE 'seed\_\_%%'
