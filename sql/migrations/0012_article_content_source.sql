-- Where articles.content came from: the feed itself, or the article page (feeds with full_text: true).
-- depends: 0001_base_schema

ALTER TABLE articles ADD COLUMN content_source text NOT NULL DEFAULT 'feed'
    CHECK (content_source IN ('feed', 'page'));
