"""Shared fixtures: a real PostgreSQL database per test session, migrated with the project's migrations."""
from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "plugins"))

# Airflow reads its configuration when first imported: point it at a throw-away home so the
# tests never touch an operator's metadata DB, before any test module imports airflow.
_AIRFLOW_HOME = Path(os.environ.get("NEWSFLOW_TEST_AIRFLOW_HOME") or f"/tmp/newsflow-test-airflow-{os.getpid()}")
os.environ["AIRFLOW_HOME"] = str(_AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ["AIRFLOW__CORE__PLUGINS_FOLDER"] = str(ROOT / "plugins")
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "True"

TABLES = (
    "pipeline_runs", "event_participants", "events", "quantities", "entity_mentions", "normalization_replacements",
    "entities", "fetch_log", "article_signatures", "stories", "articles", "feeds",
)


def _server_url() -> str:
    from newsflow.store.db import db_url

    return os.environ.get("NEWSFLOW_TEST_DB_URL") or db_url()


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def pg_url():
    """URL of a freshly created and migrated database, dropped after the session."""
    psycopg2 = pytest.importorskip("psycopg2")
    from newsflow.store.migrate import migrate

    name = f"newsflow_test_{uuid.uuid4().hex[:8]}"
    admin_url = _with_db(_server_url(), "postgres")
    try:
        admin = psycopg2.connect(admin_url)
    except psycopg2.OperationalError as exc:  # the set-up starts one; say so loudly if it did not
        pytest.fail(f"PostgreSQL not reachable at {admin_url}: {exc}. Run `make test` (it starts one).")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    url = _with_db(_server_url(), name)
    migrate(url)
    yield url
    with admin.cursor() as cur:
        cur.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


@pytest.fixture
def db(pg_url):
    """A connection to the session database, emptied before the test."""
    from newsflow.store.db import connect

    conn = connect(pg_url)
    with conn.cursor() as cur:
        cur.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    conn.commit()
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (it sits beside the checkout in CI and on dev machines)")
    return SHARED


@pytest.fixture
def sample_feeds(tmp_path):
    """The bundled sample feeds served on loopback; yields the path of a feed list pointing at them."""
    from newsflow.localserve import FeedServer

    with FeedServer(ROOT / "samples" / "feeds") as server:
        feeds_file = tmp_path / "feeds.yaml"
        feeds_file.write_text(
            (ROOT / "samples" / "feeds.yaml").read_text(encoding="utf-8").replace("{base}", server.base_url),
            encoding="utf-8",
        )
        yield feeds_file
