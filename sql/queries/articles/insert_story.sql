INSERT INTO stories (first_article_id, first_seen_at, title)
VALUES (%(article_id)s, %(seen_at)s, %(title)s)
RETURNING id
