SELECT id, url, name, country, language, kind, allow_private, full_text, etag, last_modified,
       consecutive_errors, max_consecutive_errors
FROM feeds
WHERE id = ANY(%(ids)s)
ORDER BY id
