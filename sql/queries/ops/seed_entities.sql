-- Organisations, places and invented people, in this order: the seeded mentions favour the
-- first ones, so institutions and places are named most, as in real news. seed_names keeps the
-- order for seed_mentions (entities from migrations, e.g. curated aliases, are left out).
CREATE TEMPORARY TABLE seed_names ON COMMIT DROP AS
SELECT row_number() OVER () AS ord, canonical, label FROM (
    SELECT unnest(ARRAY['Bundesrat', 'Bundestag', 'Nationalrat', 'Europäische Union', 'Deutsche Bahn', 'SBB',
                        'ÖBB', 'Gewerkschaft Verdi', 'Stadtwerke Linz', 'Rotes Kreuz']) AS canonical, 'ORG' AS label
    UNION ALL
    SELECT unnest(ARRAY['Berlin', 'Hamburg', 'München', 'Wien', 'Graz', 'Zürich', 'Bern', 'Basel', 'Linz',
                        'Dresden', 'Köln', 'Innsbruck', 'Luzern', 'Leipzig', 'Salzburg', 'Genf']), 'LOC'
    UNION ALL
    SELECT first || ' ' || last, 'PER'
    FROM unnest(ARRAY['Anna', 'Lukas', 'Miriam', 'Jonas', 'Greta', 'Felix', 'Lea', 'Matthias',
                      'Sabine', 'Reto', 'Ursula', 'Florian']) AS first,
         unnest(ARRAY['Berger', 'Huber', 'Keller', 'Brunner', 'Wagner', 'Schmid', 'Gruber', 'Meier',
                      'Vogel', 'Frei']) AS last
) AS names;
INSERT INTO entities (canonical, label)
SELECT canonical, label FROM seed_names ORDER BY ord
ON CONFLICT (canonical, label) DO NOTHING
