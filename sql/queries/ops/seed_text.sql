-- Rebuild each seeded article's text from its mentions, so every offset slices to its surface.
UPDATE articles a
SET text = t.text
FROM (
    SELECT m.article_id,
           string_agg(rpad(m.surface, 39) || ' ', '' ORDER BY m.start_offset) || 'Ende der Meldung.' AS text
    FROM entity_mentions m JOIN articles x ON x.id = m.article_id
    WHERE x.entry_key LIKE 'seed-%%'
    GROUP BY m.article_id
) t
WHERE a.id = t.article_id
