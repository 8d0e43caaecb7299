SELECT (SELECT count(*) FROM feeds WHERE active AND NOT disabled)          AS feeds,
       (SELECT count(*) FROM articles)                                    AS articles,
       (SELECT count(*) FROM articles WHERE nlp_status = 'pending')       AS pending,
       (SELECT count(*) FROM articles WHERE nlp_status = 'failed')        AS failed,
       (SELECT count(*) FROM entity_mentions)                             AS mentions,
       (SELECT count(*) FROM events)                                      AS events,
       (SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL GROUP BY story_id
                              HAVING count(DISTINCT source) > 1) AS wire) AS stories,
       (SELECT max(fetched_at) FROM articles)                             AS last_article_at
