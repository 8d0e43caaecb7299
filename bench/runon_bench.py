"""How the event stage scales on one run-on sentence (a feed that lost its full stops).

The same clause is repeated into one sentence of 200 and of 800 clauses; the NER docs are made once,
then only ``find_quantities`` + ``extract_events`` are timed. Linear work reads 4.0x for 4x the
clauses; the printed ratio is measured in this run (no absolute speed claims).

    nice .venv/bin/python bench/runon_bench.py [--small 200] [--large 800]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

CLAUSE = "die Polizei nahm in Bern drei Männer fest"


def _event_stage_seconds(nlp, clauses: int) -> tuple[float, int]:
    from newsflow.nlp.canonical import canonicalize
    from newsflow.nlp.events import extract_events
    from newsflow.nlp.pipeline import _mentions
    from newsflow.nlp.quantities import find_quantities

    text = ", ".join([CLAUSE] * clauses) + "."
    doc = nlp(text)
    mentions = list(canonicalize(_mentions(doc, text), text=text))
    start = time.perf_counter()
    events = extract_events(doc, mentions, find_quantities(text), date(2026, 12, 1), text)
    return time.perf_counter() - start, len(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=800)
    args = parser.parse_args()
    from newsflow.nlp.model import load_pipeline

    nlp = load_pipeline()
    small, n_small = _event_stage_seconds(nlp, args.small)
    large, n_large = _event_stage_seconds(nlp, args.large)
    print(f"{args.small} clauses: {small:.2f} s ({n_small} events); {args.large} clauses: {large:.2f} s ({n_large} events)")
    print(f"time ratio {large / small:.1f}x for {args.large / args.small:.1f}x the clauses "
          f"(linear: {args.large / args.small:.1f}x, quadratic: {(args.large / args.small) ** 2:.1f}x)")


if __name__ == "__main__":
    main()
