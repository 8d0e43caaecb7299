-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('Weiße Haus', 'Weißen Haus', 'Weißen Hauses', 'Kremls', 'Kanzleramts', 'Kanzleramtes', 'Bundeskanzleramts', 'Bundeskanzleramtes', 'Roten Kreuz', 'Roten Kreuzes',
                'Technische Hilfswerk', 'Technischen Hilfswerk', 'Technischen Hilfswerks', 'THW');
