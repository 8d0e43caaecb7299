-- A re-load replaces the batch's results wholesale (events cascade to event_participants).
DELETE FROM entity_mentions WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM quantities WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM events WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM normalization_replacements WHERE article_id = ANY(%(ids)s::bigint[]);
