-- Articles analysed since %(since)s, and how many of them have no entity mention at all.
SELECT count(*) AS analysed,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id)) AS without_entities
FROM articles a
WHERE a.nlp_status = 'done' AND a.processed_at >= %(since)s AND a.processed_at <= %(now)s
