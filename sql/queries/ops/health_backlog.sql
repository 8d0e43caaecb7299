SELECT count(*) AS pending, min(fetched_at) AS oldest FROM articles WHERE nlp_status = 'pending'
