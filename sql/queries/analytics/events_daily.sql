SELECT day, event_type, sum(events)::integer AS events, sum(counted) AS counted
FROM analytics.events_daily
WHERE day >= (%(from)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND day <= (%(to)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND country = ANY (%(countries)s)
GROUP BY day, event_type
ORDER BY day, event_type
