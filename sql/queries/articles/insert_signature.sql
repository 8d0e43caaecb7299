INSERT INTO article_signatures (article_id, story_id, created_at, minhash)
VALUES (%(article_id)s, %(story_id)s, %(created_at)s, %(minhash)s)
ON CONFLICT (article_id) DO NOTHING
