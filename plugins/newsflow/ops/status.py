"""``newsflow status``: pipeline health in the terminal (the same checks as the health task).

Exit status 0 when healthy or only warnings, 1 when any check reports an error,
so the command also works in cron jobs and container health checks.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import datetime, timezone

from psycopg2.extras import NamedTupleCursor

from newsflow.ops.health import ERROR, check_health, format_problems, reading
from newsflow.store.sql import query


def _when(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    minutes = (now - moment).total_seconds() / 60
    ago = f"{minutes:.0f} min ago" if minutes < 120 else f"{minutes / 60:.1f} h ago"
    return f"{moment.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC ({ago})"


def table(headers: list[str], rows: list[list[object]]) -> str:
    """Plain aligned columns; wide text is cut so each row stays on one line."""
    cells = [[("" if v is None else str(v))[:60] for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def gather(conn, now: datetime, limits: dict) -> dict:
    with reading(conn, cursor_factory=NamedTupleCursor) as cur:
        cur.execute(query("ops/status_totals"))
        totals = cur.fetchone()._asdict()
        cur.execute(query("analytics/source_health"), {"countries": ["de", "at", "ch", "li"]})
        sources = [r._asdict() for r in cur.fetchall()]
        cur.execute(query("analytics/pipeline_runs"), {"limit": 5})
        runs = [r._asdict() for r in cur.fetchall()]
    problems = check_health(conn, now, **limits)
    return {"now": now, "totals": totals, "sources": sources, "runs": runs, "problems": problems}


def render(state: dict) -> str:
    now, t = state["now"], state["totals"]
    out = [
        f"newsflow status at {now.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"feeds {t['feeds']} · articles {t['articles']} (NLP backlog {t['pending']}, failed {t['failed']}) · "
        f"mentions {t['mentions']} · events {t['events']} · stories in 2+ outlets {t['stories']}",
        f"last article stored: {_when(t['last_article_at'], now)}",
        "",
        "Sources",
        table(["source", "cc", "last article", "24h", "/h", "errors in a row", "last error"],
              [[s["source"] + (" (disabled)" if s["disabled"] else ""), s["country"],
                _when(s["last_article_at"], now), s["articles_24h"], s["articles_per_hour"],
                s["consecutive_errors"], s["last_error"]] for s in state["sources"]]),
        "",
        "Latest runs",
        table(["dag", "run", "started", "seconds", "new", "entities", "errors"],
              [[r["dag_id"], r["run_id"], _when(r["started_at"], now), f"{r['seconds']:.1f}", r["new_articles"],
                r["entities"], r["error_count"]] for r in state["runs"]]) if state["runs"] else "(no runs recorded)",
        "",
        "Health",
        format_problems(state["problems"]),
    ]
    return "\n".join(out)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database URL (default: $NEWSFLOW_DB_URL or the local set-up)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--stale-hours", type=float, default=6, help="error when no article arrived for this long")
    parser.add_argument("--backlog-limit", type=int, default=5000, help="error when more articles wait for the NLP")
    parser.add_argument("--zero-entity-share", type=float, default=0.5,
                        help="error when a larger share of recently analysed articles has no entity")


def run(args: argparse.Namespace) -> int:
    from newsflow.store.db import connection

    limits = {"stale_hours": args.stale_hours, "backlog_limit": args.backlog_limit,
              "zero_entity_share": args.zero_entity_share}
    with connection(args.db) as conn:
        state = gather(conn, datetime.now(timezone.utc), limits)
    if args.json:
        print(json.dumps({**state, "problems": [asdict(p) for p in state["problems"]]}, default=str, indent=2))
    else:
        print(render(state))
    return 1 if any(p.severity == ERROR for p in state["problems"]) else 0
