-- A third origin of an event's place: 'headline'. A feed item is its title and its summary; when the
-- lead's event names no place and the title's event of the same type does ("Warnstreik legt Zürich
-- lahm" + "Das Lokpersonal streikte am Morgen."), the lead's event keeps the title's place.
-- depends: 0047_event_place_source

ALTER TABLE events DROP CONSTRAINT events_place_source_check;
ALTER TABLE events ADD CONSTRAINT events_place_source_check
    CHECK (place_source IN ('clause', 'headline', 'dateline'));
COMMENT ON COLUMN events.place_source IS
    'Where the place comes from: clause (the event''s own clause), headline (the clause names none, the headline''s event of the same type does) or dateline (the story''s dateline, neither names one)';
COMMENT ON COLUMN analytics.event_timeline.place_source IS
    'clause: the event''s own clause names the place; headline: the article''s title does; dateline: only the story''s dateline does';
