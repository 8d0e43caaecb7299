-- Base schema: feeds, their fetch history, articles as received, and the NLP results.
-- Every NLP offset (start_offset/end_offset) indexes articles.text, the ORIGINAL text.
-- depends:

CREATE TABLE feeds (
    id               bigserial PRIMARY KEY,
    url              text        NOT NULL UNIQUE,
    name             text        NOT NULL,
    country          text        NOT NULL CHECK (country ~ '^[a-z]{2}$'),
    language         text        NOT NULL DEFAULT 'de',
    kind             text        NOT NULL DEFAULT 'rss',
    active           boolean     NOT NULL DEFAULT true,
    allow_private    boolean     NOT NULL DEFAULT false,
    full_text        boolean     NOT NULL DEFAULT false,
    etag             text,
    last_modified    text,
    last_status      integer,
    last_checked_at  timestamptz,
    last_success_at  timestamptz,
    consecutive_errors integer   NOT NULL DEFAULT 0,
    next_check_at    timestamptz,
    disabled         boolean     NOT NULL DEFAULT false,
    disabled_reason  text,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE fetch_log (
    id                bigserial PRIMARY KEY,
    feed_id           bigint      NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    run_id            text        NOT NULL,
    started_at        timestamptz NOT NULL,
    url               text        NOT NULL,
    final_url         text,
    http_status       integer,
    not_modified      boolean     NOT NULL DEFAULT false,
    entries           integer     NOT NULL DEFAULT 0,
    new_entries       integer     NOT NULL DEFAULT 0,
    duplicate_entries integer     NOT NULL DEFAULT 0,
    warnings          text[]      NOT NULL DEFAULT '{}',
    error             text,
    duration_ms       integer     NOT NULL DEFAULT 0,
    UNIQUE (feed_id, run_id)
);

CREATE TABLE articles (
    id              bigserial PRIMARY KEY,
    feed_id         bigint      NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    source          text        NOT NULL,
    country         text        NOT NULL,
    entry_key       text        NOT NULL,
    guid            text,
    link            text,
    canonical_link  text,
    content_hash    text        NOT NULL,
    title           text        NOT NULL DEFAULT '',
    summary         text,
    content         text,
    text            text        NOT NULL,
    normalized_text text,
    author          text,
    published_at    timestamptz,
    fetched_at      timestamptz NOT NULL,
    language        text,
    language_score  real,
    story_id        bigint,
    nlp_status      text        NOT NULL DEFAULT 'pending'
                    CHECK (nlp_status IN ('pending', 'done', 'skipped', 'failed')),
    nlp_error       text,
    processed_at    timestamptz,
    UNIQUE (feed_id, entry_key)
);
CREATE INDEX articles_canonical_link_idx ON articles (canonical_link);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_pending_idx ON articles (id) WHERE nlp_status = 'pending';
CREATE INDEX articles_published_idx ON articles (published_at);

CREATE TABLE entities (
    id         bigserial PRIMARY KEY,
    canonical  text   NOT NULL,
    label      text   NOT NULL CHECK (label IN ('PER', 'LOC', 'ORG', 'MISC')),
    aliases    text[] NOT NULL DEFAULT '{}',
    UNIQUE (canonical, label)
);

CREATE TABLE entity_mentions (
    id            bigserial PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     bigint  NOT NULL REFERENCES entities (id),
    label         text    NOT NULL,
    start_offset  integer NOT NULL CHECK (start_offset >= 0),
    end_offset    integer NOT NULL CHECK (end_offset >= start_offset),
    surface       text    NOT NULL,
    model_name    text    NOT NULL,
    model_version text    NOT NULL,
    UNIQUE (article_id, start_offset, end_offset, label)
);
CREATE INDEX entity_mentions_entity_idx ON entity_mentions (entity_id);

CREATE TABLE quantities (
    id            bigserial PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    value         numeric NOT NULL,
    unit          text,
    qualifier     text,
    approximate   boolean NOT NULL DEFAULT false,
    start_offset  integer NOT NULL CHECK (start_offset >= 0),
    end_offset    integer NOT NULL CHECK (end_offset >= start_offset),
    surface       text    NOT NULL,
    UNIQUE (article_id, start_offset, end_offset)
);

CREATE TABLE events (
    id                bigserial PRIMARY KEY,
    article_id        bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_type        text    NOT NULL,
    cameo_code        text    NOT NULL,
    trigger           text    NOT NULL,
    trigger_start     integer NOT NULL,
    trigger_end       integer NOT NULL,
    sentence_start    integer NOT NULL,
    sentence_end      integer NOT NULL,
    event_date        date,
    date_precision    text CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    date_text         text,
    place_entity_id   bigint REFERENCES entities (id),
    place_text        text,
    place_start       integer,
    place_end         integer,
    count_value       numeric,
    count_unit        text,
    count_qualifier   text,
    count_approximate boolean,
    negated           boolean NOT NULL DEFAULT false,
    modality          text,
    confidence        real    NOT NULL,
    model_name        text    NOT NULL,
    model_version     text    NOT NULL,
    lexicon_version   text    NOT NULL,
    UNIQUE (article_id, trigger_start, event_type)
);
CREATE INDEX events_type_date_idx ON events (event_type, event_date);

CREATE TABLE event_participants (
    event_id     bigint  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role         text    NOT NULL CHECK (role IN ('actor1', 'actor2')),
    entity_id    bigint  NOT NULL REFERENCES entities (id),
    surface      text    NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    PRIMARY KEY (event_id, role, start_offset)
);
CREATE INDEX event_participants_entity_idx ON event_participants (entity_id);

CREATE TABLE normalization_replacements (
    article_id   bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    original     text    NOT NULL,
    normalized   text    NOT NULL,
    kind         text    NOT NULL,
    PRIMARY KEY (article_id, start_offset, kind)
);
