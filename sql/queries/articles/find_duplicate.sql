-- Already stored? Same link anywhere (global link index), or same content from the same outlet.
SELECT id, 'link' AS reason FROM articles
WHERE %(canonical_link)s::text IS NOT NULL AND canonical_link = %(canonical_link)s
UNION ALL
SELECT id, 'content' AS reason FROM articles
WHERE content_hash = %(content_hash)s AND source = %(source)s
LIMIT 1
