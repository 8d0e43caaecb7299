INSERT INTO articles (feed_id, source, country, entry_key, guid, link, canonical_link, content_hash, title,
                      summary, content, text, author, published_at, fetched_at, language, language_score,
                      nlp_status, content_source)
VALUES (%(feed_id)s, %(source)s, %(country)s, %(entry_key)s, %(guid)s, %(link)s, %(canonical_link)s,
        %(content_hash)s, %(title)s, %(summary)s, %(content)s, %(text)s, %(author)s, %(published_at)s,
        %(fetched_at)s, %(language)s, %(language_score)s, %(nlp_status)s, %(content_source)s)
ON CONFLICT (feed_id, entry_key) DO NOTHING
RETURNING id
