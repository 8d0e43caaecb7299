-- "die Freien Wähler", "der Freien Sachsen", "die Jungen Grünen": a party named with a declined adjective is the party
-- of the nominative name the gazetteer lists. Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0057's
-- (tests/nlp/test_ner_migration.py); the entities rows come from the trigger of 0055. An alias an operator already
-- added stays as the operator wrote it.
-- depends: 0057_entity_aliases_bundestag

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Freien Wähler', 'Freie Wähler', 'ORG'),
    ('Freien Sachsen', 'Freie Sachsen', 'ORG'),
    ('Jungen Grünen', 'Junge Grüne', 'ORG')
ON CONFLICT (alias) DO NOTHING;
