-- One event in every third analysed article with mentions: actor1 = its first mention,
-- actor2 = its second, the place = a place mentioned, a participant count for protests and strikes.
WITH pick AS (
    SELECT a.id AS article_id,
           (ARRAY['protest', 'strike', 'agreement', 'meeting', 'accident'])[1 + a.id %% 5] AS event_type,
           (ARRAY['141', '143', '057', '036', '---'])[1 + a.id %% 5] AS cameo_code,
           (ARRAY['demonstrierten', 'streikten', 'unterzeichneten', 'trafen', 'verunglückte'])[1 + a.id %% 5] AS trigger,
           coalesce(a.published_at, a.fetched_at) AS published,
           (SELECT m.entity_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
             WHERE m.article_id = a.id AND e.label = 'LOC' ORDER BY m.start_offset LIMIT 1) AS place_id
    FROM articles a
    WHERE a.nlp_status = 'done' AND a.id %% 3 = 0 AND a.entry_key LIKE 'seed-%%'
      AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id)
)
INSERT INTO events (article_id, event_type, cameo_code, trigger, trigger_start, trigger_end, sentence_start,
                    sentence_end, event_date, date_precision, place_entity_id, place_text, count_value,
                    count_unit, count_approximate, negated, confidence, model_name, model_version, lexicon_version)
SELECT p.article_id, p.event_type, p.cameo_code, p.trigger, 0, length(p.trigger), 0, 40,
       CASE WHEN p.article_id %% 4 = 0 THEN NULL ELSE ((p.published AT TIME ZONE 'Europe/Berlin')::date - 1) END,
       CASE WHEN p.article_id %% 4 = 0 THEN NULL ELSE 'day' END,
       p.place_id, (SELECT canonical FROM entities WHERE id = p.place_id),
       CASE WHEN p.event_type IN ('protest', 'strike') THEN 100 * (1 + p.article_id %% 50) END,
       CASE WHEN p.event_type IN ('protest', 'strike') THEN 'Personen' END,
       CASE WHEN p.event_type IN ('protest', 'strike') THEN true END,
       p.article_id %% 23 = 0, 0.8, 'seed', '0', '0'
FROM pick p
ON CONFLICT DO NOTHING
