-- Serialize concurrent loads of the same article: the second waits, then replaces.
SELECT id FROM articles WHERE id = %(article_id)s FOR UPDATE
