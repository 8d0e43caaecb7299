-- Entities of a batch that already exist, with their aliases: only new ones and new aliases
-- need a write (and a row lock), the common case after warm-up is a plain read.
SELECT e.id, e.canonical, e.label, e.aliases
FROM entities e
JOIN unnest(%(canonicals)s::text[], %(labels)s::text[]) AS k (canonical, label)
  ON e.canonical = k.canonical AND e.label = k.label
