-- Aliases for city transport firms (BVG, VBZ, BERNMOBIL), which strikes and fare rises name by their short
-- forms, and for "Linken" as in "Linken-Chefin", so they count under one entity with their long names.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0049's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0049_entity_aliases_institutions_dach

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('BVG', 'Berliner Verkehrsbetriebe', 'ORG'),
    ('VBZ', 'Verkehrsbetriebe Zürich', 'ORG'),
    ('BERNMOBIL', 'Bernmobil', 'ORG'),
    ('Linken', 'Linke', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
