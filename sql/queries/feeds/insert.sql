INSERT INTO feeds (url, config_url, name, country, language, kind, active, allow_private, full_text,
                   max_consecutive_errors)
VALUES (%(url)s, %(url)s, %(name)s, %(country)s, %(language)s, %(kind)s, %(active)s, %(allow_private)s,
        %(full_text)s, %(max_consecutive_errors)s)
RETURNING id
