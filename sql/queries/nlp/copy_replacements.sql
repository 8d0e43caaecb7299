COPY normalization_replacements
    (article_id, start_offset, end_offset, original, normalized, kind)
FROM STDIN
