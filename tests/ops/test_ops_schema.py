"""The analytics migrations: documented objects, idempotent roles, refreshable views."""
from __future__ import annotations

import uuid

import psycopg2

UNDOCUMENTED = """
SELECT n.nspname || '.' || c.relname || coalesce('.' || a.attname, '') AS object
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname IN ('public', 'analytics')
  AND c.relkind IN ('r', 'v', 'm', 'p')
  AND c.relname NOT LIKE '\\_yoyo%%' AND c.relname <> 'yoyo_lock'
  AND obj_description(c.oid, 'pg_class') IS NULL
UNION ALL
SELECT n.nspname || '.' || c.relname || '.' || a.attname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname IN ('public', 'analytics')
  AND c.relkind IN ('r', 'v', 'm', 'p')
  AND c.relname NOT LIKE '\\_yoyo%%' AND c.relname <> 'yoyo_lock'
  AND obj_description(c.oid, 'pg_class') IS NOT NULL
  AND col_description(c.oid, a.attnum) IS NULL
ORDER BY 1
"""


def test_every_table_view_and_column_is_commented(ops_db):
    with ops_db.cursor() as cur:
        cur.execute(UNDOCUMENTED)
        missing = [row[0] for row in cur.fetchall()]
    assert not missing, (
        "COMMENT ON is missing for (add it to a migration, see sql/migrations/0044_comments.sql): "
        + ", ".join(missing)
    )


def test_group_roles_exist_without_login(ops_db):
    with ops_db.cursor() as cur:
        cur.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'newsflow\\_%%' ORDER BY 1")
        assert cur.fetchall() == [("newsflow_analyst", False), ("newsflow_ingest", False)]


def test_a_second_database_migrates_while_the_roles_already_exist(pg_url):
    """Roles are cluster-wide: the migration of another database must neither fail nor skip its grants."""
    from newsflow.store.migrate import migrate

    name = f"newsflow_test_{uuid.uuid4().hex[:8]}"
    admin_url = pg_url.rsplit("/", 1)[0] + "/postgres"
    admin = psycopg2.connect(admin_url)
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        url = pg_url.rsplit("/", 1)[0] + "/" + name
        assert "0040_analytics_schema_roles" in migrate(url).applied
        assert migrate(url).applied == ()
        conn = psycopg2.connect(url)
        with conn.cursor() as cur:
            cur.execute("SELECT has_table_privilege('newsflow_analyst', 'analytics.stories', 'SELECT'), "
                        "has_table_privilege('newsflow_analyst', 'public.articles', 'INSERT')")
            assert cur.fetchone() == (True, False)
        conn.close()
    finally:
        with admin.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def test_refresh_makes_new_mentions_visible(ops_db):
    from newsflow.ops.health import refresh_views
    from newsflow.ops.seed import seed

    refresh_views(ops_db)  # empty views, populated: the next refresh can go concurrently
    seed(ops_db, articles=60, stories=2)
    with ops_db.cursor() as cur:
        cur.execute("SELECT coalesce(sum(mentions), 0) FROM analytics.entity_mentions_daily")
        before = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM entity_mentions")
        mentions = cur.fetchone()[0]
    refresh_views(ops_db)
    with ops_db.cursor() as cur:
        cur.execute("SELECT coalesce(sum(mentions), 0) FROM analytics.entity_mentions_daily")
        after = cur.fetchone()[0]
        cur.execute("SELECT analytics.refresh_materialized_views()")
        how = sorted(row[0] for row in cur.fetchall())
    assert (before, after) == (0, mentions) and mentions > 0
    assert how == ["analytics.entity_cooccurrence_daily concurrently", "analytics.entity_mentions_daily concurrently"]
