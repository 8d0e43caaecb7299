COPY event_participants (event_id, role, entity_id, surface, start_offset, end_offset)
FROM STDIN
