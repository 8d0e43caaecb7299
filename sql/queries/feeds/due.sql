SELECT id
FROM feeds
WHERE active AND NOT disabled AND (next_check_at IS NULL OR next_check_at <= %(now)s)
ORDER BY next_check_at NULLS FIRST, id
