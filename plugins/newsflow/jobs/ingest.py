"""The work of DAG ``news_ingest`` (and ``newsflow run``): sync the feed list, plan batches, ingest a batch.

Each function takes a psycopg2 connection and commits its own small transactions; one bad feed
is logged in fetch_log and never fails the batch.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Sequence

from newsflow.feeds.config import load_feeds
from newsflow.feeds.dedupe import prepare_all
from newsflow.feeds.fetch import FetchPolicy, FetchResult, fetch_many, request_for
from newsflow.feeds.fulltext import enrich
from newsflow.feeds.parse import parse_feed
from newsflow.feeds.schedule import SchedulePolicy, next_state
from newsflow.feeds.sitemaps import follow_index
from newsflow.feeds.stories import StoryIndex
from newsflow.store import articles as article_store
from newsflow.store import feeds as feed_store

log = logging.getLogger(__name__)

STORY_WINDOW = timedelta(hours=48)  # wire copies appear within hours; older stories are not joined


@dataclass
class SyncResult:
    new: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FeedOutcome:
    feed_id: int
    url: str
    final_url: str | None = None
    http_status: int | None = None
    not_modified: bool = False
    entries: int = 0
    new_articles: int = 0
    duplicates: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    disabled: bool = False
    moved_to: str | None = None
    duration_ms: int = 0
    skipped: bool = False  # already handled by an earlier attempt of the same run


@dataclass
class BatchResult:
    run_id: str
    feeds_ok: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    feeds_skipped: int = 0
    new_articles: int = 0
    duplicates: int = 0
    feeds: list[FeedOutcome] = field(default_factory=list)

    def add(self, outcome: FeedOutcome) -> None:
        self.feeds.append(outcome)
        if outcome.skipped:
            self.feeds_skipped += 1
            return
        if outcome.error:
            self.feeds_failed += 1
        else:
            self.feeds_ok += 1
            self.feeds_not_modified += outcome.not_modified
        self.new_articles += outcome.new_articles
        self.duplicates += outcome.duplicates

    def to_dict(self) -> dict:
        return asdict(self)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def sync_feeds(conn, feeds_file: str | Path | None = None) -> SyncResult:
    """Make the feeds table match feeds.yaml; feeds no longer listed become inactive (history is kept)."""
    configs = load_feeds(feeds_file)
    stored = feed_store.stored_configs(conn)
    by_config = {s.config_url: s for s in stored if s.config_url}
    by_url = {s.url: s for s in stored}
    result, seen = SyncResult(), set()
    for cfg in configs:
        match = by_config.get(cfg.url) or by_url.get(cfg.url)
        if match is None:
            seen.add(feed_store.insert_feed(conn, cfg))
            result.new += 1
            continue
        seen.add(match.id)
        if match.matches(cfg):
            result.unchanged += 1
        else:
            feed_store.update_feed_config(conn, match.id, cfg)
            result.updated += 1
    result.deactivated = feed_store.deactivate(conn, [s.id for s in stored if s.id not in seen])
    conn.commit()
    return result


def plan_batches(conn, batch_size: int = 25, now: datetime | None = None) -> list[list[int]]:
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    ids = feed_store.due_feed_ids(conn, now or _now())
    conn.commit()
    return [ids[i:i + batch_size] for i in range(0, len(ids), batch_size)]


def ingest_batch(conn, feed_ids: Sequence[int], run_id: str, *, policy: FetchPolicy | None = None,
                 schedule: SchedulePolicy | None = None) -> BatchResult:
    schedule = schedule or SchedulePolicy()
    result = BatchResult(run_id=run_id)
    rows = feed_store.feeds_for_fetch(conn, feed_ids)
    done = feed_store.done_in_run(conn, run_id, feed_ids)
    conn.commit()
    for row in rows:
        if row.id in done:
            result.add(FeedOutcome(feed_id=row.id, url=row.url, skipped=True))
    rows = [r for r in rows if r.id not in done]
    started_at = _now()
    fetched = fetch_many([request_for(r.url, r.allow_private, r.etag, r.last_modified) for r in rows], policy)

    index: StoryIndex | None = None

    def story_index() -> StoryIndex:
        nonlocal index
        if index is None:
            index = article_store.load_story_index(conn, _now() - STORY_WINDOW)
        return index

    for row, res in zip(rows, fetched):
        try:
            outcome, pending = _ingest_feed(conn, row, res, run_id, started_at, schedule, story_index, policy)
            conn.commit()
            for article_id, story_id, mh in pending:
                if mh is not None:
                    story_index().add(article_id, story_id, mh)
        except Exception as exc:  # a store/parse bug for one feed must not cost the others their run
            conn.rollback()
            log.exception("feed %s (%s) failed while storing", row.id, row.url)
            outcome = _record_failure(conn, row, res, run_id, started_at, schedule, f"internal: {type(exc).__name__}: {exc}")
        if outcome.disabled:
            log.warning("feed %s (%s) disabled: %s", row.id, row.url, outcome.error)
        if outcome.moved_to:
            log.info("feed %s moved permanently: %s -> %s", row.id, row.url, outcome.moved_to)
        result.add(outcome)
    return result


def _full_text(conn, row: feed_store.FeedRow, arts, known: set[str], policy: FetchPolicy | None):
    """Fetch article pages only for entries that will really be inserted (not known, not duplicates)."""
    fresh = [a for a in arts if a.entry_key not in known and not article_store.find_duplicate(conn, a, row.name, lock=False)]
    conn.commit()  # nothing written yet; do not sit in a transaction while pages download
    report = enrich(fresh, row.language, row.allow_private, policy)
    by_key = {a.entry_key: a for a in report.articles}
    return [by_key.get(a.entry_key, a) for a in arts], report.warning


def _ingest_feed(conn, row: feed_store.FeedRow, res: FetchResult, run_id: str, started_at: datetime,
                 schedule: SchedulePolicy, story_index: Callable[[], StoryIndex], policy: FetchPolicy | None = None):
    now = _now()
    warnings: list[str] = []
    parse_error = None
    outcome = FeedOutcome(feed_id=row.id, url=row.url, final_url=res.final_url, http_status=res.status,
                          not_modified=res.not_modified, duration_ms=res.duration_ms)
    pending = []
    if res.ok and not res.not_modified:
        parsed = follow_index(parse_feed(res.body or b"", res.headers, row.kind, res.final_url or row.url),
                              row.allow_private, policy)
        warnings.extend(parsed.warnings)
        parse_error = parsed.error
        if parsed.ok:
            outcome.entries = len(parsed.entries)
            arts, repeats = prepare_all(parsed.entries, row.language)
            outcome.duplicates += repeats
            known = article_store.existing_keys(conn, row.id, [a.entry_key for a in arts])
            if row.full_text:
                arts, note = _full_text(conn, row, arts, known, policy)
                warnings.extend([note] if note else [])
            for art in arts:
                if art.entry_key in known or article_store.find_duplicate(conn, art, row.name):
                    outcome.duplicates += 1
                    continue
                article_id = article_store.insert_article(conn, art, row.id, row.name, row.country, now)
                if article_id is None:
                    outcome.duplicates += 1
                    continue
                story_id, mh = article_store.assign_story(conn, story_index(), article_id, art, now)
                pending.append((article_id, story_id, mh))
                outcome.new_articles += 1
    outcome.error = res.error or parse_error
    update = next_state(row.state(), res, parse_error, feed_store.entries_last_week(conn, row.id, now), now, schedule)
    moved_from = feed_store.save_state(conn, row.id, row.url, update, now)
    if moved_from:
        outcome.moved_to = update.url
        warnings.append(f"moved permanently from {moved_from} to {update.url}")
    elif update.url != row.url:
        warnings.append(f"permanent redirect to {update.url} not applied: another feed already has that URL")
    outcome.disabled = update.disabled
    outcome.warnings = warnings
    feed_store.log_fetch(conn, _log_row(row, res, run_id, started_at, outcome))
    return outcome, pending


def _record_failure(conn, row, res, run_id, started_at, schedule, message) -> FeedOutcome:
    outcome = FeedOutcome(feed_id=row.id, url=row.url, final_url=res.final_url, http_status=res.status,
                          error=message, duration_ms=res.duration_ms)
    try:
        now = _now()
        update = next_state(row.state(), res, message, 0, now, schedule)
        feed_store.save_state(conn, row.id, row.url, update, now)
        outcome.disabled = update.disabled
        feed_store.log_fetch(conn, _log_row(row, res, run_id, started_at, outcome))
        conn.commit()
    except Exception:
        conn.rollback()
        log.exception("could not even record the failure of feed %s", row.id)
    return outcome


def _log_row(row, res: FetchResult, run_id: str, started_at: datetime, outcome: FeedOutcome) -> feed_store.FetchLogRow:
    return feed_store.FetchLogRow(
        feed_id=row.id, run_id=run_id, started_at=started_at, url=row.url, final_url=res.final_url,
        http_status=res.status, not_modified=res.not_modified, entries=outcome.entries,
        new_entries=outcome.new_articles, duplicate_entries=outcome.duplicates,
        warnings=[w[:1000] for w in outcome.warnings], error=outcome.error[:2000] if outcome.error else None,
        duration_ms=res.duration_ms,
    )
