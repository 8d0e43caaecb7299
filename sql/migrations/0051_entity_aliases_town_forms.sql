-- Aliases for towns with official bilingual or long forms (Biel/Bienne, Halle (Saale), Yverdon-les-Bains) and
-- French names of Swiss towns German news writes in German (Genève, Neuchâtel), so each counts as one place.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0050's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0050_entity_aliases_transport_parties

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Biel/Bienne', 'Biel', 'LOC'),
    ('Bienne', 'Biel', 'LOC'),
    ('Halle (Saale)', 'Halle', 'LOC'),
    ('Halle an der Saale', 'Halle', 'LOC'),
    ('Halle/Saale', 'Halle', 'LOC'),
    ('Yverdon-les-Bains', 'Yverdon', 'LOC'),
    ('Genève', 'Genf', 'LOC'),
    ('Neuchâtel', 'Neuenburg', 'LOC')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
