-- One row per canonical entity; surface forms seen so far accumulate as aliases.
-- DO UPDATE (not DO NOTHING) so RETURNING also yields ids of entities that already existed.
INSERT INTO entities (canonical, label, aliases)
VALUES %s
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = ARRAY(
    SELECT DISTINCT a FROM unnest(entities.aliases || EXCLUDED.aliases) AS a ORDER BY a
)
RETURNING id, canonical, label
