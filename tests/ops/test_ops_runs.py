"""pipeline_runs: one row per DAG run, stages merged, re-recording a stage never double-counts."""
from __future__ import annotations

from datetime import datetime, timezone

from newsflow.ops.runs import merge_stage, record_run, stage_entry, totals

T = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_totals_sum_counters_over_stages_and_prefix_errors():
    stages = merge_stage({}, "fetch", stage_entry({"feeds_ok": 3, "new_articles": 7}, 2.5, ["feed x: 503"], T))
    stages = merge_stage(stages, "summarize", stage_entry({"new_articles": 1}, 0.25, [], T))
    result = totals(stages)
    assert result.counts == {"feeds_ok": 3, "new_articles": 8}
    assert result.stage_seconds == {"fetch": 2.5, "summarize": 0.25}
    assert result.seconds == 2.75
    assert result.errors == ["fetch: feed x: 503"]


def test_replacing_a_stage_replaces_its_counts():
    first = merge_stage({}, "fetch", stage_entry({"new_articles": 7}, 1, [], T))
    again = merge_stage(first, "fetch", stage_entry({"new_articles": 5}, 2, [], T))
    assert totals(again).counts == {"new_articles": 5}


def test_long_error_lists_are_capped_but_counted():
    entry = stage_entry({}, 0, [f"e{n}" for n in range(60)], T)
    assert len(entry["errors"]) == 51 and entry["errors"][-1] == "... and 10 more"


def test_record_run_is_one_row_per_run_and_idempotent_per_stage(ops_db):
    ingest = dict(dag_id="news_ingest", run_id="scheduled__2026-01-01T00:10:00+00:00")
    record_run(ops_db, **ingest, stage="fetch", counts={"feeds_ok": 4, "feeds_failed": 1, "new_articles": 9,
                                                        "duplicates": 30}, seconds=3.2, errors=["Alpenpost: 503"])
    record_run(ops_db, **ingest, stage="fetch", counts={"feeds_ok": 4, "feeds_failed": 1, "new_articles": 9,
                                                        "duplicates": 30}, seconds=3.4, errors=["Alpenpost: 503"])
    record_run(ops_db, **ingest, stage="sync_feeds", counts={"feeds": 5}, seconds=0.5)
    record_run(ops_db, dag_id="news_nlp", run_id="x", stage="process_articles",
               counts={"entities": 40, "events": 3}, seconds=7)
    with ops_db.cursor() as cur:
        cur.execute("SELECT dag_id, feeds_ok, feeds_failed, new_articles, duplicates, entities, events, seconds, "
                    "error_count, errors, stage_seconds FROM pipeline_runs ORDER BY dag_id")
        rows = cur.fetchall()
    assert rows == [
        ("news_ingest", 4, 1, 9, 30, None, None, 3.9, 1, ["fetch: Alpenpost: 503"], {"fetch": 3.4, "sync_feeds": 0.5}),
        ("news_nlp", None, None, None, None, 40, 3, 7.0, 0, [], {"process_articles": 7.0}),
    ]
