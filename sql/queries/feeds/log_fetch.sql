INSERT INTO fetch_log (feed_id, run_id, started_at, url, final_url, http_status, not_modified, entries,
                       new_entries, duplicate_entries, warnings, error, duration_ms)
VALUES (%(feed_id)s, %(run_id)s, %(started_at)s, %(url)s, %(final_url)s, %(http_status)s, %(not_modified)s,
        %(entries)s, %(new_entries)s, %(duplicate_entries)s, %(warnings)s, %(error)s, %(duration_ms)s)
ON CONFLICT (feed_id, run_id) DO UPDATE
SET started_at = EXCLUDED.started_at, url = EXCLUDED.url, final_url = EXCLUDED.final_url,
    http_status = EXCLUDED.http_status, not_modified = EXCLUDED.not_modified, entries = EXCLUDED.entries,
    new_entries = EXCLUDED.new_entries, duplicate_entries = EXCLUDED.duplicate_entries,
    warnings = EXCLUDED.warnings, error = EXCLUDED.error, duration_ms = EXCLUDED.duration_ms
