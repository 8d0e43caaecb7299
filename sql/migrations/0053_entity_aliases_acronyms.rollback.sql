-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('SNB', 'BfV', 'SEM', 'WTO', 'IKRK', 'SGB', 'AMS', 'WKO', 'Fedpol', 'NDB', 'BAMF', 'OSZE', 'IAEA', 'IAEO');
