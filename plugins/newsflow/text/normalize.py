"""Normalize an article's text to standard German and keep a map back to the original.

Steps, each an offset-mapped stage: feed markup (tags, entities, soft hyphens, zero-width
characters, no-break spaces) until nothing changes, Unicode NFC, and for Swiss text only:
ß restoration (``Strasse`` -> ``Straße``) and Swiss numbers (``45'000`` -> ``45.000``), never inside an
address or identifier (``text/protected.py``: URLs, e-mail addresses, handles, words glued to digits).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsflow.text.detect import is_swiss
from newsflow.text.markup import markup_edits, nfc_edits
from newsflow.text.numbers import swiss_number_edits
from newsflow.text.offsets import Edit, OffsetMap, apply_edits
from newsflow.text.protected import outside_protected
from newsflow.text.records import Replacement
from newsflow.text.sharp_s import restore_sharp_s

__all__ = ["Normalized", "normalize"]

MAX_MARKUP_PASSES = 20  # "&lt;b&gt;" needs two passes; only crafted input needs more


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str  # the normalized text
    replacements: tuple[Replacement, ...]  # offsets into ORIGINAL
    swiss: bool  # whether Swiss rules were applied
    offsets: OffsetMap = field(repr=False, compare=False, default=None)  # type: ignore[assignment]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to the original text.

        ``original[s:e]`` is the original surface form of ``text[start:end]``: "Straße" maps to
        "Strasse", "45.000" to "45'000", and a span never ends inside an HTML tag or entity.
        """
        if self.offsets is None:
            return start, end
        return self.offsets.to_source(start, end)


class _Pipeline:
    """Runs stages, composing their offset maps and recording replacements against the original."""

    def __init__(self, original: str):
        self.original = original
        self.text = original
        self.map = OffsetMap.identity(len(original))
        self.replacements: list[Replacement] = []

    def apply(self, edits: list[Edit]) -> bool:
        if not edits:
            return False
        for edit in edits:
            start, end = self.map.to_source(edit.start, edit.end)
            self.replacements.append(Replacement(start, end, self.original[start:end], edit.new, edit.kind))
        self.text, stage_map = apply_edits(self.text, edits)
        self.map = stage_map.then(self.map)
        return True


def normalize(text: str, country: str | None = None) -> Normalized:
    """Normalize ``text`` (title + "\\n\\n" + summary, as stored from the feed).

    ``country`` is the feed's country ('de', 'at', 'ch', 'li') or None to decide from the text.
    """
    text = text if isinstance(text, str) else str(text)
    pipeline = _Pipeline(text)
    for _ in range(MAX_MARKUP_PASSES):
        if not pipeline.apply(markup_edits(pipeline.text)):
            break
    pipeline.apply(nfc_edits(pipeline.text))
    swiss = is_swiss(pipeline.text, country)
    if swiss:
        edits = restore_sharp_s(pipeline.text) + swiss_number_edits(pipeline.text)
        pipeline.apply(sorted(outside_protected(pipeline.text, edits), key=lambda e: e.start))
    replacements = tuple(sorted(pipeline.replacements, key=lambda r: (r.start, r.end)))
    return Normalized(text, pipeline.text, replacements, swiss, pipeline.map)
