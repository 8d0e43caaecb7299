INSERT INTO event_participants (event_id, role, entity_id, surface, start_offset, end_offset)
VALUES %s
ON CONFLICT (event_id, role, start_offset) DO NOTHING
