SELECT hour, sum(articles)::integer AS articles, sum(analysed)::integer AS analysed
FROM analytics.articles_hourly
WHERE hour >= %(since)s AND country = ANY (%(countries)s)
GROUP BY hour
ORDER BY hour
