"""Where the news database is and how to reach it.

The CLI reads ``NEWSFLOW_DB_URL``; DAGs resolve the Airflow connection ``news_db``
and pass its URL down. Both fall back to the local PostgreSQL the set-up uses.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

import psycopg2
import psycopg2.extensions

DEFAULT_DB_URL = "postgresql://postgres@127.0.0.1:5432/newsflow"


def db_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("NEWSFLOW_DB_URL") or DEFAULT_DB_URL


def connect(url: str | None = None) -> psycopg2.extensions.connection:
    conn = psycopg2.connect(db_url(url), application_name="newsflow")
    conn.autocommit = False
    return conn


def connection(url: str | None = None):
    """A connection that commits on success, rolls back on error and always closes."""
    return owned(connect(url))


@contextmanager
def owned(conn) -> Iterator[psycopg2.extensions.connection]:
    """Take charge of ``conn``: commit on success, roll back on error, always close."""
    conn.autocommit = False
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
