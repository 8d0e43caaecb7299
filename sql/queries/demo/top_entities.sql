SELECT e.canonical, e.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
GROUP BY e.canonical, e.label
ORDER BY mentions DESC, e.canonical
LIMIT %(limit)s
