"""Fixtures for the feeds tests: an own migrated database and a scriptable HTTP server on 127.0.0.1."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"
DB_NAME = f"newsflow_test_feeds_{os.getpid()}"


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def feeds_db_url():
    psycopg2 = pytest.importorskip("psycopg2")
    from newsflow.store.db import db_url
    from newsflow.store.migrate import migrate

    server = os.environ.get("NEWSFLOW_TEST_DB_URL") or db_url()
    admin_url = _with_db(server, "postgres")
    try:
        admin = psycopg2.connect(admin_url)
    except psycopg2.OperationalError as exc:
        pytest.fail(f"PostgreSQL not reachable at {admin_url}: {exc}")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}"')
        cur.execute(f'CREATE DATABASE "{DB_NAME}"')
    url = _with_db(server, DB_NAME)
    migrate(url)
    yield url
    with admin.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    (DB_NAME,))
        cur.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}"')
    admin.close()


@pytest.fixture
def conn(feeds_db_url):
    from newsflow.store.db import connect

    c = connect(feeds_db_url)
    with c.cursor() as cur:
        cur.execute("TRUNCATE feeds, fetch_log, articles, stories, article_signatures RESTART IDENTITY CASCADE")
    c.commit()
    yield c
    c.rollback()
    c.close()


@pytest.fixture
def http_server():
    from feeds_testkit import FeedHTTPServer

    with FeedHTTPServer() as server:
        yield server
