-- Aliases for seats of government named for the government (des Weißen Hauses, des Kremls) and the
-- inflected Red Cross and Technisches Hilfswerk, which the NER gazetteer now names, so each counts under one entity.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0021's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0021_entity_aliases_institutions

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Weiße Haus', 'Weißes Haus', 'ORG'),
    ('Weißen Haus', 'Weißes Haus', 'ORG'),
    ('Weißen Hauses', 'Weißes Haus', 'ORG'),
    ('Kremls', 'Kreml', 'ORG'),
    ('Kanzleramts', 'Kanzleramt', 'ORG'),
    ('Kanzleramtes', 'Kanzleramt', 'ORG'),
    ('Bundeskanzleramts', 'Bundeskanzleramt', 'ORG'),
    ('Bundeskanzleramtes', 'Bundeskanzleramt', 'ORG'),
    ('Roten Kreuz', 'Rotes Kreuz', 'ORG'),
    ('Roten Kreuzes', 'Rotes Kreuz', 'ORG'),
    ('Technische Hilfswerk', 'Technisches Hilfswerk', 'ORG'),
    ('Technischen Hilfswerk', 'Technisches Hilfswerk', 'ORG'),
    ('Technischen Hilfswerks', 'Technisches Hilfswerk', 'ORG'),
    ('THW', 'Technisches Hilfswerk', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
