COPY quantities
    (article_id, value, unit, qualifier, approximate, start_offset, end_offset, surface)
FROM STDIN
