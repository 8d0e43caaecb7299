"""``newsflow run``: one pass of both DAGs' work in this process, with the same task functions."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from newsflow.store.db import connection


def run_once(
    *,
    feeds_file: str | Path | None = None,
    fetch: bool = True,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    progress: bool = False,
    db_url: str | None = None,
    processes: int | None = None,
) -> dict:
    from tqdm import tqdm

    from newsflow.jobs import ingest, nlp
    from newsflow.jobs.summary import summarize_ingest
    from newsflow.store import nlp as store

    summary: dict = {}
    run_id = f"cli__{datetime.now(timezone.utc):%Y%m%dT%H%M%S}_{uuid.uuid4().hex[:6]}"
    with connection(db_url) as conn:
        if fetch:
            summary["sync"] = ingest.sync_feeds(conn, feeds_file).to_dict()
            batches = ingest.plan_batches(conn)
            results = []
            with tqdm(total=sum(map(len, batches)), unit="feed", desc="fetch", disable=not progress) as bar:
                for batch in batches:
                    results.append(ingest.ingest_batch(conn, batch, run_id).to_dict())
                    bar.update(len(batch))
            summary["ingest"] = summarize_ingest(results)
        requeued = store.requeue_since(conn, since, until) if since is not None else 0
        todo = store.backlog(conn)
        with tqdm(total=min(todo, limit) if limit else todo, unit="article", desc="nlp",
                  disable=not progress) as bar:
            def tick(result):
                bar.n = result.articles
                bar.refresh()

            result = nlp.process_pending(conn, limit=limit, on_article=tick, processes=processes)
        result.requeued = requeued
        summary["nlp"] = result.to_dict()
    summary["run_id"] = run_id
    return summary
