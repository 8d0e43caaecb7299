UPDATE feeds SET active = false, updated_at = now()
WHERE id = ANY(%(ids)s) AND active
