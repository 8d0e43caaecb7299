SELECT article_id, story_id, minhash FROM article_signatures WHERE created_at > %(since)s
