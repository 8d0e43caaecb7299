-- The central banks as they are usually written (Schweizer Nationalbank, Österreichische Nationalbank with Ö), so each
-- counts as the one bank whose official name the gazetteer knows. Seed = the rows of
-- plugins/newsflow/nlp/data/aliases.tsv after 0054's (tests/nlp/test_ner_migration.py); their entities rows come
-- from the trigger of 0055. An alias an operator already added stays as the operator wrote it.
-- depends: 0055_entity_aliases_to_entities

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Schweizer Nationalbank', 'Schweizerische Nationalbank', 'ORG'),
    ('Österreichische Nationalbank', 'Oesterreichische Nationalbank', 'ORG')
ON CONFLICT (alias) DO NOTHING;
