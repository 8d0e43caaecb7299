-- Synthetic outlets for tests and benchmarks (the .invalid domain can never resolve).
INSERT INTO feeds (url, name, country, created_at, last_checked_at, last_success_at, last_status)
SELECT 'http://seed.newsflow.invalid/' || slug || '.xml', name, country,
       %(now)s - interval '90 days', %(now)s - interval '5 minutes', %(now)s - interval '5 minutes', 200
FROM (VALUES ('elbe', 'Elbe-Anzeiger', 'de'), ('rhein', 'Rheinische Rundschau', 'de'),
             ('donau', 'Donau-Kurier', 'at'), ('alpen', 'Alpenpost', 'at'),
             ('zuerich', 'Zürcher Tagblatt', 'ch'), ('bern', 'Berner Landbote', 'ch')) AS v (slug, name, country)
ON CONFLICT (url) DO NOTHING
