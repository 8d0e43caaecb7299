-- One fetch per outlet every 30 minutes over the last two days; one outlet fails every 7th time.
INSERT INTO fetch_log (feed_id, run_id, started_at, url, http_status, entries, new_entries,
                       duplicate_entries, error, duration_ms)
SELECT f.id, 'seed__' || to_char(t, 'YYYYMMDD"T"HH24MI'), t, f.url,
       CASE WHEN f.name = 'Alpenpost' AND n %% 7 = 0 THEN 503 ELSE 200 END,
       20, (n + f.id) %% 4, 20 - (n + f.id) %% 4,
       CASE WHEN f.name = 'Alpenpost' AND n %% 7 = 0 THEN 'HTTPStatusError: 503 Service Unavailable' END,
       150 + (n * 37 + f.id * 11) %% 400
FROM feeds f
CROSS JOIN generate_series(0, 95) AS n
CROSS JOIN LATERAL (SELECT %(now)s - n * interval '30 minutes' AS t) s
WHERE f.url LIKE 'http://seed.newsflow.invalid/%%'
ON CONFLICT (feed_id, run_id) DO NOTHING
