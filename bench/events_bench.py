"""Throughput of the event stage (quantities + extract_events) vs the NER stage alone, in articles/s.

Texts: the synthetic articles of bench/synth.py (own templates, de/at/ch) plus the
event gold paragraphs (eval/events/*.yaml). Each pass first runs the NER stage
(normalize → nlp.pipe → canonicalize) and keeps the docs, then runs the event stage
on those docs, so both are timed in the same process on the same texts; the printed
ratio compares them within this run (no absolute speed claims).

    nice .venv/bin/python bench/events_bench.py [--articles 300] [--repeat 2] [--model NAME]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402
from newsflow.nlp.canonical import canonicalize  # noqa: E402
from newsflow.nlp.events import extract_events  # noqa: E402
from newsflow.nlp.events_eval import GOLD_PATH, load_gold  # noqa: E402
from newsflow.nlp.model import load_pipeline, model_info  # noqa: E402
from newsflow.nlp.pipeline import _mentions  # noqa: E402
from newsflow.nlp.quantities import find_quantities  # noqa: E402
from newsflow.text.normalize import normalize  # noqa: E402


def corpus(n: int) -> list[tuple[str, str, object]]:
    items = [(a.text, a.country, a.published) for a in synth.articles(n)]
    for path in sorted(GOLD_PATH.parent.glob("*.yaml")):
        items += [(g.text, g.country, g.published) for g in load_gold(path)]
    return items


def ner_stage(nlp, items):
    texts = [normalize(text, country).text for text, country, _ in items]
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        out.append((doc, canonicalize(_mentions(doc, doc.text))))
    return out


def event_stage(analysed, items) -> int:
    found = 0
    for (doc, mentions), (_, _, published) in zip(analysed, items):
        found += len(extract_events(doc, mentions, find_quantities(doc.text), published))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="synthetic articles (default 300)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    items = corpus(args.articles)
    nlp = load_pipeline(args.model)
    info = model_info(nlp)
    words = sum(len(t.split()) for t, _, _ in items)
    print(f"model {info.name} {info.version}, pipes {nlp.pipe_names}; {len(items)} articles, {words} words")
    best = {"ner": 0.0, "events": 0.0}
    events = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        analysed = ner_stage(nlp, items)
        best["ner"] = max(best["ner"], len(items) / (time.perf_counter() - t))
        t = time.perf_counter()
        events = event_stage(analysed, items)
        best["events"] = max(best["events"], len(items) / (time.perf_counter() - t))
    both = 1 / (1 / best["ner"] + 1 / best["events"])
    print(f"NER stage (normalize + nlp.pipe + canonicalize): {best['ner']:8.1f} articles/s")
    print(f"event stage (quantities + extract_events):       {best['events']:8.1f} articles/s ({events} events)")
    print(f"NER + events:                                    {both:8.1f} articles/s")
    print(f"ratio events/NER: {best['events'] / best['ner']:.2f} (event stage adds {100 * best['ner'] / best['events']:.0f}% "
          f"to the NER stage's time; best of {args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
