-- Serialises concurrent batches inserting the same link/content until this transaction ends.
SELECT pg_advisory_xact_lock(hashtextextended(%(key)s, 6))
