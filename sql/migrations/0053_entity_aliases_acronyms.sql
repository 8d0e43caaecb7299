-- Short forms news uses for institutions whose full names the gazetteer knows (SNB, BAMF, OSZE, IAEA, ...),
-- so each counts as one organization. Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0051's
-- (tests/nlp/test_ner_migration.py). An alias an operator already added stays as the operator wrote it.
-- depends: 0052_event_place_previous

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('SNB', 'Schweizerische Nationalbank', 'ORG'),
    ('BfV', 'Bundesamt für Verfassungsschutz', 'ORG'),
    ('SEM', 'Staatssekretariat für Migration', 'ORG'),
    ('WTO', 'Welthandelsorganisation', 'ORG'),
    ('IKRK', 'Internationales Komitee vom Roten Kreuz', 'ORG'),
    ('SGB', 'Schweizerischer Gewerkschaftsbund', 'ORG'),
    ('AMS', 'Arbeitsmarktservice', 'ORG'),
    ('WKO', 'Wirtschaftskammer Österreich', 'ORG'),
    ('Fedpol', 'Bundesamt für Polizei', 'ORG'),
    ('NDB', 'Nachrichtendienst des Bundes', 'ORG'),
    ('BAMF', 'Bundesamt für Migration und Flüchtlinge', 'ORG'),
    ('OSZE', 'Organisation für Sicherheit und Zusammenarbeit in Europa', 'ORG'),
    ('IAEA', 'Internationale Atomenergiebehörde', 'ORG'),
    ('IAEO', 'Internationale Atomenergiebehörde', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
