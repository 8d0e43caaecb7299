"""Records the text layer hands to the rest of newsflow."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Replacement:
    """One change normalization made: ``original[start:end]`` became ``normalized``.

    Offsets index the ORIGINAL text, so an analyst can see exactly what was changed.
    """

    start: int
    end: int
    original: str
    normalized: str
    kind: str  # sharp_s, number, html, entity, nfc, soft_hyphen, zero_width, space, ...
