-- The analysts' schema and the two group roles of newsflow.
-- Roles are cluster-wide while grants are per database: many databases (tests, demo) are migrated
-- on one server, so the roles are created only if missing, and a concurrent creation is tolerated.
-- depends: 0001_base_schema

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_ingest') THEN
        CREATE ROLE newsflow_ingest NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- another database's migration created it a moment ago
END
$$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst') THEN
        CREATE ROLE newsflow_analyst NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

COMMENT ON ROLE newsflow_ingest IS 'newsflow: group role of the pipeline (DAGs, CLI); reads and writes the news tables';
COMMENT ON ROLE newsflow_analyst IS 'newsflow: read-only group role for analysts and dashboards; GRANT it to a LOGIN role';

CREATE SCHEMA IF NOT EXISTS analytics;
COMMENT ON SCHEMA analytics IS 'Query-ready views for analysts and dashboards (read-only for newsflow_analyst)';
