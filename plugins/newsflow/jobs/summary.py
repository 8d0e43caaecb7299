"""Folding per-batch results into one run summary."""
from __future__ import annotations

from typing import Iterable, Mapping


def summarize_ingest(results: Iterable[Mapping]) -> dict[str, int]:
    """Sum the integer counters of the fetch batches (feeds_ok, new_articles, ...)."""
    totals: dict[str, int] = {"batches": 0}
    for result in results:
        totals["batches"] += 1
        for key, value in result.items():
            if isinstance(value, int) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value
    return totals
