-- A permanent redirect moves the feed, unless another feed already has that address.
UPDATE feeds SET previous_url = url, url = %(url)s, url_changed_at = %(now)s, updated_at = now()
WHERE id = %(id)s AND url <> %(url)s
  AND NOT EXISTS (SELECT 1 FROM feeds other WHERE other.url = %(url)s AND other.id <> %(id)s)
RETURNING previous_url
