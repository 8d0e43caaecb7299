-- Aliases for the Swiss, Austrian, German and international institutions the NER gazetteer now names
-- (Seco, Finma, ÖGB, der Paritätische Wohlfahrtsverband, OeNB, DGB, WKÖ, VfGH, der Oberste Gerichtshof,
-- GDL, EDA, EuGH, EGMR, IStGH), so short and inflected names count under one entity.
-- Seed = the rows of plugins/newsflow/nlp/data/aliases.tsv after 0023's (tests/nlp/test_ner_migration.py).
-- An alias an operator already added stays as the operator wrote it.
-- depends: 0023_entity_aliases_groups

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('Seco', 'Staatssekretariat für Wirtschaft', 'ORG'),
    ('Finma', 'Eidgenössische Finanzmarktaufsicht', 'ORG'),
    ('Eidgenössischen Finanzmarktaufsicht', 'Eidgenössische Finanzmarktaufsicht', 'ORG'),
    ('Österreichischen Gewerkschaftsbund', 'Österreichischer Gewerkschaftsbund', 'ORG'),
    ('Österreichischen Gewerkschaftsbundes', 'Österreichischer Gewerkschaftsbund', 'ORG'),
    ('ÖGB', 'Österreichischer Gewerkschaftsbund', 'ORG'),
    ('Paritätische Wohlfahrtsverband', 'Paritätischer Wohlfahrtsverband', 'ORG'),
    ('Paritätischen Wohlfahrtsverband', 'Paritätischer Wohlfahrtsverband', 'ORG'),
    ('Paritätischen Wohlfahrtsverbands', 'Paritätischer Wohlfahrtsverband', 'ORG'),
    ('Paritätischen Wohlfahrtsverbandes', 'Paritätischer Wohlfahrtsverband', 'ORG'),
    ('Oesterreichischen Nationalbank', 'Oesterreichische Nationalbank', 'ORG'),
    ('OeNB', 'Oesterreichische Nationalbank', 'ORG'),
    ('DGB', 'Deutscher Gewerkschaftsbund', 'ORG'),
    ('WKÖ', 'Wirtschaftskammer Österreich', 'ORG'),
    ('VfGH', 'Verfassungsgerichtshof', 'ORG'),
    ('Oberste Gerichtshof', 'Oberster Gerichtshof', 'ORG'),
    ('Obersten Gerichtshof', 'Oberster Gerichtshof', 'ORG'),
    ('Obersten Gerichtshofs', 'Oberster Gerichtshof', 'ORG'),
    ('Obersten Gerichtshofes', 'Oberster Gerichtshof', 'ORG'),
    ('GDL', 'Gewerkschaft Deutscher Lokomotivführer', 'ORG'),
    ('EDA', 'Eidgenössisches Departement für auswärtige Angelegenheiten', 'ORG'),
    ('Eidgenössische Departement für auswärtige Angelegenheiten', 'Eidgenössisches Departement für auswärtige Angelegenheiten', 'ORG'),
    ('Eidgenössischen Departement für auswärtige Angelegenheiten', 'Eidgenössisches Departement für auswärtige Angelegenheiten', 'ORG'),
    ('Eidgenössischen Departements für auswärtige Angelegenheiten', 'Eidgenössisches Departement für auswärtige Angelegenheiten', 'ORG'),
    ('EuGH', 'Europäischer Gerichtshof', 'ORG'),
    ('EGMR', 'Europäischer Gerichtshof für Menschenrechte', 'ORG'),
    ('Europäischen Gerichtshof für Menschenrechte', 'Europäischer Gerichtshof für Menschenrechte', 'ORG'),
    ('Europäischen Gerichtshofs für Menschenrechte', 'Europäischer Gerichtshof für Menschenrechte', 'ORG'),
    ('IStGH', 'Internationaler Strafgerichtshof', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
