"""EXPLAIN ANALYZE of every dashboard query and every documented question over 100,000+ mentions.

Prints a table of planning + execution times (and writes it as JSON to $NEWSFLOW_EXPLAIN_OUT when
set); docs/analytics.md quotes a run. No time limits are asserted: timings belong to bench runs.
"""
from __future__ import annotations

import json
import os
import time

import pytest
from opskit import COUNTRIES, DASHBOARD_WINDOW, NOW, dashboard_queries, docs_queries, grafana_sql

from newsflow.ops.health import refresh_views
from newsflow.ops.seed import seed

ARTICLES = 25_000  # x 5 mentions each (every 20th article has none, 2 % are not analysed)


@pytest.mark.slow
def test_explain_analyze_views_over_100k_mentions(ops_db):
    started = time.perf_counter()
    counts = seed(ops_db, articles=ARTICLES, stories=300, days=30, now=NOW)
    seeded_s = time.perf_counter() - started
    started = time.perf_counter()
    refresh_views(ops_db)
    refresh_s = time.perf_counter() - started
    assert counts.mentions >= 100_000

    queries = [(f"panel: {t}", grafana_sql(sql, *DASHBOARD_WINDOW, COUNTRIES)) for t, sql in dashboard_queries()]
    queries += [(f"question {n}: {q}", sql) for n, (q, sql) in enumerate(docs_queries(), 1)]
    timings = []
    with ops_db.cursor() as cur:
        for name, sql in queries:
            cur.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
            plan = cur.fetchone()[0][0]
            timings.append({"query": name, "planning_ms": round(plan["Planning Time"], 2),
                            "execution_ms": round(plan["Execution Time"], 2), "rows": plan["Plan"]["Actual Rows"]})
    ops_db.rollback()

    lines = [f"seeded {counts.articles} articles, {counts.mentions} mentions, {counts.events} events, "
             f"{counts.stories} stories in {seeded_s:.1f} s; refresh of the materialized views {refresh_s:.2f} s",
             f"{'query':70} {'plan ms':>8} {'exec ms':>9} {'rows':>6}"]
    lines += [f"{t['query'][:70]:70} {t['planning_ms']:8.2f} {t['execution_ms']:9.2f} {t['rows']:6}" for t in timings]
    print("\n" + "\n".join(lines))
    if os.environ.get("NEWSFLOW_EXPLAIN_OUT"):
        with open(os.environ["NEWSFLOW_EXPLAIN_OUT"], "w", encoding="utf-8") as out:
            json.dump({"counts": counts.__dict__, "seed_seconds": round(seeded_s, 2),
                       "refresh_seconds": round(refresh_s, 2), "queries": timings}, out, indent=2, ensure_ascii=False)
    assert len(timings) == len(queries) and all(t["execution_ms"] >= 0 for t in timings)
