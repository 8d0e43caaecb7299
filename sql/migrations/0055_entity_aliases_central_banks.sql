-- The central banks as they are usually written (Schweizer Nationalbank, Österreichische Nationalbank with Ö), so each
-- counts as the one bank whose official name the gazetteer knows. Seed = the rows of
-- plugins/newsflow/nlp/data/aliases.tsv after 0054's (tests/nlp/test_ner_migration.py). An alias an operator
-- already added stays as the operator wrote it.
-- depends: 0054_entity_aliases_olympic

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Schweizer Nationalbank', 'Schweizerische Nationalbank', 'ORG'),
    ('Österreichische Nationalbank', 'Oesterreichische Nationalbank', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
