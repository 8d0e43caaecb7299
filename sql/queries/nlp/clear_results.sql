-- A re-run replaces an article's results wholesale, so the rows after it equal a first run's.
DELETE FROM entity_mentions WHERE article_id = %(article_id)s;
DELETE FROM quantities WHERE article_id = %(article_id)s;
DELETE FROM events WHERE article_id = %(article_id)s;
DELETE FROM normalization_replacements WHERE article_id = %(article_id)s;
