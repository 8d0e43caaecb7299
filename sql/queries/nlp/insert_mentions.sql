INSERT INTO entity_mentions
    (article_id, entity_id, label, start_offset, end_offset, surface, model_name, model_version)
VALUES %s
ON CONFLICT (article_id, start_offset, end_offset, label) DO NOTHING
