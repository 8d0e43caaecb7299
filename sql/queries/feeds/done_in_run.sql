-- Feeds this run already handled without error: a re-run of the same run leaves them alone.
SELECT feed_id FROM fetch_log
WHERE run_id = %(run_id)s AND feed_id = ANY(%(ids)s) AND error IS NULL
