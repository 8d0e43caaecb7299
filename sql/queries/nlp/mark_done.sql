UPDATE articles
SET nlp_status = 'done', nlp_error = NULL, normalized_text = %(normalized)s, processed_at = now()
WHERE id = %(article_id)s
