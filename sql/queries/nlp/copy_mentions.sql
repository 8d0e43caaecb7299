COPY entity_mentions
    (article_id, entity_id, label, start_offset, end_offset, surface, model_name, model_version)
FROM STDIN
