-- The article stays in the table with its text; the error says why the NLP gave up on it.
UPDATE articles
SET nlp_status = 'failed', nlp_error = %(error)s, processed_at = now()
WHERE id = %(article_id)s
