"""The work of DAG ``news_nlp`` (and of ``newsflow run``): drain the NLP queue.

Articles stream from Postgres in batches, through ``nlp.pipe``, and each one's
results are committed on their own, so an interruption loses at most the
article in flight and a re-run simply continues with what is still pending.
"""
from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Callable

from newsflow.store import nlp as store

log = logging.getLogger(__name__)


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
) -> NlpResult:
    """Run the NLP over pending articles (after re-queueing ``since``..``until`` for a backfill)."""
    from newsflow.nlp.model import load_pipeline, model_info
    from newsflow.nlp.pipeline import Document, extract_many

    result = NlpResult()
    started = time.monotonic()
    if since is not None:
        result.requeued = store.requeue_since(conn, since, until)
    nlp = load_pipeline(model)
    info = model_info(nlp)
    result.model = f"{info.name}@{info.version}"

    documents = (
        Document(a.text, a.published, a.country, key=a.id)
        for a in store.pending_articles(conn, limit=limit)
    )
    stream = extract_many(
        documents, nlp=nlp, batch_size=batch_size,
        on_error=lambda document, exc: _fail(conn, result, document.key, exc),
    )
    for document, extraction in stream:
        try:
            store.save_extraction(conn, document.key, extraction)
        except Exception as exc:  # one bad article must not stop the queue
            _fail(conn, result, document.key, exc)
            continue
        result.articles += 1
        result.entities += len(extraction.entities)
        result.quantities += len(extraction.quantities)
        result.events += len(extraction.events)
        if on_article:
            on_article(result)
    result.seconds = round(time.monotonic() - started, 3)
    return result


def window(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """DAG params (``YYYY-MM-DD`` strings) as UTC datetimes at midnight."""
    def parse(value: str | None) -> datetime | None:
        if not value:
            return None
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), timezone.utc)

    return parse(since), parse(until)


def _fail(conn, result: NlpResult, article_id: int, exc: Exception) -> None:
    conn.rollback()
    message = f"{type(exc).__name__}: {exc}"
    log.warning("article %s failed in the NLP: %s", article_id, message)
    store.mark_failed(conn, article_id, message)
    result.failed += 1
    result.errors.append(f"article {article_id}: {message}"[:500])
