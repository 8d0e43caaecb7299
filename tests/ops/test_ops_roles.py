"""newsflow_analyst reads everything and changes nothing; newsflow_ingest writes the news tables."""
from __future__ import annotations

import psycopg2
import pytest
from psycopg2 import errors

ANALYTICS = """
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'analytics' AND c.relkind IN ('v', 'm') ORDER BY 1
"""

FORBIDDEN = [
    "INSERT INTO feeds (url, name, country) VALUES ('http://x.invalid/f', 'X', 'de')",
    "UPDATE articles SET title = 'changed'",
    "DELETE FROM entity_mentions",
    "TRUNCATE entities CASCADE",
    "CREATE TABLE public.scratch (x int)",
    "CREATE TABLE analytics.scratch (x int)",
    "CREATE VIEW analytics.mine AS SELECT 1 AS x",
    "CREATE SCHEMA analyst_space",
    "REFRESH MATERIALIZED VIEW analytics.entity_mentions_daily",
    "SELECT analytics.refresh_materialized_views()",
    "ALTER TABLE articles ADD COLUMN x int",
]


@pytest.fixture
def analyst(ops_db, login_role):
    # Privileges are checked before any row is touched, so an empty database proves as much.
    conn = psycopg2.connect(login_role("newsflow_analyst"))
    yield conn
    conn.close()


def test_analyst_reads_every_view_and_the_tables(seeded, analyst):
    with analyst.cursor() as cur:
        cur.execute(ANALYTICS)
        views = [row[0] for row in cur.fetchall()]
        assert len(views) >= 8
        for view in views:
            cur.execute(f"SELECT count(*) FROM analytics.{view}")
            assert cur.fetchone()[0] > 0, f"analytics.{view} is empty on the seeded database"
        cur.execute("SELECT count(*) FROM analytics.top_entities(now() - interval '1 year', now(), 5)")
        assert cur.fetchone()[0] == 5
        cur.execute("SELECT count(*) FROM articles JOIN entity_mentions m ON m.article_id = articles.id")
        assert cur.fetchone()[0] > 0


@pytest.mark.parametrize("statement", FORBIDDEN)
def test_analyst_cannot_change_or_create_anything(analyst, statement):
    with analyst.cursor() as cur, pytest.raises(errors.InsufficientPrivilege):
        cur.execute(statement)
    analyst.rollback()


def test_ingest_role_writes_news_tables_and_refreshes_but_creates_nothing(seeded, login_role):
    conn = psycopg2.connect(login_role("newsflow_ingest"))
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO feeds (url, name, country) VALUES ('http://x.invalid/f', 'X', 'de') RETURNING id")
            assert cur.fetchone()[0] > 0
            cur.execute("UPDATE articles SET nlp_status = 'pending' WHERE id = (SELECT min(id) FROM articles)")
            assert cur.rowcount == 1
            cur.execute("SELECT count(*) FROM analytics.refresh_materialized_views()")
            assert cur.fetchone()[0] == 2
        conn.rollback()
        with conn.cursor() as cur, pytest.raises(errors.InsufficientPrivilege):
            cur.execute("CREATE TABLE public.scratch (x int)")
    finally:
        conn.rollback()
        conn.close()
