SELECT entry_key FROM articles WHERE feed_id = %(feed_id)s AND entry_key = ANY(%(keys)s)
