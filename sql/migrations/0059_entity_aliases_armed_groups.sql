-- "der IS", "des Islamischen Staates", "Al-Shabaab": an armed group named by its short name, a declined form or
-- another transliteration is the group of its usual German name, so that its attacks count under one name. Seed =
-- the rows of plugins/newsflow/nlp/data/aliases.tsv after 0058's (tests/nlp/test_ner_migration.py); the entities
-- rows come from the trigger of 0055. An alias an operator already added stays as the operator wrote it.
-- depends: 0058_entity_aliases_declined_parties

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('IS', 'Islamischer Staat', 'ORG'),
    ('Islamischen Staat', 'Islamischer Staat', 'ORG'),
    ('Islamischen Staates', 'Islamischer Staat', 'ORG'),
    ('Al-Shabaab', 'Al-Schabab', 'ORG')
ON CONFLICT (alias) DO NOTHING;
