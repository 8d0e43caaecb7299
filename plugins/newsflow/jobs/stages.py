"""Run one stage of a DAG run and record it in ``pipeline_runs`` (counts, duration, errors)."""
from __future__ import annotations

import time
from typing import Any, Callable, TypeVar

from newsflow.ops.runs import record_run

T = TypeVar("T")


def counters(result: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in result.items() if isinstance(v, int) and not isinstance(v, bool)}


def errors_of(result: dict[str, Any]) -> list[str]:
    """Errors a stage reports: its own list, and those of the feeds it fetched."""
    found = [str(e) for e in result.get("errors") or ()]
    found += [f"{f.get('url')}: {f['error']}" for f in result.get("feeds") or () if f.get("error")]
    return found


def recorded_stage(conn, *, dag_id: str, run_id: str, stage: str, work: Callable[[], T]) -> T:
    """``work()``, recorded as ``stage`` of the run; a failure is recorded too, then re-raised."""
    started = time.monotonic()
    try:
        result = work()
    except Exception as exc:
        conn.rollback()
        record_run(conn, dag_id=dag_id, run_id=run_id, stage=stage, counts={},
                   seconds=time.monotonic() - started, errors=[f"{type(exc).__name__}: {exc}"])
        raise
    as_dict = result.to_dict() if hasattr(result, "to_dict") else result
    record_run(conn, dag_id=dag_id, run_id=run_id, stage=stage, counts=counters(as_dict),
               seconds=time.monotonic() - started, errors=errors_of(as_dict))
    return result


def stage_name(task_id: str, map_index: int | None) -> str:
    return task_id if map_index is None or map_index < 0 else f"{task_id}[{map_index}]"
