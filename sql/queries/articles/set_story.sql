UPDATE articles SET story_id = %(story_id)s WHERE id = %(article_id)s
