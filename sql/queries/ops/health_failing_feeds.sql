-- Feeds failing repeatedly, or switched off automatically.
SELECT f.name, f.consecutive_errors, f.disabled, f.disabled_reason, f.last_status,
       (SELECT l.error FROM fetch_log l WHERE l.feed_id = f.id AND l.error IS NOT NULL
        ORDER BY l.started_at DESC LIMIT 1) AS last_error
FROM feeds f
WHERE f.active AND (f.disabled OR f.consecutive_errors >= %(min_errors)s)
ORDER BY f.disabled DESC, f.consecutive_errors DESC, f.name
