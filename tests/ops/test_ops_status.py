"""``newsflow status``: health in the terminal, exit status 1 on errors."""
from __future__ import annotations

import argparse

from newsflow.ops import status


def run_status(pg_url, *extra):
    parser = argparse.ArgumentParser()
    status.add_arguments(parser)
    return status.run(parser.parse_args(["--db", pg_url, *extra]))


def test_status_of_a_healthy_database(seeded_once, pg_url, capsys):
    assert run_status(pg_url) == 0
    out = capsys.readouterr().out
    assert "Zürcher Tagblatt" in out and "news_ingest" in out and "Health" in out
    with seeded_once.cursor() as cur:
        cur.execute("SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL "
                    "GROUP BY story_id HAVING count(DISTINCT source) > 1) AS shared")
        shared = cur.fetchone()[0]
    seeded_once.rollback()  # hold no lock: a later test empties the tables
    assert shared > 0 and f"stories in 2+ outlets {shared}" in out
    assert "ERROR" not in out



def test_status_json(seeded_once, pg_url, capsys):
    import json

    assert run_status(pg_url, "--json", "--backlog-limit", "1") == 1
    state = json.loads(capsys.readouterr().out)
    assert {p["check"] for p in state["problems"] if p["severity"] == "error"} == {"nlp_backlog"}
    assert len(state["sources"]) == 6


def test_table_aligns_columns():
    assert status.table(["a", "bb"], [["xxx", 1]]).splitlines() == ["a    bb", "---  --", "xxx  1"]


# Empties the database: keep it after the tests reading the module's seed.
def test_status_fails_loudly_when_nothing_arrives(ops_db, pg_url, capsys):
    assert run_status(pg_url) == 1
    out = capsys.readouterr().out
    assert "ERROR   no_new_articles: no new article from any feed ever" in out
