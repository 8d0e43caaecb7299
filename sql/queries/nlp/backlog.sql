SELECT count(*) FROM articles WHERE nlp_status = 'pending'
