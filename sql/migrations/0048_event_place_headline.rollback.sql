-- Back to two origins: a place taken from the headline was named by the title's own clause, so it
-- becomes 'clause' (nothing is dropped); the comments are 0047's again.
UPDATE events SET place_source = 'clause' WHERE place_source = 'headline';
ALTER TABLE events DROP CONSTRAINT events_place_source_check;
ALTER TABLE events ADD CONSTRAINT events_place_source_check CHECK (place_source IN ('clause', 'dateline'));
COMMENT ON COLUMN events.place_source IS
    'Where the place comes from: clause (the event''s own clause) or dateline (the story''s dateline, the clause names none)';
COMMENT ON COLUMN analytics.event_timeline.place_source IS
    'Where the place comes from: clause, or dateline (the story''s dateline; the clause names no place)';
