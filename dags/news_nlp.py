"""news_nlp: pending articles → normalize → entities → quantities → events → Postgres,
then refresh the analytics views and check the pipeline's health.

Runs whenever news_ingest stored new articles (the ``newsflow_articles`` asset).
Trigger it by hand with ``since``/``until`` to backfill a date range.
"""
from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, Param, dag, get_current_context, task

ARTICLES = Asset(name="newsflow_articles", uri="postgres://news_db:5432/newsflow/public/articles")


@dag(
    dag_id="news_nlp",
    schedule=[ARTICLES],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
    },
    params={
        "since": Param(None, type=["null", "string"], format="date", description="backfill from (YYYY-MM-DD)"),
        "until": Param(None, type=["null", "string"], format="date", description="backfill before (YYYY-MM-DD)"),
        "limit": Param(None, type=["null", "integer"], minimum=1, description="at most this many articles"),
        "processes": Param(None, type=["null", "integer"], minimum=1,
                           description="spaCy worker processes (default $NEWSFLOW_NLP_PROCESSES or 1)"),
    },
    tags=["newsflow"],
    doc_md=__doc__,
)
def news_nlp():
    @task(execution_timeout=timedelta(hours=2))
    def process_articles() -> dict:
        from newsflow.jobs.airflow_db import recorded_task, spacy_model_setting
        from newsflow.jobs.nlp import process_pending, window

        ctx = get_current_context()
        params = ctx["params"]
        since, until = window(params.get("since"), params.get("until"))
        # A retried backfill re-queues only what this run has not processed yet.
        return recorded_task(lambda conn, run_id: process_pending(
            conn, since=since, until=until, limit=params.get("limit"), model=spacy_model_setting(),
            requeue_before=ctx["dag_run"].start_date, processes=params.get("processes")))

    @task
    def refresh_views(processed: dict) -> dict:
        from newsflow.jobs.airflow_db import recorded_task
        from newsflow.ops.health import refresh_views

        return recorded_task(lambda conn, run_id: refresh_views(conn) or {})

    @task(retries=0)
    def check_health(refreshed: dict) -> list[str]:
        from newsflow.jobs.airflow_db import news_db
        from newsflow.ops.health import assert_healthy

        # Fails the run with a readable list when a check reports an error; warnings are logged.
        with news_db() as conn:
            return [f"{p.severity} {p.check}: {p.message}" for p in assert_healthy(conn)]

    check_health(refresh_views(process_articles()))


news_nlp()
