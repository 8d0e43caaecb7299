-- Mentions per day of the %(limit)s most mentioned entities between %(from)s and %(to)s.
WITH top AS (
    SELECT entity_id FROM analytics.entity_mentions_daily
    WHERE day >= (%(from)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
      AND day <= (%(to)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
      AND country = ANY (%(countries)s)
    GROUP BY entity_id ORDER BY sum(mentions) DESC, entity_id LIMIT %(limit)s
)
SELECT d.day, d.canonical, sum(d.mentions)::integer AS mentions
FROM analytics.entity_mentions_daily d JOIN top USING (entity_id)
WHERE d.day >= (%(from)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND d.day <= (%(to)s::timestamptz AT TIME ZONE 'Europe/Berlin')::date
  AND d.country = ANY (%(countries)s)
GROUP BY d.day, d.canonical
ORDER BY d.day, d.canonical
