-- Every alias added to entity_aliases, by a migration or by an operator, gets its entities row (or its alias on the
-- row that exists), so the analytics views can count mentions under the canonical name at once. Until now each alias
-- migration repeated that upsert over the whole table; from here on an alias migration only inserts its aliases.
-- depends: 0054_entity_aliases_olympic

CREATE FUNCTION entity_aliases_to_entities() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO entities (canonical, label, aliases)
    VALUES (NEW.canonical, NEW.label, ARRAY[NEW.alias])
    ON CONFLICT (canonical, label) DO UPDATE
    SET aliases = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(entities.aliases || EXCLUDED.aliases) AS a);
    RETURN NEW;
END
$$;

CREATE TRIGGER entity_aliases_to_entities
AFTER INSERT ON entity_aliases
FOR EACH ROW EXECUTE FUNCTION entity_aliases_to_entities();
