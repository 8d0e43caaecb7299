SELECT ev.event_type, ev.trigger, ev.negated,
       (SELECT string_agg(en.canonical, ', ' ORDER BY p.role, p.start_offset)
          FROM event_participants p JOIN entities en ON en.id = p.entity_id
         WHERE p.event_id = ev.id AND p.role = 'actor1') AS actor1,
       (SELECT string_agg(en.canonical, ', ' ORDER BY p.role, p.start_offset)
          FROM event_participants p JOIN entities en ON en.id = p.entity_id
         WHERE p.event_id = ev.id AND p.role = 'actor2') AS actor2,
       ev.place_text, ev.event_date, ev.count_value, ev.count_unit, a.source
FROM events ev JOIN articles a ON a.id = ev.article_id
ORDER BY ev.confidence DESC, ev.id
LIMIT %(limit)s
