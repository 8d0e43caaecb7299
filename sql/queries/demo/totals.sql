SELECT
    (SELECT count(*) FROM feeds WHERE active)                     AS feeds,
    (SELECT count(*) FROM articles)                               AS articles,
    (SELECT count(*) FROM articles WHERE nlp_status = 'done')     AS analysed,
    (SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL) AS stories,
    (SELECT count(*) FROM entity_mentions)                        AS mentions,
    (SELECT count(*) FROM entities)                               AS entities,
    (SELECT count(*) FROM events)                                 AS events,
    (SELECT count(*) FROM quantities)                             AS quantities,
    (SELECT count(*) FROM normalization_replacements)             AS replacements
