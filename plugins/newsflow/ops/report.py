"""``newsflow report --out DIR``: the analytics views as one static HTML page with inline SVG charts,
for people without Grafana. Collecting (SQL) and rendering (pure) are separate steps."""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup
from psycopg2.extras import NamedTupleCursor

from newsflow.ops import svg
from newsflow.ops.health import Problem, check_health, reading
from newsflow.store.sql import query

COUNTRIES = ("de", "at", "ch", "li")
NEWS_TZ = ZoneInfo("Europe/Berlin")  # the views' "day" is the Central European day
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    window_from: datetime
    window_to: datetime
    countries: tuple[str, ...]
    totals: Any
    mentions_daily: list
    top_entities: list
    pairs: list
    events_daily: list
    timeline: list
    stories: list
    story_articles: list
    sources: list
    hourly: list
    runs: list
    problems: list[Problem]


def collect(conn, *, now: datetime | None = None, days: int = 7, countries: tuple[str, ...] = COUNTRIES,
            limit: int = 20) -> ReportData:
    """Read everything the report shows, in one read-only transaction."""
    now = now or datetime.now(timezone.utc)
    params = {"from": now - timedelta(days=days), "to": now, "countries": list(countries), "limit": limit}

    def rows(name: str, **extra) -> list:
        with reading(conn, cursor_factory=NamedTupleCursor) as cur:
            cur.execute(query(name), {**params, **extra})
            return cur.fetchall()

    stories = rows("analytics/stories")
    data = ReportData(
        generated_at=now, window_from=params["from"], window_to=now, countries=tuple(countries),
        totals=rows("ops/status_totals")[0],
        mentions_daily=rows("analytics/mentions_daily_top", limit=6),
        top_entities=rows("analytics/top_entities"),
        pairs=rows("analytics/cooccurrence"),
        events_daily=rows("analytics/events_daily"),
        timeline=rows("analytics/event_timeline", limit=50),
        stories=stories,
        story_articles=rows("analytics/story_articles", story_ids=[s.story_id for s in stories[:5]]),
        sources=rows("analytics/source_health"),
        hourly=rows("analytics/articles_hourly", since=now - timedelta(hours=48)),
        runs=rows("analytics/pipeline_runs", limit=15),
        problems=check_health(conn, now),
    )
    return data


def _days(start: datetime, end: datetime) -> list[date]:
    first, last = start.astimezone(NEWS_TZ).date(), end.astimezone(NEWS_TZ).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def charts(data: ReportData) -> dict[str, Markup]:
    """The SVG charts of the report (pure: data in, markup out)."""
    days = _days(data.window_from, data.window_to)
    labels = [d.strftime("%d.%m.") for d in days]
    series: dict[str, list[float]] = {}
    for r in data.mentions_daily:
        series.setdefault(r.canonical, [0.0] * len(days))
        if r.day in days:
            series[r.canonical][days.index(r.day)] += r.mentions
    events_per_day = [0.0] * len(days)
    for r in data.events_daily:
        if r.day in days:
            events_per_day[days.index(r.day)] += r.events
    return {
        "mentions": Markup(svg.line_chart(labels, series, title="Mentions per day of the top entities")),
        "top": Markup(svg.hbar_chart([r.canonical for r in data.top_entities],
                                     [r.mentions for r in data.top_entities], title="Top entities")),
        "pairs": Markup(svg.hbar_chart([f"{r.canonical_a} + {r.canonical_b}" for r in data.pairs[:10]],
                                       [r.articles for r in data.pairs[:10]], title="Entities named together")),
        "events": Markup(svg.column_chart(labels, events_per_day, title="Events per day")
                         if data.events_daily else svg.empty()),
        "hourly": Markup(svg.column_chart([r.hour.strftime("%d. %H h") for r in data.hourly],
                                          [r.articles for r in data.hourly], title="Articles stored per hour")),
    }


def render(data: ReportData) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters["when"] = lambda v: v.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") if v else "–"
    env.filters["names"] = lambda v: ", ".join(v) if v else ""
    env.filters["minutes"] = lambda v: f"{v.total_seconds() / 60:.0f} min" if v is not None else ""
    return env.get_template("report.html").render(data=data, charts=charts(data))


def write_report(conn, out_dir: Path, **options) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "index.html"
    target.write_text(render(collect(conn, **options)), encoding="utf-8")
    return target


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="directory to write index.html into")
    parser.add_argument("--days", type=int, default=7, help="window of the report in days (default 7)")
    parser.add_argument("--country", action="append", choices=COUNTRIES,
                        help="only these outlets' countries (repeatable; default: all)")
    parser.add_argument("--db", help="database URL (default: $NEWSFLOW_DB_URL or the local set-up)")


def run(args: argparse.Namespace) -> int:
    from newsflow.store.db import connection

    with connection(args.db) as conn:
        target = write_report(conn, args.out, days=args.days, countries=tuple(args.country or COUNTRIES))
    print(f"report written to {target}")
    return 0
