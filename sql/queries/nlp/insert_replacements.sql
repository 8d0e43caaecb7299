INSERT INTO normalization_replacements
    (article_id, start_offset, end_offset, original, normalized, kind)
VALUES %s
ON CONFLICT (article_id, start_offset, kind) DO NOTHING
