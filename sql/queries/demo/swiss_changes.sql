SELECT r.kind, r.original, r.normalized, count(*) AS times
FROM normalization_replacements r
WHERE r.kind IN ('sharp_s', 'number')
GROUP BY r.kind, r.original, r.normalized
ORDER BY times DESC, r.original
LIMIT %(limit)s
