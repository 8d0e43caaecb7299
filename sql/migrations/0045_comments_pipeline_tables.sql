-- Descriptions of the tables and columns that the feeds and NLP migrations (0010-0039) add.
-- Written defensively: an object that does not exist (any more) is skipped, not an error, so this
-- file never blocks a migration. New tables need their own COMMENT ON (tests/ops checks).
-- depends: 0044_comments

DO $$
DECLARE
    d record;
BEGIN
    FOR d IN
        SELECT * FROM (VALUES
            ('stories', NULL, 'Wire stories: clusters of near-duplicate articles across outlets (articles.story_id points here)'),
            ('stories', 'id', 'Story id, also in articles.story_id'),
            ('stories', 'first_article_id', 'The article that started the story (articles.id)'),
            ('stories', 'first_seen_at', 'When the first article of the story was seen'),
            ('stories', 'title', 'Title of the first article'),
            ('article_signatures', NULL, 'MinHash signature of each clustered article, to match later articles against'),
            ('article_signatures', 'article_id', 'Article (articles.id)'),
            ('article_signatures', 'story_id', 'Story the article was put in (stories.id)'),
            ('article_signatures', 'created_at', 'When the signature was computed'),
            ('article_signatures', 'minhash', 'MinHash values of the article text shingles (datasketch, serialized)'),
            ('entity_aliases', NULL, 'Curated aliases mapped to canonical entity names (EU = Europäische Union)'),
            ('entity_aliases', 'alias', 'Name as it may be written (matched case- and ß/ss-insensitively)'),
            ('entity_aliases', 'canonical', 'Canonical name it stands for (entities.canonical)'),
            ('entity_aliases', 'label', 'PER, LOC, ORG or MISC'),
            ('entity_aliases', 'created_at', 'When the alias was added'),
            ('feeds', 'config_url', 'URL as written in config/feeds.yaml: the feed''s identity when redirects move feeds.url'),
            ('feeds', 'max_consecutive_errors', 'Failed fetches in a row after which the feed is disabled'),
            ('feeds', 'previous_url', 'feeds.url before the last permanent redirect'),
            ('feeds', 'url_changed_at', 'When a permanent redirect last changed feeds.url'),
            ('articles', 'content_source', 'Where articles.content came from: feed (the entry itself) or page (the linked article page)')
        ) AS t (tab, col, description)
    LOOP
        IF to_regclass('public.' || quote_ident(d.tab)) IS NULL THEN
            CONTINUE;
        ELSIF d.col IS NULL THEN
            EXECUTE format('COMMENT ON TABLE public.%I IS %L', d.tab, d.description);
        ELSIF EXISTS (SELECT 1 FROM pg_attribute
                      WHERE attrelid = to_regclass('public.' || quote_ident(d.tab))
                        AND attname = d.col AND NOT attisdropped) THEN
            EXECUTE format('COMMENT ON COLUMN public.%I.%I IS %L', d.tab, d.col, d.description);
        END IF;
    END LOOP;
END
$$;
