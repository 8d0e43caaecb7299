"""When to check a feed next and what its state becomes after a fetch (pure functions)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from newsflow.feeds.fetch import FetchResult


@dataclass(frozen=True)
class SchedulePolicy:
    min_interval: timedelta = timedelta(minutes=10)
    max_interval: timedelta = timedelta(hours=6)
    max_backoff: timedelta = timedelta(hours=24)
    max_retry_after: timedelta = timedelta(days=7)


@dataclass(frozen=True)
class FeedState:
    id: int
    url: str
    consecutive_errors: int = 0
    max_consecutive_errors: int = 10
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FeedUpdate:
    url: str  # a 301/308 moves it, everything else keeps it
    etag: str | None
    last_modified: str | None
    last_status: int | None
    consecutive_errors: int
    next_check_at: datetime
    success: bool
    disabled: bool = False
    disabled_reason: str | None = None


def poll_interval(entries_last_week: int, policy: SchedulePolicy = SchedulePolicy()) -> timedelta:
    """Half the average gap between entries, bounded: 70 entries a week -> 72 min; none -> max."""
    if entries_last_week <= 0:
        return policy.max_interval
    return min(policy.max_interval, max(policy.min_interval, timedelta(days=7) / entries_last_week / 2))


def backoff(errors: int, policy: SchedulePolicy = SchedulePolicy()) -> timedelta:
    """10 min, 20, 40, ... up to a day."""
    return min(policy.max_backoff, policy.min_interval * (2 ** max(0, min(errors, 20) - 1)))


def next_state(state: FeedState, fetch: FetchResult, parse_error: str | None, entries_last_week: int,
               now: datetime, policy: SchedulePolicy = SchedulePolicy()) -> FeedUpdate:
    url = fetch.permanent_url or state.url
    error = fetch.error or parse_error
    if fetch.status == 410:
        return FeedUpdate(url=url, etag=state.etag, last_modified=state.last_modified, last_status=410,
                          consecutive_errors=state.consecutive_errors + 1, next_check_at=now + policy.max_backoff,
                          success=False, disabled=True, disabled_reason="HTTP 410 Gone: the publisher removed this feed")
    if error:
        errors = state.consecutive_errors + 1
        wait = backoff(errors, policy)
        if fetch.retry_after is not None:
            wait = max(wait, min(timedelta(seconds=fetch.retry_after), policy.max_retry_after))
        disabled = errors >= state.max_consecutive_errors
        return FeedUpdate(url=url, etag=state.etag, last_modified=state.last_modified, last_status=fetch.status,
                          consecutive_errors=errors, next_check_at=now + wait, success=False, disabled=disabled,
                          disabled_reason=f"{errors} consecutive errors, last: {error}"[:1000] if disabled else None)
    if fetch.not_modified:
        etag, last_modified = fetch.etag or state.etag, fetch.last_modified or state.last_modified
    else:
        # A server that stops sending validators must not get stale ones back.
        etag, last_modified = fetch.etag, fetch.last_modified
    return FeedUpdate(url=url, etag=etag, last_modified=last_modified, last_status=fetch.status,
                      consecutive_errors=0, next_check_at=now + poll_interval(entries_last_week, policy),
                      success=True)
