-- %(per_article)s mentions per analysed article (every 20th has none), entities drawn with a skew
-- (a few are named very often, as in real news); mention k sits at offset 40*k of the text.
WITH ents AS (SELECT array_agg(e.id ORDER BY s.ord) AS ids FROM seed_names s JOIN entities e USING (canonical, label))
INSERT INTO entity_mentions (article_id, entity_id, label, start_offset, end_offset, surface, model_name, model_version)
SELECT a.id, e.id, e.label, 40 * k, 40 * k + length(e.canonical), e.canonical, 'seed', '0'
FROM articles a
CROSS JOIN generate_series(0, %(per_article)s - 1) AS k
CROSS JOIN ents
CROSS JOIN LATERAL (SELECT ents.ids[1 + floor(cardinality(ents.ids) * power(random(), 2.5))::int
                                      + (a.id * 0 + k * 0)::int] AS entity_id) pick
JOIN entities e ON e.id = pick.entity_id
WHERE a.nlp_status = 'done' AND a.id %% 20 <> 0 AND a.entry_key LIKE 'seed-%%'
ON CONFLICT DO NOTHING
