"""A synthetic news database for tests, benchmarks and dashboard previews.

Everything is generated inside PostgreSQL (generate_series), so 100,000 mentions take
seconds. Outlets live under the never-resolving ``seed.newsflow.invalid`` domain and
their articles' entry keys start with ``seed-``, so seeded rows are easy to tell apart.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import datetime, timezone

from newsflow.ops.runs import record_run
from newsflow.store.sql import query


@dataclass(frozen=True)
class SeedCounts:
    feeds: int
    articles: int
    mentions: int
    events: int
    stories: int
    fetches: int


def seed(
    conn,
    *,
    articles: int = 2000,
    mentions_per_article: int = 5,
    stories: int = 20,
    days: int = 14,
    now: datetime | None = None,
    random_seed: float = 0.42,
) -> SeedCounts:
    """Insert synthetic outlets, articles, mentions, events, stories, fetches and runs; commit."""
    now = now or datetime.now(timezone.utc)
    params = {"now": now, "days": days, "articles": articles, "per_article": mentions_per_article}
    with conn.cursor() as cur:
        cur.execute("SELECT setseed(%s)", (random_seed,))
        cur.execute(query("ops/seed_feeds"), params)
        cur.execute(query("ops/seed_entities"), params)
        cur.execute(query("ops/seed_articles"), params)
        cur.execute(query("ops/seed_stories"), {**params, "story_ids": _story_ids(cur, stories, now, days)})
        cur.execute(query("ops/seed_mentions"), params)
        cur.execute(query("ops/seed_text"), params)
        cur.execute(query("ops/seed_events"), params)
        cur.execute(query("ops/seed_participants"), params)
        cur.execute(query("ops/seed_fetch_log"), params)
        cur.execute("ANALYZE feeds, articles, entities, entity_mentions, events, event_participants, fetch_log")
    conn.commit()
    _seed_runs(conn, now)
    return counts(conn)


def _story_ids(cur, stories: int, now: datetime, days: int) -> list[int]:
    # articles.story_id may reference a stories table (feeds engineer's migration) or nothing.
    cur.execute("SELECT to_regclass('public.stories') IS NOT NULL")
    if not cur.fetchone()[0]:
        cur.execute("SELECT coalesce(max(story_id), 0) FROM articles")
        start = cur.fetchone()[0] + 1
        return list(range(start, start + stories))
    cur.execute(
        "INSERT INTO stories (first_seen_at, title) "
        "SELECT %s::timestamptz - %s * interval '1 day', 'Agenturmeldung ' || s FROM generate_series(1, %s) s "
        "RETURNING id",
        (now, days, stories),
    )
    return [row[0] for row in cur.fetchall()]


def _seed_runs(conn, now: datetime) -> None:
    for n in range(3):
        run_id = f"seed__{n}"
        record_run(conn, dag_id="news_ingest", run_id=run_id, stage="fetch",
                   counts={"feeds_ok": 5, "feeds_failed": 1 if n == 0 else 0, "feeds_not_modified": 1,
                           "new_articles": 12 + n, "duplicates": 40},
                   seconds=3.5 + n, errors=["Alpenpost: HTTPStatusError: 503"] if n == 0 else ())
        record_run(conn, dag_id="news_nlp", run_id=run_id, stage="process_articles",
                   counts={"articles": 12 + n, "entities": 60 + n, "events": 4}, seconds=8.0 + n)
    with conn.cursor() as cur:
        cur.execute(query("ops/seed_run_times"), {"now": now})
    conn.commit()


def counts(conn) -> SeedCounts:
    from newsflow.ops.health import reading

    with reading(conn) as cur:
        cur.execute(
            "SELECT (SELECT count(*) FROM feeds), (SELECT count(*) FROM articles), "
            "(SELECT count(*) FROM entity_mentions), (SELECT count(*) FROM events), "
            "(SELECT count(DISTINCT story_id) FROM articles), (SELECT count(*) FROM fetch_log)"
        )
        row = cur.fetchone()
    return SeedCounts(*row)


def main(argv: list[str] | None = None) -> int:
    """``python -m newsflow.ops.seed --articles N``: fill a (scratch!) database for dashboards."""
    from newsflow.ops.health import refresh_views
    from newsflow.store.db import connection

    parser = argparse.ArgumentParser(prog="python -m newsflow.ops.seed", description=main.__doc__)
    # Required on purpose: synthetic rows must never land in the real news database by default.
    parser.add_argument("--db", required=True, help="URL of a scratch database (migrated)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--mentions-per-article", type=int, default=5)
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--days", type=int, default=14)
    args = parser.parse_args(argv)
    with connection(args.db) as conn:
        result = seed(conn, articles=args.articles, mentions_per_article=args.mentions_per_article,
                      stories=args.stories, days=args.days)
        refresh_views(conn)
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
