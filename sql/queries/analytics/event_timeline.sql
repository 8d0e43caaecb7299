SELECT day, event_type, trigger, actor1, actor2, place, count_value, count_unit, source, title, negated
FROM analytics.event_timeline
WHERE day >= (%(from)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND day <= (%(to)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND country = ANY (%(countries)s)
ORDER BY day DESC, event_id DESC
LIMIT %(limit)s
