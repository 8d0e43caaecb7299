DROP TRIGGER IF EXISTS entity_aliases_to_entities ON entity_aliases;
DROP FUNCTION IF EXISTS entity_aliases_to_entities();
