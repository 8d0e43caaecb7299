"""Data-quality checks over the news database, readable by operators.

``check_health`` returns the problems; ``assert_healthy`` is the DAG task's form,
which fails loudly when any of them is an error.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator

from psycopg2.extensions import TRANSACTION_STATUS_IDLE

from newsflow.store.sql import query

log = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"
RECENT = timedelta(hours=24)  # the window of the share, failure and run-error checks
MIN_ANALYSED = 20             # below this, a zero-entity share says more about chance than about the NLP
FAILING_AFTER = 3             # consecutive fetch errors before a feed is reported


@dataclass(frozen=True)
class Problem:
    check: str
    message: str
    severity: str  # "error" | "warning"


class HealthError(RuntimeError):
    """Raised by assert_healthy; the message lists every problem, one per line."""


def check_health(
    conn,
    now: datetime | None = None,
    *,
    stale_hours: float = 6,
    backlog_limit: int = 5000,
    zero_entity_share: float = 0.5,
) -> list[Problem]:
    """All problems found, errors first. An empty list means healthy."""
    now = now or datetime.now(timezone.utc)
    stale_since = now - timedelta(hours=stale_hours)
    problems: list[Problem] = []
    with reading(conn) as cur:
        problems += _stale(cur, now, stale_since, stale_hours)
        problems += _backlog(cur, now, backlog_limit)
        problems += _zero_entities(cur, now, zero_entity_share)
        problems += _nlp_failures(cur, now)
        problems += _failing_feeds(cur)
        problems += _run_errors(cur, now)
    return sorted(problems, key=lambda p: p.severity != ERROR)


@contextmanager
def reading(conn, **cursor_options) -> Iterator:
    """A cursor for read-only work. If the connection was idle, the transaction the reads opened is
    ended afterwards (no idle-in-transaction session); a caller's open transaction is left alone."""
    was_idle = conn.get_transaction_status() == TRANSACTION_STATUS_IDLE
    try:
        with conn.cursor(**cursor_options) as cur:
            yield cur
    finally:
        if was_idle:
            conn.rollback()


def assert_healthy(conn, now: datetime | None = None, **limits) -> list[Problem]:
    """Log warnings; raise HealthError listing everything if any problem is an error."""
    problems = check_health(conn, now, **limits)
    for p in problems:
        log.warning("%s [%s]: %s", p.severity, p.check, p.message)
    if any(p.severity == ERROR for p in problems):
        raise HealthError(format_problems(problems))
    return problems


def format_problems(problems: list[Problem]) -> str:
    if not problems:
        return "healthy: no problems found"
    return "\n".join(f"{p.severity.upper():7} {p.check}: {p.message}" for p in problems)


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.1f} h"


def _stamp(moment: datetime | None) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def _stale(cur, now: datetime, since: datetime, stale_hours: float) -> list[Problem]:
    cur.execute(query("ops/health_latest_article"))
    last, total = cur.fetchone()
    if last is None or last < since:
        age = f"for {_hours(now - last)} (last stored {_stamp(last)})" if last else "ever"
        return [Problem("no_new_articles",
                        f"no new article from any feed {age}; limit {stale_hours:g} h. "
                        "Is news_ingest running and are the feeds reachable?", ERROR)]
    cur.execute(query("ops/health_stale_feeds"), {"since": since})
    return [
        Problem("stale_feed",
                f"feed {name!r} ({country}) stored no article for more than {stale_hours:g} h "
                f"(last {_stamp(last_at)})", WARNING)
        for name, country, last_at in cur.fetchall()
    ]


def _backlog(cur, now: datetime, limit: int) -> list[Problem]:
    cur.execute(query("ops/health_backlog"))
    pending, oldest = cur.fetchone()
    if pending <= limit:
        return []
    return [Problem("nlp_backlog",
                    f"{pending} articles wait for the NLP (limit {limit}; oldest fetched {_stamp(oldest)}, "
                    f"{_hours(now - oldest)} ago). Is news_nlp running or failing?", ERROR)]


def _zero_entities(cur, now: datetime, max_share: float) -> list[Problem]:
    cur.execute(query("ops/health_zero_entities"), {"since": now - RECENT, "now": now})
    analysed, without = cur.fetchone()
    if analysed < MIN_ANALYSED or without / analysed <= max_share:
        return []
    return [Problem("zero_entities",
                    f"{without} of {analysed} articles analysed in the last 24 h ({without / analysed:.0%}) "
                    f"have no entity at all (limit {max_share:.0%}). Is the NER model loaded?", ERROR)]


def _nlp_failures(cur, now: datetime) -> list[Problem]:
    cur.execute(query("ops/health_nlp_failures"), {"since": now - RECENT})
    failed, last_error = cur.fetchone()
    if not failed:
        return []
    return [Problem("nlp_failures", f"{failed} articles failed in the NLP in the last 24 h; latest: {last_error}",
                    WARNING)]


def _failing_feeds(cur) -> list[Problem]:
    cur.execute(query("ops/health_failing_feeds"), {"min_errors": FAILING_AFTER})
    problems = []
    for name, errors, disabled, reason, status, last_error in cur.fetchall():
        if disabled:
            problems.append(Problem("feed_disabled", f"feed {name!r} is disabled: {reason or 'no reason given'}",
                                    WARNING))
        else:
            detail = last_error or (f"HTTP {status}" if status else "no error text")
            problems.append(Problem("feed_failing", f"feed {name!r} failed {errors} times in a row: {detail}",
                                    WARNING))
    return problems


def _run_errors(cur, now: datetime) -> list[Problem]:
    cur.execute(query("ops/health_run_errors"), {"since": now - RECENT, "now": now})
    return [
        Problem("run_errors", f"{dag_id} run {run_id} recorded {count} error(s), first: {first}", WARNING)
        for dag_id, run_id, count, first in cur.fetchall()
    ]


def refresh_views(conn) -> None:
    """Refresh every materialized analytics view (concurrently where possible) and commit."""
    with conn.cursor() as cur:
        cur.execute(query("ops/refresh_views"))
        refreshed = [row[0] for row in cur.fetchall()]
    conn.commit()
    log.info("refreshed %s", ", ".join(refreshed))
