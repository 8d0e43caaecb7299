-- Fetch state beyond the base schema.
-- config_url is the feed's identity in feeds.yaml: a 301/308 moves feeds.url, and the next
-- sync must still recognise the feed instead of adding it again.
-- depends: 0001_base_schema

ALTER TABLE feeds ADD COLUMN config_url text;
UPDATE feeds SET config_url = url;
ALTER TABLE feeds ADD CONSTRAINT feeds_config_url_key UNIQUE (config_url);
ALTER TABLE feeds ADD COLUMN max_consecutive_errors integer NOT NULL DEFAULT 10
    CHECK (max_consecutive_errors > 0);
ALTER TABLE feeds ADD COLUMN previous_url text;
ALTER TABLE feeds ADD COLUMN url_changed_at timestamptz;
