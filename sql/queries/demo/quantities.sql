SELECT q.surface, q.value, q.unit, a.source
FROM quantities q JOIN articles a ON a.id = q.article_id
WHERE q.unit IS NOT NULL
ORDER BY q.value DESC
LIMIT %(limit)s
