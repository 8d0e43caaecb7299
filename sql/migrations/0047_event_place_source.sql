-- Where an event's place comes from: 'clause' (the event's own clause names it) or 'dateline' (the
-- clause names none; the story's dateline does: "Wien (APA) – ..."). Analysts who want only places
-- the sentence states filter on 'clause'. analytics.event_timeline gains the column, at its end.
-- depends: 0046_source_health_fast

ALTER TABLE events ADD COLUMN place_source text
    CHECK (place_source IN ('clause', 'dateline'));
UPDATE events SET place_source = 'clause' WHERE place_text IS NOT NULL;
COMMENT ON COLUMN events.place_source IS
    'Where the place comes from: clause (the event''s own clause) or dateline (the story''s dateline, the clause names none)';

CREATE OR REPLACE VIEW analytics.event_timeline AS
SELECT ev.id AS event_id,
       coalesce(ev.event_date, (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'Europe/Berlin')::date) AS day,
       ev.event_date,
       ev.date_precision,
       ev.event_type,
       ev.cameo_code,
       ev.trigger,
       ev.negated,
       ev.modality,
       coalesce(act.actor1, '{}') AS actor1,
       coalesce(act.actor2, '{}') AS actor2,
       coalesce(act.actor_ids, '{}') AS actor_ids,
       coalesce(place.canonical, ev.place_text) AS place,
       ev.place_entity_id,
       ev.count_value,
       ev.count_unit,
       ev.count_qualifier,
       ev.count_approximate,
       ev.confidence,
       a.id AS article_id,
       a.source,
       a.country,
       a.title,
       a.link,
       coalesce(a.published_at, a.fetched_at) AS published_at,
       a.story_id,
       ev.place_source
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN entities place ON place.id = ev.place_entity_id
LEFT JOIN LATERAL (
    SELECT array_agg(en.canonical ORDER BY p.start_offset) FILTER (WHERE p.role = 'actor1') AS actor1,
           array_agg(en.canonical ORDER BY p.start_offset) FILTER (WHERE p.role = 'actor2') AS actor2,
           array_agg(DISTINCT p.entity_id) AS actor_ids
    FROM event_participants p
    JOIN entities en ON en.id = p.entity_id
    WHERE p.event_id = ev.id
) act ON true;
COMMENT ON COLUMN analytics.event_timeline.place_source IS
    'Where the place comes from: clause, or dateline (the story''s dateline; the clause names no place)';
