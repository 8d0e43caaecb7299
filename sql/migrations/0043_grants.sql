-- Who may do what, in this database (grants are per database, the roles are cluster-wide).
-- newsflow_analyst: read everything, write and create nothing. newsflow_ingest: the pipeline's rights.
-- Default privileges extend the same grants to tables created later by the migrating role.
-- depends: 0042_analytics_views

-- PostgreSQL 15 already keeps PUBLIC from creating in schema public; say so explicitly for
-- databases restored from older clusters.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA analytics FROM PUBLIC;

GRANT USAGE ON SCHEMA public, analytics TO newsflow_analyst, newsflow_ingest;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsflow_analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO newsflow_analyst;
GRANT EXECUTE ON FUNCTION analytics.top_entities(timestamptz, timestamptz, integer, text[]) TO newsflow_analyst;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO newsflow_ingest;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO newsflow_ingest;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO newsflow_ingest;
GRANT EXECUTE ON FUNCTION analytics.top_entities(timestamptz, timestamptz, integer, text[]) TO newsflow_ingest;

REVOKE ALL ON FUNCTION analytics.refresh_materialized_views() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analytics.refresh_materialized_views() TO newsflow_ingest;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO newsflow_analyst;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO newsflow_ingest;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO newsflow_ingest;
ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO newsflow_analyst, newsflow_ingest;
