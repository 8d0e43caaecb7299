-- The Olympic committee's short forms (IOC, the German IOK), so each counts as the one organization whose full name
-- the gazetteer knows. Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0053's
-- (tests/nlp/test_ner_migration.py). An alias an operator already added stays as the operator wrote it.
-- depends: 0053_entity_aliases_acronyms

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('IOC', 'Internationales Olympisches Komitee', 'ORG'),
    ('IOK', 'Internationales Olympisches Komitee', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
