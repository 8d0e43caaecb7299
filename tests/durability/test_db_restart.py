"""PostgreSQL goes down in the middle of a load: nothing half-written, and a retry completes the work."""
from __future__ import annotations

import threading

import psycopg2
import pytest
from durakit import assert_all_or_nothing, gold_pairs, synthetic_queue

from newsflow.jobs.nlp import load_extractions
from newsflow.store import bulk
from newsflow.store.db import connect

N = 400
BATCH = 20


@pytest.mark.parametrize("mode", ["immediate", "fast"])
def test_server_restart_mid_transaction(throwaway_pg, throwaway_db, monkeypatch, mode):
    setup = connect(throwaway_db)
    want = synthetic_queue(setup, N)
    setup.close()

    # Hold the 4th batch's transaction open after its mentions and quantities were COPYed,
    # so the server dies with half an article batch written (deterministically mid-load).
    in_transaction, server_down = threading.Event(), threading.Event()
    copy, batches_seen = bulk._copy, []

    def copy_then_wait(cur, name, rows):
        copy(cur, name, rows)
        if name == "nlp/copy_quantities":
            batches_seen.append(name)
            if len(batches_seen) == 4:
                in_transaction.set()
                server_down.wait(60)

    monkeypatch.setattr(bulk, "_copy", copy_then_wait)
    outcome: dict = {}

    def loader():
        conn = connect(throwaway_db)
        try:
            load_extractions(conn, gold_pairs(conn), batch_size=BATCH)
        except Exception as exc:  # what the task would die of (Airflow then retries it)
            outcome["error"] = exc
        finally:
            conn.close()

    thread = threading.Thread(target=loader, daemon=True)
    thread.start()
    assert in_transaction.wait(60), "the loader never reached its 4th batch"
    throwaway_pg.stop(mode)
    server_down.set()
    thread.join(60)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), psycopg2.Error), outcome

    throwaway_pg.start()
    monkeypatch.setattr(bulk, "_copy", copy)
    conn = connect(throwaway_db)
    try:
        done = assert_all_or_nothing(conn, want)
        assert len(done) == 3 * BATCH  # the three committed batches survived, the 4th left no trace
        result = load_extractions(conn, gold_pairs(conn), batch_size=BATCH)  # the retry
        assert (result.articles, result.failed) == (N - 3 * BATCH, 0)
        assert assert_all_or_nothing(conn, want) == set(want)
    finally:
        conn.close()
