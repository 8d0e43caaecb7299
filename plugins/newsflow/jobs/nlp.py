"""The work of DAG ``news_nlp`` (and of ``newsflow run``): drain the NLP queue.

Articles stream from Postgres in batches, through ``nlp.pipe``, and their results
are loaded a batch per transaction (``store.bulk``), so an interruption loses at
most the batch in flight and a re-run simply continues with what is still pending.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from itertools import islice
from typing import Callable, Iterable, Iterator

from newsflow.nlp.records import Extraction
from newsflow.store import bulk
from newsflow.store import nlp as store

log = logging.getLogger(__name__)

DEFAULT_LOAD_BATCH = 200


@dataclass
class NlpResult:
    articles: int = 0
    failed: int = 0
    entities: int = 0
    quantities: int = 0
    events: int = 0
    requeued: int = 0
    seconds: float = 0.0
    model: str = ""
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def process_pending(
    conn,
    *,
    limit: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    batch_size: int = 32,
    model: str | None = None,
    on_article: Callable[[NlpResult], None] | None = None,
    load_batch_size: int | None = None,
    requeue_before: datetime | None = None,
    processes: int | None = None,
) -> NlpResult:
    """Run the NLP over pending articles (after re-queueing ``since``..``until`` for a backfill).

    ``load_batch_size``: articles per load transaction (default ``$NEWSFLOW_LOAD_BATCH`` or 200).
    ``processes``: spaCy worker processes (default ``$NEWSFLOW_NLP_PROCESSES`` or 1; see docs/performance.md
    for when more pay off).
    ``requeue_before`` (the DAG run's start, the same for all its tries) makes a retried backfill
    resume: articles this run already redid are not put back in the queue.
    """
    from newsflow.nlp.model import load_pipeline, model_info
    from newsflow.nlp.pipeline import Document, extract_many

    result = NlpResult()
    started = time.monotonic()
    if since is not None:
        result.requeued = store.requeue_since(conn, since, until, processed_before=requeue_before)
    nlp = load_pipeline(model)
    info = model_info(nlp)
    result.model = f"{info.name}@{info.version}"

    def documents():
        for a in store.pending_articles(conn, limit=limit):
            # spaCy refuses texts over nlp.max_length inside nlp.pipe, which would end the whole
            # run (and every retry) on that one article: fail it here instead.
            if len(a.text) > nlp.max_length:
                _fail(conn, result, a.id, ValueError(
                    f"text of {len(a.text)} characters exceeds the NLP limit of {nlp.max_length}"))
                continue
            yield Document(a.text, a.published, a.country, key=a.id)

    stream = extract_many(
        documents(), nlp=nlp, batch_size=batch_size,
        on_error=lambda document, exc: _fail(conn, result, document.key, exc),
        n_process=processes or default_processes(),
    )
    load_extractions(conn, ((document.key, x) for document, x in stream),
                     batch_size=load_batch_size or default_load_batch(), result=result, on_article=on_article)
    result.seconds = round(time.monotonic() - started, 3)
    return result


def load_extractions(
    conn,
    pairs: Iterable[tuple[int, Extraction]],
    *,
    batch_size: int = 64,
    result: NlpResult | None = None,
    on_article: Callable[[NlpResult], None] | None = None,
) -> NlpResult:
    """Load a stream of ``(article_id, extraction)`` a batch per transaction; failed articles are marked failed.

    A lost database connection propagates (Airflow's retry, or a re-run, picks up what is still pending).
    """
    result = result if result is not None else NlpResult()
    for chunk in batches(pairs, batch_size):
        by_id = dict(chunk)
        report = bulk.save_batch(conn, chunk)
        for article_id, message in report.failed:
            _record_failure(conn, result, article_id, message)
        for article_id in report.loaded:
            x = by_id[article_id]
            result.articles += 1
            result.entities += len(x.entities)
            result.quantities += len(x.quantities)
            result.events += len(x.events)
            if on_article:
                on_article(result)
    return result


def default_load_batch() -> int:
    # Bigger batches mean fewer round trips per article, but more NLP work redone after a crash.
    return int(os.environ.get("NEWSFLOW_LOAD_BATCH") or DEFAULT_LOAD_BATCH)


def default_processes() -> int:
    # One by default: on a small machine the workers compete with Postgres and Airflow for the cores.
    return int(os.environ.get("NEWSFLOW_NLP_PROCESSES") or 1)


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items, read lazily (``itertools.batched`` arrives in 3.12)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def window(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """DAG params (``YYYY-MM-DD`` strings) as UTC datetimes at midnight."""
    def parse(value: str | None) -> datetime | None:
        if not value:
            return None
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), timezone.utc)

    return parse(since), parse(until)


def _fail(conn, result: NlpResult, article_id: int, exc: Exception) -> None:
    conn.rollback()
    _record_failure(conn, result, article_id, f"{type(exc).__name__}: {exc}")


def _record_failure(conn, result: NlpResult, article_id: int, message: str) -> None:
    log.warning("article %s failed in the NLP: %s", article_id, message)
    store.mark_failed(conn, article_id, message)
    result.failed += 1
    result.errors.append(f"article {article_id}: {message}"[:500])
