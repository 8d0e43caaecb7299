-- Re-activating a feed the operator lists again also clears a disable, so the edit takes effect.
UPDATE feeds
SET config_url = %(url)s, name = %(name)s, country = %(country)s, language = %(language)s, kind = %(kind)s,
    active = %(active)s, allow_private = %(allow_private)s, full_text = %(full_text)s,
    max_consecutive_errors = %(max_consecutive_errors)s,
    disabled = CASE WHEN %(active)s AND NOT active THEN false ELSE disabled END,
    disabled_reason = CASE WHEN %(active)s AND NOT active THEN NULL ELSE disabled_reason END,
    consecutive_errors = CASE WHEN %(active)s AND NOT active THEN 0 ELSE consecutive_errors END,
    updated_at = now()
WHERE id = %(id)s
