"""How the event stage scales on one run-on sentence (a feed that lost its full stops) and on one long document.

The same clause is repeated into one sentence of 200 and of 800 clauses, and the same sentence into a
document of 1,000 and 4,000 sentences; the NER docs are made once, then only ``find_quantities`` +
``extract_events`` are timed. Linear work reads 4.0x for 4x the size; the printed ratios are measured in
this run (no absolute speed claims).

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
SENTENCE = "Die Polizei hat am Montag in Bern drei Männer festgenommen. "


def _event_stage_seconds(nlp, text: str) -> tuple[float, int]:
    from newsflow.nlp.canonical import canonicalize
    from newsflow.nlp.events import extract_events
    from newsflow.nlp.pipeline import _mentions
    from newsflow.nlp.quantities import find_quantities

    doc = nlp(text)
    mentions = list(canonicalize(_mentions(doc, text), text=text))
    start = time.perf_counter()
    events = extract_events(doc, mentions, find_quantities(text), date(2026, 12, 1), text)
    return time.perf_counter() - start, len(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=800)
    parser.add_argument("--sentences", type=int, default=1000, help="the shorter document; the longer has 4x")
    args = parser.parse_args()
    from newsflow.nlp.model import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, len(SENTENCE) * args.sentences * 4 + 1)
    for what, small_text, large_text in (
            ("clauses in one sentence", ", ".join([CLAUSE] * args.small) + ".", ", ".join([CLAUSE] * args.large) + "."),
            ("sentences in one document", SENTENCE * args.sentences, SENTENCE * args.sentences * 4)):
        small, n_small = _event_stage_seconds(nlp, small_text)
        large, n_large = _event_stage_seconds(nlp, large_text)
        factor = n_large / n_small
        print(f"{what}: {n_small} events in {small:.2f} s, {n_large} in {large:.2f} s; time ratio "
              f"{large / small:.1f}x for {factor:.1f}x the size (linear: {factor:.1f}x, quadratic: {factor ** 2:.1f}x)")


if __name__ == "__main__":
    main()
