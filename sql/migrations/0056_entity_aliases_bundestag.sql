-- "des Deutschen Bundestages" and "der Bundestag" are one parliament: the full name is an alias of the short one,
-- as news writes it. Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0055's
-- (tests/nlp/test_ner_migration.py). An alias an operator already added stays as the operator wrote it.
-- depends: 0055_entity_aliases_central_banks

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Deutscher Bundestag', 'Bundestag', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
