UPDATE articles a
SET nlp_status = 'done', nlp_error = NULL, normalized_text = v.normalized, processed_at = now()
FROM unnest(%(ids)s::bigint[], %(normalized)s::text[]) AS v (id, normalized)
WHERE a.id = v.id
