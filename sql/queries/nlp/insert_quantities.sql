INSERT INTO quantities
    (article_id, value, unit, qualifier, approximate, start_offset, end_offset, surface)
VALUES %s
ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING
