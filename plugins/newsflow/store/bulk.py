"""Bulk load path: many articles' NLP results in ONE transaction per batch.

Per batch: lock the articles in id order, delete their old results with one statement
per table, upsert only the entities that are new or gained aliases (sorted, one
statement), then ``COPY`` mentions, quantities, replacements, events and participants
straight into their tables and mark the articles done with one ``UPDATE``. That is a
fixed number of round trips per batch instead of several per article.

Guarantees kept from the per-article path (``store.nlp.save_extraction``):
- all or nothing per article: the batch commits or rolls back as a whole, and if it
  fails for any reason but a lost connection, its articles are re-tried one by one so
  one bad article cannot sink the others;
- idempotent: results are replaced, rows within a batch are de-duplicated on the
  tables' unique keys (first one wins, like ``ON CONFLICT DO NOTHING``);
- concurrent loads of the same articles neither deadlock (articles locked in id order,
  entities upserted in sorted order) nor duplicate (the second waits, then replaces).
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable, Sequence

import psycopg2
import psycopg2.errors
from psycopg2.extras import execute_values

from newsflow.nlp.records import Extraction
from newsflow.store import nlp as single
from newsflow.store.sql import query

log = logging.getLogger(__name__)

EntityKey = tuple[str, str]  # (canonical, label)


@dataclass(frozen=True)
class BatchReport:
    loaded: tuple[int, ...]  # article ids whose results are committed
    failed: tuple[tuple[int, str], ...]  # (article id, error) that could not be loaded
    fell_back: bool  # the batch transaction failed and articles were loaded one by one


def save_batch(conn, items: Sequence[tuple[int, Extraction]]) -> BatchReport:
    """Load ``(article_id, extraction)`` pairs; one transaction for the lot, per article on failure.

    Raises only when the connection itself is gone (the caller's retry then starts over
    with whatever is still pending); every other error is reported per article.
    """
    batch = dict(items)  # the same article twice in one batch: the last result wins
    if not batch:
        return BatchReport((), (), False)
    try:
        _load(conn, batch)
        conn.commit()
        return BatchReport(tuple(sorted(batch)), (), False)
    except Exception as exc:
        _rollback(conn)
        if connection_lost(conn, exc):
            raise
        log.warning("batch of %d articles failed (%s: %s); loading them one by one",
                    len(batch), type(exc).__name__, exc)
    loaded, failed = [], []
    for article_id in sorted(batch):
        error = _save_one(conn, article_id, batch[article_id])
        if error is None:
            loaded.append(article_id)
        else:
            failed.append((article_id, error))
    return BatchReport(tuple(loaded), tuple(failed), True)


def _save_one(conn, article_id: int, x: Extraction, attempts: int = 3) -> str | None:
    """None when saved, else why not; deadlocks and serialization failures are transient: retried."""
    for attempt in range(1, attempts + 1):
        try:
            single.save_extraction(conn, article_id, x)
            return None
        except psycopg2.errors.TransactionRollbackError as exc:
            if connection_lost(conn, exc):
                raise
            if attempt == attempts:
                return f"{type(exc).__name__}: {exc}"
        except Exception as exc:
            if connection_lost(conn, exc):
                raise
            return f"{type(exc).__name__}: {exc}"
    return None  # not reached: the last attempt returns


def connection_lost(conn, exc: BaseException) -> bool:
    """True when ``exc`` means the server or the connection went away (retrying per article is futile)."""
    return bool(conn.closed) or isinstance(
        exc, (psycopg2.InterfaceError, psycopg2.errors.AdminShutdown, psycopg2.errors.CrashShutdown,
              psycopg2.errors.CannotConnectNow))


def _rollback(conn) -> None:
    if not conn.closed:
        try:
            conn.rollback()
        except psycopg2.Error:
            pass  # the connection died while rolling back; connection_lost() reports it


def _load(conn, batch: dict[int, Extraction]) -> None:
    ids = sorted(batch)
    with conn.cursor() as cur:
        cur.execute(query("nlp/bulk_lock_and_clear"), {"ids": ids})  # one round trip
        entity_ids = _upsert_entities(cur, single.entity_aliases(batch[i] for i in ids))
        _copy(cur, "nlp/copy_mentions", mention_rows(batch, entity_ids))
        _copy(cur, "nlp/copy_quantities", quantity_rows(batch))
        _copy(cur, "nlp/copy_replacements", replacement_rows(batch))
        events = event_rows(batch, entity_ids)
        if events:
            cur.execute(query("nlp/next_event_ids"), {"n": len(events)})
            event_ids = [row[0] for row in cur.fetchall()]
            _copy(cur, "nlp/copy_events", [(eid, *row) for eid, (row, _) in zip(event_ids, events)])
            _copy(cur, "nlp/copy_participants", participant_rows(
                [(eid, actors) for eid, (_, actors) in zip(event_ids, events)], entity_ids))
        cur.execute(query("nlp/bulk_mark_done"),
                    {"ids": ids, "normalized": [batch[i].normalized for i in ids]})
        if cur.rowcount != len(ids):  # only reached if an article without results does not exist
            raise LookupError(f"{len(ids) - cur.rowcount} of articles {ids} do not exist")


# --- entities ---------------------------------------------------------------

def _upsert_entities(cur, wanted: dict[EntityKey, set[str]]) -> dict[EntityKey, int]:
    if not wanted:
        return {}
    keys = sorted(wanted)
    cur.execute(query("nlp/bulk_known_entities"),
                {"canonicals": [c for c, _ in keys], "labels": [label for _, label in keys]})
    ids, known = {}, {}
    for entity_id, canonical, label, aliases in cur.fetchall():
        ids[(canonical, label)] = entity_id
        known[(canonical, label)] = set(aliases)
    # Sorted, so two loads touching the same entities lock them in the same order (no deadlock).
    rows = [(c, label, sorted(wanted[(c, label)]))
            for c, label in keys
            if (c, label) not in known or not wanted[(c, label)] <= known[(c, label)]]
    if rows:
        returned = execute_values(cur, query("nlp/upsert_entities"), rows, fetch=True, page_size=1000)
        ids.update({(canonical, label): entity_id for entity_id, canonical, label in returned})
    return ids


# --- rows for COPY (pure; de-duplicated on each table's unique key) ---------

def mention_rows(batch: dict[int, Extraction], entity_ids: dict[EntityKey, int]) -> list[tuple]:
    rows, seen = [], set()
    for article_id in sorted(batch):
        x = batch[article_id]
        for m in x.entities:
            key = (article_id, m.start, m.end, m.label)
            if key not in seen:
                seen.add(key)
                rows.append((article_id, entity_ids[(m.canonical, m.label)], m.label, m.start, m.end,
                             m.text, x.model.name, x.model.version))
    return rows


def quantity_rows(batch: dict[int, Extraction]) -> list[tuple]:
    rows, seen = [], set()
    for article_id in sorted(batch):
        for q in batch[article_id].quantities:
            key = (article_id, q.start, q.end)
            if key not in seen:
                seen.add(key)
                rows.append((article_id, q.value, q.unit, q.qualifier, q.approximate, q.start, q.end, q.text))
    return rows


def replacement_rows(batch: dict[int, Extraction]) -> list[tuple]:
    rows, seen = [], set()
    for article_id in sorted(batch):
        for r in batch[article_id].replacements:
            key = (article_id, r.start, r.kind)
            if key not in seen:
                seen.add(key)
                rows.append((article_id, r.start, r.end, r.original, r.normalized, r.kind))
    return rows


def event_rows(batch: dict[int, Extraction], entity_ids: dict[EntityKey, int]) -> list[tuple[tuple, list]]:
    """One (row without id, actors) per distinct event key; actors of a duplicate event join the first."""
    rows: dict[tuple, tuple[tuple, list]] = {}
    for article_id in sorted(batch):
        x = batch[article_id]
        for ev in x.events:
            key = (article_id, ev.trigger_start, ev.type)
            if key in rows:
                rows[key][1].extend(ev.actors)
                continue
            rows[key] = (single.event_row(article_id, ev, x, entity_ids), list(ev.actors))
    return list(rows.values())


def participant_rows(events: list[tuple[int, list]], entity_ids: dict[EntityKey, int]) -> list[tuple]:
    rows, seen = [], set()
    for event_id, actors in events:
        for a in actors:
            key = (event_id, a.role, a.start)
            if key not in seen:
                seen.add(key)
                rows.append((event_id, a.role, entity_ids[(a.canonical, a.label)], a.text, a.start, a.end))
    return rows


# --- COPY text format --------------------------------------------------------

# COPY's text format: backslash escapes for the delimiter (tab), line breaks and backslash.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_FORMATS = {
    str: lambda v: v.translate(_ESCAPES),
    int: str,
    float: repr,
    bool: lambda v: "t" if v else "f",
    type(None): lambda v: "\\N",
    Decimal: str,
    date: date.isoformat,
    datetime: datetime.isoformat,
}


def copy_field(value) -> str:
    """One value in COPY text format (``None`` is ``\\N``; ``True`` is ``t``)."""
    # Dispatch on the exact type: this runs once per value of every row loaded.
    formatter = _FORMATS.get(type(value))
    if formatter is None:
        formatter = _FORMATS[str] if isinstance(value, str) else str
    return formatter(value)


def copy_text(rows: Iterable[tuple]) -> str:
    return "".join(["\t".join([copy_field(v) for v in row]) + "\n" for row in rows])


def _copy(cur, name: str, rows: list[tuple]) -> None:
    if rows:
        cur.copy_expert(query(name), io.StringIO(copy_text(rows)))
