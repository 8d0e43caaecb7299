-- Lock a batch's articles in id order: two loads of overlapping batches then wait for
-- each other instead of deadlocking (each takes the locks in the same order).
SELECT id FROM articles WHERE id = ANY(%(ids)s::bigint[]) ORDER BY id FOR UPDATE
