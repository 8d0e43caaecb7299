-- A fourth origin of an event's place: 'previous'. A scene event (violence, an arrest, coercion, a
-- protest) whose own sentence names no place happened where the scene event of the sentence before did
-- ("Rund 300 Menschen demonstrierten in Bern. Die Polizei nahm 14 von ihnen fest": the arrests in Bern).
-- depends: 0051_entity_aliases_town_forms

ALTER TABLE events DROP CONSTRAINT events_place_source_check;
ALTER TABLE events ADD CONSTRAINT events_place_source_check
    CHECK (place_source IN ('clause', 'headline', 'previous', 'dateline'));
COMMENT ON COLUMN events.place_source IS
    'Where the place comes from: clause (the event''s own clause), headline (the clause names none, the headline''s event of the same type does), previous (the sentence names none, the scene event of the sentence before does) or dateline (the story''s dateline, none of these names one)';
COMMENT ON COLUMN analytics.event_timeline.place_source IS
    'clause: the event''s own clause names the place; headline: the article''s title does; previous: the sentence before, at the same scene, does; dateline: only the story''s dateline does';
