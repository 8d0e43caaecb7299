"""A stand-in for the news_nlp task, run as its own process so a test can SIGKILL it.

    python load_worker.py DB_URL BATCH_SIZE PAUSE_AT_BATCH

Loads the gold extractions of every pending synthetic article with the production
load path; in batch PAUSE_AT_BATCH it prints MID-TRANSACTION after the mentions
and quantities are written and sleeps, so the kill lands inside that transaction.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from durakit import gold_pairs  # noqa: E402

from newsflow.jobs.nlp import load_extractions  # noqa: E402
from newsflow.store import bulk  # noqa: E402
from newsflow.store.db import connect  # noqa: E402


def main(url: str, batch_size: int, pause_at: int) -> None:
    copy, seen = bulk._copy, []

    def copy_then_pause(cur, name, rows):
        copy(cur, name, rows)
        if name == "nlp/copy_quantities":
            seen.append(name)
            if len(seen) == pause_at:
                print("MID-TRANSACTION", flush=True)
                time.sleep(120)

    bulk._copy = copy_then_pause
    conn = connect(url)
    result = load_extractions(conn, gold_pairs(conn), batch_size=batch_size)
    print(f"DONE {result.articles}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
