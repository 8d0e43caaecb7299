-- One row per DAG run: what each stage counted, how long it took and what went wrong.
-- Stages are merged by newsflow.ops.runs.record_run; re-recording a stage replaces it (idempotent).
-- depends: 0040_analytics_schema_roles

CREATE TABLE pipeline_runs (
    id                 bigserial   PRIMARY KEY,
    dag_id             text        NOT NULL,
    run_id             text        NOT NULL,
    started_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    stages             jsonb       NOT NULL DEFAULT '{}',
    counts             jsonb       NOT NULL DEFAULT '{}',
    stage_seconds      jsonb       NOT NULL DEFAULT '{}',
    seconds            double precision NOT NULL DEFAULT 0,
    errors             text[]      NOT NULL DEFAULT '{}',
    error_count        integer GENERATED ALWAYS AS (cardinality(errors)) STORED,
    feeds_ok           integer GENERATED ALWAYS AS ((counts ->> 'feeds_ok')::integer) STORED,
    feeds_failed       integer GENERATED ALWAYS AS ((counts ->> 'feeds_failed')::integer) STORED,
    feeds_not_modified integer GENERATED ALWAYS AS ((counts ->> 'feeds_not_modified')::integer) STORED,
    new_articles       integer GENERATED ALWAYS AS ((counts ->> 'new_articles')::integer) STORED,
    duplicates         integer GENERATED ALWAYS AS ((counts ->> 'duplicates')::integer) STORED,
    entities           integer GENERATED ALWAYS AS ((counts ->> 'entities')::integer) STORED,
    events             integer GENERATED ALWAYS AS ((counts ->> 'events')::integer) STORED,
    UNIQUE (dag_id, run_id)
);
CREATE INDEX pipeline_runs_started_idx ON pipeline_runs (started_at DESC);
