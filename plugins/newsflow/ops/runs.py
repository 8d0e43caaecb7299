"""Recording DAG runs in ``pipeline_runs``: one row per run, one entry per stage.

A stage recorded twice (a retried task, a re-run) replaces its earlier entry, so
the run's totals never count a stage twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Mapping, Sequence

from psycopg2.extras import Json

from newsflow.store.sql import query

MAX_ERRORS_PER_STAGE = 50  # a feed storm must not bloat the row; the count says how many there were
MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class RunTotals:
    counts: dict[str, int]
    stage_seconds: dict[str, float]
    seconds: float
    errors: list[str]


def stage_entry(counts: Mapping[str, int], seconds: float, errors: Sequence[str], recorded_at: datetime) -> dict:
    """The JSON kept for one stage."""
    kept = [str(e)[:MAX_ERROR_CHARS] for e in errors[:MAX_ERRORS_PER_STAGE]]
    if len(errors) > MAX_ERRORS_PER_STAGE:
        kept.append(f"... and {len(errors) - MAX_ERRORS_PER_STAGE} more")
    return {
        "counts": {str(k): int(v) for k, v in counts.items()},
        "seconds": round(float(seconds), 3),
        "errors": kept,
        "recorded_at": recorded_at.isoformat(),
    }


def merge_stage(stages: Mapping[str, dict], stage: str, entry: dict) -> dict[str, dict]:
    """``stages`` with ``stage`` set to ``entry`` (replacing any earlier recording of it)."""
    merged = dict(stages)
    merged[stage] = entry
    return merged


def totals(stages: Mapping[str, dict]) -> RunTotals:
    """Counters summed over the stages, durations per stage, all errors prefixed with their stage."""
    counts: dict[str, int] = {}
    stage_seconds: dict[str, float] = {}
    errors: list[str] = []
    for name in sorted(stages):
        entry = stages[name]
        for key, value in entry.get("counts", {}).items():
            counts[key] = counts.get(key, 0) + int(value)
        stage_seconds[name] = float(entry.get("seconds", 0.0))
        errors.extend(f"{name}: {e}" for e in entry.get("errors", ()))
    return RunTotals(counts, stage_seconds, round(sum(stage_seconds.values()), 3), errors)


def record_run(
    conn,
    *,
    dag_id: str,
    run_id: str,
    stage: str,
    counts: Mapping[str, int],
    seconds: float,
    errors: Sequence[str] = (),
) -> None:
    """Upsert this stage of a DAG run into ``pipeline_runs`` and commit."""
    keys = {"dag_id": dag_id, "run_id": run_id}
    entry = stage_entry(counts, seconds, list(errors), datetime.now(timezone.utc))
    with conn.cursor() as cur:
        cur.execute(query("ops/run_lock"), keys)
        (stages,) = cur.fetchone()
        merged = merge_stage(stages or {}, stage, entry)
        summed = totals(merged)
        cur.execute(query("ops/run_update"), {
            **keys,
            "stages": Json(merged),
            "counts": Json(summed.counts),
            "stage_seconds": Json(summed.stage_seconds),
            "seconds": summed.seconds,
            "errors": summed.errors,
        })
    conn.commit()
