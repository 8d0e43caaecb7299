-- Back to three origins: a place taken from the sentence before was named by that sentence's own clause,
-- so it becomes 'clause' (nothing is dropped); the comments are 0048's again.
UPDATE events SET place_source = 'clause' WHERE place_source = 'previous';
ALTER TABLE events DROP CONSTRAINT events_place_source_check;
ALTER TABLE events ADD CONSTRAINT events_place_source_check
    CHECK (place_source IN ('clause', 'headline', 'dateline'));
COMMENT ON COLUMN events.place_source IS
    'Where the place comes from: clause (the event''s own clause), headline (the clause names none, the headline''s event of the same type does) or dateline (the story''s dateline, neither names one)';
COMMENT ON COLUMN analytics.event_timeline.place_source IS
    'clause: the event''s own clause names the place; headline: the article''s title does; dateline: only the story''s dateline does';
