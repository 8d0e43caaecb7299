-- The entities rows stay (mentions may reference them); only this alias goes.
DELETE FROM entity_aliases
WHERE alias IN ('Deutscher Bundestag');
