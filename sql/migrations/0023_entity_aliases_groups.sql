-- Aliases for the inflected names of groups and firms the NER gazetteer now names (der Letzten Generation,
-- der Rhätischen Bahn), so each counts under one entity.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0022's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0022_entity_aliases_seats

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Letzten Generation', 'Letzte Generation', 'ORG'),
    ('Rhätischen Bahn', 'Rhätische Bahn', 'ORG'),
    ('Schweizerischen Flüchtlingshilfe', 'Schweizerische Flüchtlingshilfe', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
