-- Invented people, and places and organisations, enough for skewed popularity.
INSERT INTO entities (canonical, label)
SELECT canonical, label FROM (
    SELECT first || ' ' || last AS canonical, 'PER' AS label
    FROM unnest(ARRAY['Anna', 'Lukas', 'Miriam', 'Jonas', 'Greta', 'Felix', 'Lea', 'Matthias',
                      'Sabine', 'Reto', 'Ursula', 'Florian']) AS first,
         unnest(ARRAY['Berger', 'Huber', 'Keller', 'Brunner', 'Wagner', 'Schmid', 'Gruber', 'Meier',
                      'Vogel', 'Frei']) AS last
    UNION ALL
    SELECT unnest(ARRAY['Berlin', 'Hamburg', 'München', 'Wien', 'Graz', 'Zürich', 'Bern', 'Basel', 'Linz',
                        'Dresden', 'Köln', 'Innsbruck', 'Luzern', 'Leipzig', 'Salzburg', 'Genf']), 'LOC'
    UNION ALL
    SELECT unnest(ARRAY['Bundesrat', 'Bundestag', 'Nationalrat', 'Europäische Union', 'Deutsche Bahn', 'SBB',
                        'ÖBB', 'Gewerkschaft Verdi', 'Stadtwerke Linz', 'Rotes Kreuz']), 'ORG'
) AS names
ON CONFLICT (canonical, label) DO NOTHING
