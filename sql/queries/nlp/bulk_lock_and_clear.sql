-- Lock a batch's articles in id order, so two loads of overlapping batches wait for each other
-- instead of deadlocking (both take the locks in the same order); then drop their old results:
-- a re-load replaces them wholesale (events cascade to event_participants).
SELECT id FROM articles WHERE id = ANY(%(ids)s::bigint[]) ORDER BY id FOR UPDATE;
DELETE FROM entity_mentions WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM quantities WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM events WHERE article_id = ANY(%(ids)s::bigint[]);
DELETE FROM normalization_replacements WHERE article_id = ANY(%(ids)s::bigint[]);
