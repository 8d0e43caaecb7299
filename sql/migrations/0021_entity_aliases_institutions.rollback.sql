-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('Auswärtige Amt', 'Auswärtigen Amt', 'Auswärtigen Amts', 'Auswärtigen Amtes',
                'Internationalen Währungsfonds', 'Internationale Währungsfonds', 'Bundeskartellamts',
                'Bundeskriminalamts', 'BKA', 'BND');
