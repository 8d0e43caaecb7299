UPDATE feeds
SET etag = %(etag)s, last_modified = %(last_modified)s, last_status = %(last_status)s,
    last_checked_at = %(now)s,
    last_success_at = CASE WHEN %(success)s THEN %(now)s ELSE last_success_at END,
    consecutive_errors = %(consecutive_errors)s, next_check_at = %(next_check_at)s,
    disabled = disabled OR %(disabled)s,
    disabled_reason = CASE WHEN %(disabled)s AND NOT disabled THEN %(disabled_reason)s ELSE disabled_reason END,
    disabled_at = CASE WHEN %(disabled)s AND NOT disabled THEN %(now)s ELSE disabled_at END,
    updated_at = now()
WHERE id = %(id)s
