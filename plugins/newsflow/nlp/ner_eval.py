"""``newsflow eval-ner FILE.tsv``: strict span P/R/F of a pipeline on a GermEval-format file.

Metric: outer level only, labels PER/LOC/ORG/MISC (OTH->MISC), ``*deriv``/``*part`` gold
tags dropped to O (see germeval.py). A predicted span counts only if start, end and label
all match (CoNLL-style exact match). Gold tokenization is used, so tokenizer differences
do not count against the model. spaCy is imported inside run().
"""
from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from newsflow.nlp.germeval import LABELS, Sentence, bio_to_spans, read_germeval

__all__ = ["add_arguments", "run", "PRF", "score_spans", "predict_spans", "format_report"]

Span = tuple[int, int, str]


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_spans(gold: Sequence[set[Span]], pred: Sequence[set[Span]]) -> dict[str, PRF]:
    """Per-label and overall (key ``ALL``) counts; gold[i]/pred[i] are spans of sentence i."""
    counts = {label: [0, 0, 0] for label in (*LABELS, "ALL")}
    for g, p in zip(gold, pred, strict=True):
        for span in p:
            hit = 0 if span in g else 1
            for key in (span[2], "ALL"):
                counts.setdefault(key, [0, 0, 0])
                counts[key][hit] += 1  # index 0 = tp, 1 = fp
        for span in g - p:
            for key in (span[2], "ALL"):
                counts[key][2] += 1
    return {k: PRF(*v) for k, v in counts.items()}


def predict_spans(nlp, sentences: Iterable[Sentence], batch_size: int = 256) -> list[set[Span]]:
    """Run ``nlp`` over gold-tokenized Docs; returns token spans per sentence."""
    from spacy.tokens import Doc

    from newsflow.nlp.ner_train import guess_spaces

    docs = (Doc(nlp.vocab, words=list(s.tokens), spaces=guess_spaces(s.tokens)) for s in sentences)
    out = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        out.append({(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS})
    return out


def format_report(scores: dict[str, PRF]) -> str:
    lines = [f"{'label':<6}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for label in (*LABELS, "ALL"):
        s = scores[label]
        lines.append(f"{label:<6}{s.precision:8.4f}{s.recall:8.4f}{s.f1:8.4f}{s.tp + s.fn:7d}{s.tp + s.fp:7d}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="GermEval-format TSV (e.g. ../shared/data/germeval2014/NER-de-dev.tsv)")
    parser.add_argument("--model", default=None, help="spaCy package name or path (default: NEWSFLOW_SPACY_MODEL or bundled)")


def run(args: argparse.Namespace) -> int:
    from newsflow.nlp.model import load_pipeline, model_info

    if not args.file.exists():
        print(f"file not found: {args.file}")
        return 2
    sentences = read_germeval(args.file)
    nlp = load_pipeline(args.model)
    t0 = time.perf_counter()
    pred = predict_spans(nlp, sentences)
    secs = time.perf_counter() - t0
    scores = score_spans([bio_to_spans(s.tags) for s in sentences], pred)
    info = model_info(nlp)
    words = sum(len(s.tokens) for s in sentences)
    print(f"model {info.name} {info.version} on {args.file.name}: {len(sentences)} sentences, {words} tokens, "
          f"{words / secs:.0f} words/s")
    print("strict span match, outer level, deriv/part -> O")
    print(format_report(scores))
    return 0
