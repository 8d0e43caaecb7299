INSERT INTO event_participants (event_id, role, entity_id, surface, start_offset, end_offset)
SELECT ev.id, CASE m.rn WHEN 1 THEN 'actor1' ELSE 'actor2' END, m.entity_id, m.surface, m.start_offset, m.end_offset
FROM events ev
JOIN articles a ON a.id = ev.article_id AND a.entry_key LIKE 'seed-%%'
CROSS JOIN LATERAL (
    SELECT x.entity_id, x.surface, x.start_offset, x.end_offset,
           row_number() OVER (ORDER BY x.start_offset) AS rn
    FROM entity_mentions x WHERE x.article_id = ev.article_id
    ORDER BY x.start_offset LIMIT 2
) m
ON CONFLICT DO NOTHING
