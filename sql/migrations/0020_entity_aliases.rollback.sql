-- Seeded entities rows stay (mentions may reference them); only the alias table goes.
DROP TABLE IF EXISTS entity_aliases;
