SELECT canonical_a, label_a, canonical_b, label_b, sum(articles)::integer AS articles, count(*)::integer AS days
FROM analytics.entity_cooccurrence_daily
WHERE day >= (%(from)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND day <= (%(to)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
GROUP BY entity_a, canonical_a, label_a, entity_b, canonical_b, label_b
ORDER BY articles DESC, canonical_a, canonical_b
LIMIT %(limit)s
