SELECT max(fetched_at) AS last_article_at, count(*) AS articles FROM articles
