-- More curated aliases: inflected forms of institutions the NER gazetteer names (des Auswärtigen Amts,
-- des Internationalen Währungsfonds) and agency acronyms, so they count under one entity.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0020's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0020_entity_aliases

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Auswärtige Amt', 'Auswärtiges Amt', 'ORG'),
    ('Auswärtigen Amt', 'Auswärtiges Amt', 'ORG'),
    ('Auswärtigen Amts', 'Auswärtiges Amt', 'ORG'),
    ('Auswärtigen Amtes', 'Auswärtiges Amt', 'ORG'),
    ('Internationalen Währungsfonds', 'Internationaler Währungsfonds', 'ORG'),
    ('Internationale Währungsfonds', 'Internationaler Währungsfonds', 'ORG'),
    ('Bundeskartellamts', 'Bundeskartellamt', 'ORG'),
    ('Bundeskriminalamts', 'Bundeskriminalamt', 'ORG'),
    ('BKA', 'Bundeskriminalamt', 'ORG'),
    ('BND', 'Bundesnachrichtendienst', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
