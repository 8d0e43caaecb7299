"""The news database as Airflow tasks see it: the connection ``news_db``.

Hooks do the I/O (PostgresHook); when no ``news_db`` connection is defined the
tasks fall back to ``NEWSFLOW_DB_URL`` / the local set-up, like the CLI.
Only imported inside tasks, never at DAG parse time.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from newsflow.store.db import connect

log = logging.getLogger(__name__)

CONN_ID = "news_db"


def _open(conn_id: str):
    from airflow.providers.postgres.hooks.postgres import PostgresHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        return PostgresHook(postgres_conn_id=conn_id).get_conn()
    except AirflowNotFoundException:
        log.warning("Airflow connection %r is not defined; using NEWSFLOW_DB_URL or the local default", conn_id)
        return connect()


@contextmanager
def news_db(conn_id: str = CONN_ID) -> Iterator:
    conn = _open(conn_id)
    conn.autocommit = False
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


def spacy_model_setting() -> str | None:
    """``NEWSFLOW_SPACY_MODEL`` from an Airflow Variable, else the environment, else the bundled model."""
    import os

    from airflow.sdk import Variable

    try:
        value = Variable.get("NEWSFLOW_SPACY_MODEL", default=None)
    except Exception:  # no metadata DB reachable: the environment still decides
        value = None
    return value or os.environ.get("NEWSFLOW_SPACY_MODEL") or None
