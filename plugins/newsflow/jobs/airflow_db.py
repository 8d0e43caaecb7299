"""The news database as Airflow tasks see it: the connection ``news_db``.

Airflow owns the credentials (connection ``news_db``, from the metadata DB, a
secrets backend or ``AIRFLOW_CONN_NEWS_DB``); the store layer owns the driver.
The provider's PostgresHook hands out psycopg 3 connections when psycopg 3 is
installed, while newsflow's store speaks psycopg2 (``execute_values``), so we take
only the connection's fields from Airflow. When no ``news_db`` is defined the tasks
fall back to ``NEWSFLOW_DB_URL`` / the local set-up, like the CLI.
Only imported inside tasks, never at DAG parse time.
"""
from __future__ import annotations

import logging

from newsflow.store.db import connect, owned

log = logging.getLogger(__name__)

CONN_ID = "news_db"


def _open(conn_id: str):
    import psycopg2
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        c = BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        log.warning("Airflow connection %r is not defined; using NEWSFLOW_DB_URL or the local default", conn_id)
        return connect()
    extra = c.extra_dejson
    options = {k: extra[k] for k in ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout") if k in extra}
    return psycopg2.connect(
        host=c.host, port=c.port or 5432, user=c.login, password=c.password, dbname=c.schema,
        application_name="newsflow", **options,
    )


def news_db(conn_id: str = CONN_ID):
    """A psycopg2 connection to the news database that commits on success and always closes."""
    return owned(_open(conn_id))


def spacy_model_setting() -> str | None:
    """``NEWSFLOW_SPACY_MODEL`` from an Airflow Variable, else the environment, else the bundled model."""
    import os

    from airflow.sdk import Variable

    try:
        value = Variable.get("NEWSFLOW_SPACY_MODEL", default=None)
    except Exception:  # no metadata DB reachable: the environment still decides
        value = None
    return value or os.environ.get("NEWSFLOW_SPACY_MODEL") or None


def recorded_task(work):
    """Run ``work(conn, run_id)`` against news_db inside an Airflow task, recorded in
    ``pipeline_runs`` as this task's stage of the DAG run; returns a JSON-ready result."""
    from airflow.sdk import get_current_context

    from newsflow.jobs.stages import recorded_stage, stage_name

    ctx = get_current_context()
    ti = ctx["ti"]
    with news_db() as conn:
        result = recorded_stage(
            conn, dag_id=ti.dag_id, run_id=ctx["run_id"], stage=stage_name(ti.task_id, ti.map_index),
            work=lambda: work(conn, ctx["run_id"]),
        )
    return result.to_dict() if hasattr(result, "to_dict") else result
