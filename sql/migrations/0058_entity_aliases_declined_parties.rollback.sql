-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('Freien Wähler', 'Freien Sachsen', 'Jungen Grünen');
