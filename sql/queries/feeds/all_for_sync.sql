SELECT id, url, config_url, name, country, language, kind, active, allow_private, full_text,
       max_consecutive_errors
FROM feeds
ORDER BY id
