-- Curated entity aliases (EU = Europäische Union, BRD = Deutschland, EZB = Europäische Zentralbank).
-- Seed = plugins/newsflow/nlp/data/aliases.tsv (tests/nlp/test_ner_migration.py keeps both in sync).
-- Operators extend the list with plain INSERTs; canonical.py matches aliases case- and ß/ss-insensitively.
-- depends: 0001_base_schema

CREATE TABLE entity_aliases (
    alias      text NOT NULL,
    canonical  text NOT NULL,
    label      text NOT NULL CHECK (label IN ('PER', 'LOC', 'ORG', 'MISC')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (alias)
);
CREATE INDEX entity_aliases_canonical_idx ON entity_aliases (canonical, label);

INSERT INTO entity_aliases (alias, canonical, label) VALUES
    ('EU', 'Europäische Union', 'ORG'),
    ('Europäischen Union', 'Europäische Union', 'ORG'),
    ('EU-Kommission', 'Europäische Kommission', 'ORG'),
    ('Kommission der Europäischen Union', 'Europäische Kommission', 'ORG'),
    ('EZB', 'Europäische Zentralbank', 'ORG'),
    ('EU-Parlament', 'Europäisches Parlament', 'ORG'),
    ('Europaparlament', 'Europäisches Parlament', 'ORG'),
    ('BRD', 'Deutschland', 'LOC'),
    ('Bundesrepublik', 'Deutschland', 'LOC'),
    ('Bundesrepublik Deutschland', 'Deutschland', 'LOC'),
    ('DE', 'Deutschland', 'LOC'),
    ('USA', 'Vereinigte Staaten', 'LOC'),
    ('US', 'Vereinigte Staaten', 'LOC'),
    ('Vereinigte Staaten von Amerika', 'Vereinigte Staaten', 'LOC'),
    ('Amerika', 'Vereinigte Staaten', 'LOC'),
    ('UK', 'Großbritannien', 'LOC'),
    ('Vereinigtes Königreich', 'Großbritannien', 'LOC'),
    ('Grossbritannien', 'Großbritannien', 'LOC'),
    ('Russische Föderation', 'Russland', 'LOC'),
    ('Volksrepublik China', 'China', 'LOC'),
    ('Eidgenossenschaft', 'Schweiz', 'LOC'),
    ('Schweizerische Eidgenossenschaft', 'Schweiz', 'LOC'),
    ('Republik Österreich', 'Österreich', 'LOC'),
    ('UN', 'Vereinte Nationen', 'ORG'),
    ('UNO', 'Vereinte Nationen', 'ORG'),
    ('Uno', 'Vereinte Nationen', 'ORG'),
    ('NATO', 'Nato', 'ORG'),
    ('IWF', 'Internationaler Währungsfonds', 'ORG'),
    ('WHO', 'Weltgesundheitsorganisation', 'ORG'),
    ('Sozialdemokratische Partei Deutschlands', 'SPD', 'ORG'),
    ('Christlich Demokratische Union', 'CDU', 'ORG'),
    ('Christlich-Soziale Union', 'CSU', 'ORG'),
    ('Freie Demokratische Partei', 'FDP', 'ORG'),
    ('Alternative für Deutschland', 'AfD', 'ORG'),
    ('Bündnis 90/Die Grünen', 'Grüne', 'ORG'),
    ('Die Grünen', 'Grüne', 'ORG'),
    ('Grünen', 'Grüne', 'ORG'),
    ('Die Linke', 'Linke', 'ORG'),
    ('Österreichische Volkspartei', 'ÖVP', 'ORG'),
    ('Sozialdemokratische Partei Österreichs', 'SPÖ', 'ORG'),
    ('Freiheitliche Partei Österreichs', 'FPÖ', 'ORG'),
    ('Schweizerische Volkspartei', 'SVP', 'ORG'),
    ('BVerfG', 'Bundesverfassungsgericht', 'ORG'),
    ('BGH', 'Bundesgerichtshof', 'ORG'),
    ('DB', 'Deutsche Bahn', 'ORG'),
    ('VW', 'Volkswagen', 'ORG'),
    ('SRG', 'Schweizerische Radio- und Fernsehgesellschaft', 'ORG');

-- One entities row per canonical name, carrying its aliases.
INSERT INTO entities (canonical, label, aliases)
SELECT canonical, label, array_agg(alias ORDER BY alias)
FROM entity_aliases
GROUP BY canonical, label
ON CONFLICT (canonical, label) DO UPDATE
SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
