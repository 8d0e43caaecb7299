"""The DAGs: they import cleanly and cheaply, and run end to end with real Airflow and Postgres."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAGS = ROOT / "dags"


def test_dagbag_imports_both_dags_without_errors():
    from airflow.models import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}
    assert {"news_ingest", "news_nlp"} <= set(bag.dag_ids)
    ingest = bag.dags["news_ingest"]
    assert ingest.max_active_runs == 1
    assert ingest.get_task("fetch_batch").retries >= 1
    assert ingest.get_task("fetch_batch").retry_exponential_backoff


PARSE_PROBE = r"""
import importlib.util, json, sys, time
import airflow.sdk  # the SDK import is paid once per parser process
heavy = ("spacy", "thinc", "psycopg2", "httpx", "feedparser", "yaml", "newsflow")
before = set(sys.modules)
out = {}
for path in sys.argv[1:]:
    t = time.perf_counter()
    spec = importlib.util.spec_from_file_location("dag_" + str(abs(hash(path))), path)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    out[path] = time.perf_counter() - t
print(json.dumps({"seconds": out, "heavy": sorted(m for m in set(sys.modules) - before if m.split(".")[0] in heavy)}))
"""


def test_dag_files_parse_without_heavy_imports():
    files = sorted(str(p) for p in DAGS.glob("*.py"))
    proc = subprocess.run([sys.executable, "-c", PARSE_PROBE, *files], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert proc.returncode == 0, proc.stderr
    probe = json.loads(proc.stdout.strip().splitlines()[-1])
    # The scheduler re-parses these files all the time: no models, drivers or project code at top level.
    assert probe["heavy"] == []
    print("DAG parse seconds:", probe["seconds"])


@pytest.mark.slow
@pytest.mark.airflow
def test_ingest_then_nlp_end_to_end_and_idempotent(airflow_db, pg_url, db, sample_feeds, monkeypatch):
    from airflow.models import DagBag

    monkeypatch.setenv("AIRFLOW_CONN_NEWS_DB", pg_url)
    monkeypatch.setenv("NEWSFLOW_DB_URL", pg_url)
    monkeypatch.setenv("NEWSFLOW_FEEDS_FILE", str(sample_feeds))
    bag = DagBag(dag_folder=str(DAGS))

    def counts() -> dict[str, int]:
        out = {}
        with db.cursor() as cur:
            for table in ("feeds", "articles", "fetch_log", "entity_mentions", "events", "quantities"):
                cur.execute(f"SELECT count(*) FROM {table}")
                out[table] = cur.fetchone()[0]
        db.commit()
        return out

    run = bag.dags["news_ingest"].test()
    assert run.state == "success", run.state
    after_ingest = counts()
    assert after_ingest["feeds"] >= 4 and after_ingest["articles"] >= 40
    assert after_ingest["fetch_log"] == after_ingest["feeds"]

    run = bag.dags["news_nlp"].test()
    assert run.state == "success", run.state
    after_nlp = counts()
    assert after_nlp["entity_mentions"] > 0 and after_nlp["quantities"] > 0 and after_nlp["events"] > 0

    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM articles WHERE nlp_status = 'pending'")
        assert cur.fetchone()[0] == 0
        # Every stored offset slices the ORIGINAL article text to the stored surface form.
        cur.execute("SELECT count(*) FROM entity_mentions m JOIN articles a ON a.id = m.article_id "
                    "WHERE substr(a.text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.surface")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM quantities q JOIN articles a ON a.id = q.article_id "
                    "WHERE substr(a.text, q.start_offset + 1, q.end_offset - q.start_offset) <> q.surface")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                    "WHERE substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger")
        assert cur.fetchone()[0] == 0
        # Operators see the runs: one row per DAG run with its stages' counts.
        cur.execute("SELECT dag_id, new_articles, entities, events, stage_seconds FROM pipeline_runs ORDER BY dag_id")
        runs = cur.fetchall()
        assert [r[0] for r in runs] == ["news_ingest", "news_nlp"]
        assert runs[0][1] == after_ingest["articles"]
        assert runs[1][2] == after_nlp["entity_mentions"] and runs[1][3] == after_nlp["events"]
        assert "process_articles" in runs[1][4] and any(s.startswith("fetch_batch") for s in runs[0][4])
        # ... and the analysts' materialized views were refreshed by the run.
        cur.execute("SELECT sum(mentions) FROM analytics.entity_mentions_daily")
        assert cur.fetchone()[0] == after_nlp["entity_mentions"]
    db.commit()

    # A second pass of both DAGs finds nothing new and changes nothing. Make every feed due
    # again (the schedule would wait), so the pass really asks the server (conditional GET).
    with db.cursor() as cur:
        cur.execute("UPDATE feeds SET next_check_at = now() - interval '1 minute'")
    db.commit()
    assert bag.dags["news_ingest"].test().state == "success"
    assert bag.dags["news_nlp"].test().state == "success"
    again = counts()
    assert {k: v for k, v in again.items() if k != "fetch_log"} == {
        k: v for k, v in after_nlp.items() if k != "fetch_log"}
    assert again["fetch_log"] == 2 * after_ingest["feeds"]
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM fetch_log WHERE new_entries > 0 AND run_id <> "
                    "(SELECT min(run_id) FROM fetch_log)")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM fetch_log WHERE not_modified")
        assert cur.fetchone()[0] == after_ingest["feeds"]  # the server answered 304 to every feed
