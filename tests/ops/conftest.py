"""Fixtures of the analytics/ops tests: a database with pipeline_runs emptied too, a seeded one,
and throw-away LOGIN roles holding newsflow_analyst / newsflow_ingest."""
from __future__ import annotations

import uuid

import pytest
from opskit import NOW, with_user


@pytest.fixture
def ops_db(db):
    """``db`` with the ops table emptied as well (the base fixture knows only the base tables),
    and the materialized views refreshed so that they are empty too."""
    from newsflow.ops.health import refresh_views

    with db.cursor() as cur:
        cur.execute("TRUNCATE pipeline_runs RESTART IDENTITY")
    db.commit()
    refresh_views(db)
    return db


@pytest.fixture
def seeded(ops_db):
    """A small synthetic news database (800 articles before NOW), materialized views refreshed."""
    from newsflow.ops.health import refresh_views
    from newsflow.ops.seed import seed

    seed(ops_db, articles=800, stories=10, now=NOW)
    refresh_views(ops_db)
    return ops_db


@pytest.fixture(scope="module")
def seeded_once(pg_url):
    """Like ``seeded`` but built once per test module: for tests that only read."""
    import psycopg2

    from newsflow.ops.health import refresh_views
    from newsflow.ops.seed import seed

    conn = psycopg2.connect(pg_url)
    with conn.cursor() as cur:
        cur.execute("TRUNCATE feeds, articles, entities, pipeline_runs RESTART IDENTITY CASCADE")
    conn.commit()
    seed(conn, articles=2000, now=NOW)
    refresh_views(conn)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def login_role(pg_url):
    """Factory: a LOGIN role that is a member of the given group role; dropped afterwards."""
    import psycopg2

    created: list[str] = []
    admin = psycopg2.connect(pg_url)
    admin.autocommit = True

    def make(group: str) -> str:
        name = f"nf_test_{group.split('_')[-1]}_{uuid.uuid4().hex[:8]}"
        with admin.cursor() as cur:
            cur.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
        created.append(name)
        return with_user(pg_url, name)

    yield make
    with admin.cursor() as cur:
        for name in created:
            cur.execute(f'DROP OWNED BY "{name}"')
            cur.execute(f'DROP ROLE IF EXISTS "{name}"')
    admin.close()

