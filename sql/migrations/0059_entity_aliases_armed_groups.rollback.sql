-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('IS', 'Islamischen Staat', 'Islamischen Staates', 'Al-Shabaab');
