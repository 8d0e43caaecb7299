"""news_ingest: feeds from config/feeds.yaml → fetch (conditional GET) → parse → dedupe → articles.

All the work is in ``newsflow.jobs.ingest``; this file only says what runs when.
Every stage is recorded in ``pipeline_runs`` (counts, durations, errors).
"""
from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, dag, task

ARTICLES = Asset(name="newsflow_articles", uri="postgres://news_db:5432/newsflow/public/articles")

# Network and database work is retried with exponential backoff: transient faults are the norm.
RETRIES = {
    "retries": 3,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
}


@dag(
    dag_id="news_ingest",
    schedule=timedelta(minutes=10),
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=RETRIES,
    tags=["newsflow"],
    doc_md=__doc__,
)
def news_ingest():
    @task
    def sync_feeds() -> dict:
        from newsflow.jobs import ingest
        from newsflow.jobs.airflow_db import recorded_task

        return recorded_task(lambda conn, run_id: ingest.sync_feeds(conn))

    @task
    def plan_batches(synced: dict) -> list[list[int]]:
        from newsflow.jobs import ingest
        from newsflow.jobs.airflow_db import news_db

        with news_db() as conn:
            return ingest.plan_batches(conn)

    # The pool caps concurrent fetch batches across all runs: the task-level rate limit.
    @task(pool="feed_fetch", execution_timeout=timedelta(minutes=8))
    def fetch_batch(feed_ids: list[int]) -> dict:
        from newsflow.jobs import ingest
        from newsflow.jobs.airflow_db import recorded_task

        return recorded_task(lambda conn, run_id: ingest.ingest_batch(conn, feed_ids, run_id))

    @task(outlets=[ARTICLES], retries=0)
    def summarize(results: list[dict]) -> dict:
        from airflow.sdk.exceptions import AirflowSkipException

        from newsflow.jobs.summary import summarize_ingest

        totals = summarize_ingest(results)
        if not totals.get("new_articles"):
            # Skipped → no asset event → news_nlp is not woken for nothing.
            raise AirflowSkipException(f"no new articles: {totals}")
        return totals

    summarize(fetch_batch.expand(feed_ids=plan_batches(sync_feeds())))


news_ingest()
