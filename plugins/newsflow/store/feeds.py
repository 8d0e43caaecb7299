"""The feeds table and fetch_log: config sync, due feeds, per-feed state after a fetch."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Sequence

from newsflow.feeds.config import FeedConfig
from newsflow.feeds.schedule import FeedState, FeedUpdate
from newsflow.store.sql import query


@dataclass(frozen=True)
class StoredFeedConfig:
    id: int
    url: str
    config_url: str | None
    name: str
    country: str
    language: str
    kind: str
    active: bool
    allow_private: bool
    full_text: bool
    max_consecutive_errors: int

    def matches(self, cfg: FeedConfig) -> bool:
        return (self.config_url == cfg.url and self.name == cfg.name and self.country == cfg.country
                and self.language == cfg.language and self.kind == cfg.kind and self.active == cfg.active
                and self.allow_private == cfg.allow_private and self.full_text == cfg.full_text
                and self.max_consecutive_errors == cfg.max_consecutive_errors)


@dataclass(frozen=True)
class FeedRow:
    id: int
    url: str
    name: str
    country: str
    language: str
    kind: str
    allow_private: bool
    full_text: bool
    etag: str | None
    last_modified: str | None
    consecutive_errors: int
    max_consecutive_errors: int

    def state(self) -> FeedState:
        return FeedState(id=self.id, url=self.url, consecutive_errors=self.consecutive_errors,
                         max_consecutive_errors=self.max_consecutive_errors, etag=self.etag,
                         last_modified=self.last_modified)


@dataclass(frozen=True)
class FetchLogRow:
    feed_id: int
    run_id: str
    started_at: datetime
    url: str
    final_url: str | None
    http_status: int | None
    not_modified: bool
    entries: int
    new_entries: int
    duplicate_entries: int
    warnings: list[str]
    error: str | None
    duration_ms: int


def stored_configs(conn) -> list[StoredFeedConfig]:
    with conn.cursor() as cur:
        cur.execute(query("feeds/all_for_sync"))
        return [StoredFeedConfig(*row) for row in cur.fetchall()]


def insert_feed(conn, cfg: FeedConfig) -> int:
    with conn.cursor() as cur:
        cur.execute(query("feeds/insert"), asdict(cfg))
        return cur.fetchone()[0]


def update_feed_config(conn, feed_id: int, cfg: FeedConfig) -> None:
    with conn.cursor() as cur:
        cur.execute(query("feeds/update_config"), {**asdict(cfg), "id": feed_id})


def deactivate(conn, ids: Sequence[int]) -> int:
    with conn.cursor() as cur:
        cur.execute(query("feeds/deactivate"), {"ids": list(ids)})
        return cur.rowcount


def due_feed_ids(conn, now: datetime) -> list[int]:
    with conn.cursor() as cur:
        cur.execute(query("feeds/due"), {"now": now})
        return [row[0] for row in cur.fetchall()]


def feeds_for_fetch(conn, ids: Sequence[int]) -> list[FeedRow]:
    with conn.cursor() as cur:
        cur.execute(query("feeds/for_fetch"), {"ids": list(ids)})
        return [FeedRow(*row) for row in cur.fetchall()]


def done_in_run(conn, run_id: str, ids: Sequence[int]) -> set[int]:
    with conn.cursor() as cur:
        cur.execute(query("feeds/done_in_run"), {"run_id": run_id, "ids": list(ids)})
        return {row[0] for row in cur.fetchall()}


def entries_last_week(conn, feed_id: int, now: datetime) -> int:
    with conn.cursor() as cur:
        cur.execute(query("feeds/entries_last_week"), {"feed_id": feed_id, "now": now})
        return cur.fetchone()[0]


def save_state(conn, feed_id: int, current_url: str, update: FeedUpdate, now: datetime) -> str | None:
    """Write the state after a fetch; returns the old URL when a permanent redirect moved the feed."""
    moved_from = None
    with conn.cursor() as cur:
        if update.url != current_url:
            cur.execute(query("feeds/move_url"), {"id": feed_id, "url": update.url, "now": now})
            row = cur.fetchone()
            moved_from = row[0] if row else None
        params = asdict(update)
        params.pop("url")
        cur.execute(query("feeds/update_state"), {**params, "id": feed_id, "now": now})
    return moved_from


def log_fetch(conn, row: FetchLogRow) -> None:
    with conn.cursor() as cur:
        cur.execute(query("feeds/log_fetch"), asdict(row))
