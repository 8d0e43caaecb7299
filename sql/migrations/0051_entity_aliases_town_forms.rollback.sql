-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('Biel/Bienne', 'Bienne', 'Halle (Saale)', 'Halle an der Saale', 'Halle/Saale', 'Yverdon-les-Bains', 'Genève', 'Neuchâtel');
