-- Aliases for the Swiss, Austrian and German institutions the NER gazetteer now names (Seco, Finma,
-- ÖGB, der Paritätische Wohlfahrtsverband, OeNB, DGB, WKÖ, VfGH), so short and inflected names count
-- under one entity.
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
    ('VfGH', 'Verfassungsgerichtshof', 'ORG')
ON CONFLICT (alias) DO NOTHING;

INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
