-- Wire stories: near-duplicate articles across outlets share articles.story_id.
-- article_signatures keeps each article's MinHash so later runs can match against it.
-- How a story spread (outlets, first seen, times) is the analytics.stories view (0042).
-- depends: 0001_base_schema

CREATE TABLE stories (
    id               bigserial   PRIMARY KEY,
    first_article_id bigint      REFERENCES articles (id) ON DELETE SET NULL,
    first_seen_at    timestamptz NOT NULL,
    title            text        NOT NULL DEFAULT ''
);

CREATE TABLE article_signatures (
    article_id bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   bigint      NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    minhash    bytea       NOT NULL
);
CREATE INDEX article_signatures_created_idx ON article_signatures (created_at);

ALTER TABLE articles ADD CONSTRAINT articles_story_fk
    FOREIGN KEY (story_id) REFERENCES stories (id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS articles_story_idx ON articles (story_id) WHERE story_id IS NOT NULL;
