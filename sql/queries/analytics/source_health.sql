SELECT source, country, active, disabled, last_article_at, articles_24h, articles_per_hour,
       last_success_at, consecutive_errors, fetches_24h, errors_24h, last_error
FROM analytics.source_health
WHERE country = ANY (%(countries)s)
ORDER BY source
