"""Reading the NLP queue and writing one article's results, all or nothing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Iterator

from psycopg2.extras import execute_values

from newsflow.nlp.records import Extraction
from newsflow.store.sql import query


@dataclass(frozen=True)
class PendingArticle:
    id: int
    text: str
    published: date | None  # the Central European publication day, else the day it was fetched
    country: str | None


def pending_articles(conn, batch_size: int = 200, limit: int | None = None) -> Iterator[PendingArticle]:
    """Pending articles in id order, fetched a batch at a time so memory stays flat."""
    after, seen = 0, 0
    while limit is None or seen < limit:
        size = batch_size if limit is None else min(batch_size, limit - seen)
        with conn.cursor() as cur:
            cur.execute(query("nlp/pending_batch"), {"after_id": after, "limit": size})
            rows = cur.fetchall()
        conn.commit()  # don't hold a snapshot open while the NLP runs
        if not rows:
            return
        for article_id, text, day, country in rows:
            yield PendingArticle(article_id, text, day, country)
        after = rows[-1][0]
        seen += len(rows)


def requeue_since(conn, since: datetime, until: datetime | None = None,
                  processed_before: datetime | None = None) -> int:
    """Re-queue articles published in [since, until); with ``processed_before``, only those not redone since."""
    with conn.cursor() as cur:
        cur.execute(query("nlp/requeue_since"),
                    {"since": since, "until": until, "processed_before": processed_before})
        count = cur.rowcount
    conn.commit()
    return count


def backlog(conn) -> int:
    with conn.cursor() as cur:
        cur.execute(query("nlp/backlog"))
        (count,) = cur.fetchone()
    conn.commit()
    return count


def mark_failed(conn, article_id: int, error: str) -> None:
    with conn.cursor() as cur:
        cur.execute(query("nlp/mark_failed"), {"article_id": article_id, "error": error[:2000]})
    conn.commit()


def save_extraction(conn, article_id: int, x: Extraction) -> None:
    """Replace the article's NLP rows with ``x`` in ONE transaction (all or nothing)."""
    try:
        with conn.cursor() as cur:
            args = {"article_id": article_id}
            cur.execute(query("nlp/lock_article"), args)
            if cur.fetchone() is None:
                raise LookupError(f"article {article_id} does not exist")
            cur.execute(query("nlp/clear_results"), args)
            entity_ids = _upsert_entities(cur, x)
            _insert_mentions(cur, article_id, x, entity_ids)
            _insert_quantities(cur, article_id, x)
            _insert_replacements(cur, article_id, x)
            _insert_events(cur, article_id, x, entity_ids)
            cur.execute(query("nlp/mark_done"), {"article_id": article_id, "normalized": x.normalized})
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def entity_aliases(extractions: Iterable[Extraction]) -> dict[tuple[str, str], set[str]]:
    """Every entity the extractions refer to, with the surface forms that differ from its canonical name."""
    aliases: dict[tuple[str, str], set[str]] = {}
    for x in extractions:
        for m in x.entities:
            aliases.setdefault((m.canonical, m.label), set()).update({m.text} - {m.canonical})
        for ev in x.events:
            for a in ev.actors:
                aliases.setdefault((a.canonical, a.label), set())
            if ev.place:
                aliases.setdefault((ev.place.canonical, "LOC"), set())
    return aliases


def _upsert_entities(cur, x: Extraction) -> dict[tuple[str, str], int]:
    aliases = entity_aliases([x])
    if not aliases:
        return {}
    # Sorted, so two loads touching the same entities lock them in the same order (no deadlock).
    rows = [(c, label, sorted(a)) for (c, label), a in sorted(aliases.items())]
    returned = execute_values(cur, query("nlp/upsert_entities"), rows, fetch=True)
    return {(canonical, label): entity_id for entity_id, canonical, label in returned}


def _insert_mentions(cur, article_id: int, x: Extraction, entity_ids) -> None:
    rows = [
        (article_id, entity_ids[(m.canonical, m.label)], m.label, m.start, m.end, m.text,
         x.model.name, x.model.version)
        for m in x.entities
    ]
    if rows:
        execute_values(cur, query("nlp/insert_mentions"), rows)


def _insert_quantities(cur, article_id: int, x: Extraction) -> None:
    rows = [
        (article_id, q.value, q.unit, q.qualifier, q.approximate, q.start, q.end, q.text)
        for q in x.quantities
    ]
    if rows:
        execute_values(cur, query("nlp/insert_quantities"), rows)


def _insert_replacements(cur, article_id: int, x: Extraction) -> None:
    rows = [(article_id, r.start, r.end, r.original, r.normalized, r.kind) for r in x.replacements]
    if rows:
        execute_values(cur, query("nlp/insert_replacements"), rows)


def event_row(article_id: int, ev, x: Extraction, entity_ids) -> tuple:
    """The ``events`` columns of one event, in the order of sql/queries/nlp/insert_events.sql."""
    place, count, when = ev.place, ev.count, ev.date
    return (
        article_id, ev.type, ev.cameo, ev.trigger, ev.trigger_start, ev.trigger_end,
        ev.start, ev.end,
        when.value if when else None, when.precision if when else None, when.text if when else None,
        entity_ids.get((place.canonical, "LOC")) if place else None,
        place.text if place else None, place.start if place else None, place.end if place else None,
        place.source if place else None,
        count.value if count else None, count.unit if count else None,
        count.qualifier if count else None, count.approximate if count else None,
        ev.negated, ev.modality, ev.confidence, x.model.name, x.model.version, x.lexicon_version,
    )


def _insert_events(cur, article_id: int, x: Extraction, entity_ids) -> None:
    if not x.events:
        return
    rows = [event_row(article_id, ev, x, entity_ids) for ev in x.events]
    returned = execute_values(cur, query("nlp/insert_events"), rows, fetch=True)
    event_ids = {(trigger_start, event_type): event_id for event_id, trigger_start, event_type in returned}
    participants = [
        (event_ids[(ev.trigger_start, ev.type)], a.role, entity_ids[(a.canonical, a.label)],
         a.text, a.start, a.end)
        for ev in x.events if (ev.trigger_start, ev.type) in event_ids
        for a in ev.actors
    ]
    if participants:
        execute_values(cur, query("nlp/insert_participants"), participants)
