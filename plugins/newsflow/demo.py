"""``newsflow demo``: the real DAGs, end to end, on the bundled sample feeds.

Serves ``samples/feeds/`` on loopback, writes a feed list pointing at it, runs
``airflow dags test`` for news_ingest and then news_nlp (a real Airflow run,
not our in-process shortcut), and prints what landed in Postgres.
"""
from __future__ import annotations

import errno
import html
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsflow.localserve import FeedServer
from newsflow.store.db import connection, db_url
from newsflow.store.sql import query

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def feed_server(port: int) -> FeedServer:
    """The sample-feed server on ``port``, or on any free port when another program holds it
    (the fixed default keeps feed addresses stable between demo runs, so reruns find no new feeds)."""
    try:
        return FeedServer(SAMPLES / "feeds", port=port)
    except OSError as exc:
        if port == 0 or exc.errno != errno.EADDRINUSE:
            raise
        print(f"demo: port {port} is in use; serving the sample feeds on a free port instead", file=sys.stderr)
        return FeedServer(SAMPLES / "feeds", port=0)


def run_demo(port: int = 8765) -> int:
    with feed_server(port) as server, tempfile.TemporaryDirectory() as tmp:
        feeds_file = Path(tmp) / "feeds.yaml"
        feeds_file.write_text(
            (SAMPLES / "feeds.yaml").read_text(encoding="utf-8").replace("{base}", server.base_url),
            encoding="utf-8",
        )
        env = {**os.environ, "NEWSFLOW_FEEDS_FILE": str(feeds_file), "AIRFLOW_CONN_NEWS_DB": db_url()}
        print(f"serving sample feeds at {server.base_url}/", flush=True)
        ensure_pool(env)
        for dag_id in ("news_ingest", "news_nlp"):
            if not dags_test(dag_id, env):
                print(f"demo: `airflow dags test {dag_id}` failed; see the log above", file=sys.stderr)
                return 1
    print_summary()
    return 0


def ensure_pool(env: dict) -> None:
    """The fetch tasks run in the ``feed_fetch`` pool (the task-level rate limit)."""
    subprocess.run(
        ["airflow", "pools", "set", "feed_fetch", "4", "concurrent feed-fetch batches (per-host limits apply inside)"],
        env=env, check=True, stdout=subprocess.DEVNULL,
    )


def dags_test(dag_id: str, env: dict) -> bool:
    print(f"\n=== airflow dags test {dag_id}", flush=True)
    started = time.monotonic()
    proc = subprocess.run(["airflow", "dags", "test", dag_id], env=env, capture_output=True, text=True)
    log = proc.stdout + proc.stderr
    for line in log.splitlines():
        # Airflow's own log is long; the task outcomes are what a person wants to see.
        if any(marker in line for marker in ("Marking task as", "state=", "ERROR", "Traceback", "Error")):
            print("   ", line.strip()[:240])
    ok = proc.returncode == 0 and "failed" not in _final_state(log)
    print(f"    -> {'ok' if ok else 'FAILED'} in {time.monotonic() - started:.1f}s", flush=True)
    if not ok:
        print(log[-6000:], file=sys.stderr)
    return ok


def _final_state(log: str) -> str:
    lines = [line for line in log.splitlines() if "dag_run" in line.lower() and "state" in line.lower()]
    return lines[-1].lower() if lines else ""


def print_summary() -> None:
    with connection() as conn, conn.cursor() as cur:
        cur.execute(query("demo/totals"))
        names = [d[0] for d in cur.description]
        totals = dict(zip(names, cur.fetchone()))
        print("\n=== newsflow demo: what is in Postgres now")
        print("  " + ", ".join(f"{k}: {v}" for k, v in totals.items()))
        _table(cur, "top entities", "demo/top_entities", ("entity", "label", "mentions", "articles"))
        _table(cur, "events", "demo/recent_events",
               ("type", "trigger", "negated", "actor1", "actor2", "place", "date", "count", "unit", "source"))
        _table(cur, "largest quantities", "demo/quantities", ("surface", "value", "unit", "source"))
        _table(cur, "Swiss normalization (most frequent changes)", "demo/swiss_changes",
               ("kind", "original", "normalized", "times"))


def _cell(value) -> str:
    """A value as the terminal shows it. Surfaces are slices of the stored text as received, feed markup
    included ("1,3&nbsp;Milliarden"); a reader sees them without it ("1,3 Milliarden")."""
    if value is None:
        return ""
    return " ".join(html.unescape(str(value)).split())


def _table(cur, title: str, name: str, headers: tuple[str, ...], limit: int = 12) -> None:
    cur.execute(query(name), {"limit": limit})
    rows = [[_cell(v) for v in row] for row in cur.fetchall()]
    print(f"\n--- {title}")
    if not rows:
        print("  (none)")
        return
    widths = [min(32, max(len(h), *(len(r[i]) for r in rows))) for i, h in enumerate(headers)]
    print("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for row in rows:
        print("  " + "  ".join(v[:w].ljust(w) for v, w in zip(row, widths)))
