-- "des Deutschen Bundestages" and "der Bundestag" are one parliament: the full name is an alias of the short one,
-- as news writes it. Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0056's
-- (tests/nlp/test_ner_migration.py); the entities row comes from the trigger of 0055. An alias an operator already
-- added stays as the operator wrote it.
-- depends: 0056_entity_aliases_central_banks

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Deutscher Bundestag', 'Bundestag', 'ORG')
ON CONFLICT (alias) DO NOTHING;
