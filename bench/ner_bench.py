"""Throughput of the NER stage (load_pipeline + nlp.pipe + canonicalize) vs a bare nlp.pipe.

Texts: GermEval 2014 dev sentences (../shared/data/germeval2014/NER-de-dev.tsv), re-joined
into pseudo-articles of 10 sentences. Both variants run over the same texts in one process;
the printed ratio compares them within this run (no absolute speed claims).

    .venv/bin/python bench/ner_bench.py [--model NAME_OR_PATH] [--repeat 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from newsflow.nlp.canonical import canonicalize  # noqa: E402
from newsflow.nlp.germeval import read_germeval  # noqa: E402
from newsflow.nlp.model import SHARED_DATA_DIR, load_pipeline, model_info  # noqa: E402
from newsflow.nlp.ner_train import guess_spaces  # noqa: E402
from newsflow.nlp.records import Mention  # noqa: E402


def articles(path: Path, per_article: int = 10) -> list[str]:
    sentences = read_germeval(path)
    texts = []
    for i in range(0, len(sentences), per_article):
        parts = []
        for s in sentences[i:i + per_article]:
            parts.append("".join(t + (" " if sp else "") for t, sp in zip(s.tokens, guess_spaces(s.tokens))))
        texts.append(" ".join(parts))
    return texts


def ner_stage(texts: list[str], model: str | None) -> int:
    nlp = load_pipeline(model)
    words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        words += len(doc)
        canonicalize([Mention(e.text, e.label_, e.start_char, e.end_char, "") for e in doc.ents])
    return words


def bare(nlp, texts: list[str]) -> int:
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--data", type=Path, default=SHARED_DATA_DIR / "germeval2014" / "NER-de-dev.tsv")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    texts = articles(args.data)
    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
    load_s = time.perf_counter() - t0
    info = model_info(nlp)
    print(f"model {info.name} {info.version}, pipes {nlp.pipe_names}, first load {load_s:.2f}s, {len(texts)} texts")
    best = {"bare": 0.0, "stage": 0.0}
    for _ in range(args.repeat):  # alternate so both see the same machine load
        t = time.perf_counter()
        w = bare(nlp, texts)
        best["bare"] = max(best["bare"], w / (time.perf_counter() - t))
        t = time.perf_counter()
        w = ner_stage(texts, args.model)
        best["stage"] = max(best["stage"], w / (time.perf_counter() - t))
    print(f"bare nlp.pipe:                       {best['bare']:9.0f} words/s")
    print(f"NER stage (load_pipeline+canonical): {best['stage']:9.0f} words/s")
    print(f"ratio stage/bare: {best['stage'] / best['bare']:.3f} ({w} words per pass, best of {args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
