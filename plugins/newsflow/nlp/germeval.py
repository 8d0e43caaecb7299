"""Read GermEval 2014 NER files and map their tags onto newsflow's four labels.

Format: ``index<TAB>token<TAB>outer<TAB>inner`` per line, blank line between
sentences, optional ``#`` comment lines (source URL) before a sentence.

Label policy (documented in models/de_newsflow_ner/MODEL_CARD.md):
* PER, LOC, ORG kept; OTH -> MISC.
* ``*deriv`` (``deutschen`` = LOCderiv) and ``*part`` (``EU-Kommission`` = ORGpart)
  become O: they are not entity names, and canonical.py links compound parts by rule.
* Only the outer level is used; the inner (nested) level is ignored.

Pure functions only; no spaCy import here so the CLI stays cheap to import.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["Sentence", "read_germeval", "parse_germeval", "map_tag", "bio_to_spans", "LABELS"]

LABELS = ("PER", "LOC", "ORG", "MISC")
_BASE = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over LABELS, already mapped


def map_tag(tag: str) -> str:
    """GermEval tag -> BIO tag over LABELS (``B-OTH``->``B-MISC``, ``B-LOCderiv``->``O``)."""
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    label = _BASE.get(kind)  # deriv/part variants are not in _BASE -> O
    if label is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def _repair_bio(tags: list[str]) -> list[str]:
    # An I- after O or after another label (left by dropping deriv/part) starts a new span.
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def parse_germeval(lines: Iterable[str]) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("#") and not tokens:
            continue
        if not line.strip():
            if tokens:
                yield Sentence(tuple(tokens), tuple(_repair_bio(tags)))
            tokens, tags = [], []
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"not a GermEval line: {line!r}")
        tokens.append(fields[1])
        tags.append(map_tag(fields[2]))
    if tokens:
        yield Sentence(tuple(tokens), tuple(_repair_bio(tags)))


def read_germeval(path: str | Path) -> list[Sentence]:
    with open(path, encoding="utf-8") as fh:
        return list(parse_germeval(fh))


def bio_to_spans(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Token spans (start, end_exclusive, label) from BIO tags; stray I- starts a span."""
    spans: set[tuple[int, int, str]] = set()
    start, label = None, None
    tags = list(tags)
    for i, tag in enumerate(tags + ["O"]):
        continues = tag.startswith("I-") and label == tag[2:]
        if start is not None and not continues:
            spans.add((start, i, label))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and not continues):
            start, label = i, tag[2:]
    return spans
