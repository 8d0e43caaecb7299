"""Edits on a text and the offset map from the edited text back to its source.

A map is a list of pieces covering the edited text.  An *identity* piece is text copied unchanged
(offsets shift one to one); an *atomic* piece is the output of an edit and maps as a whole onto the
source span it replaced, so a span never ends inside a replaced word, number or HTML tag.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, NamedTuple


class Edit(NamedTuple):  # a NamedTuple: thousands are made per article, and cheaply
    """``text[start:end]`` becomes ``new`` (``start < end``; deletion when ``new`` is empty)."""

    start: int
    end: int
    new: str
    kind: str


class Piece(NamedTuple):
    start: int  # in the edited text
    end: int
    src_start: int
    src_end: int
    atomic: bool


class OffsetMap:
    def __init__(self, pieces: Iterable[Piece], length: int, src_length: int):
        self.pieces = tuple(pieces)
        self.length = length
        self.src_length = src_length
        self._starts = [p.start for p in self.pieces]

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        pieces = [Piece(0, length, 0, length, False)] if length else []
        return cls(pieces, length, length)

    def _piece_at(self, pos: int) -> Piece:
        return self.pieces[bisect_right(self._starts, pos) - 1]

    def _src_start(self, pos: int) -> int:
        piece = self._piece_at(pos)
        return piece.src_start if piece.atomic else piece.src_start + pos - piece.start

    def _src_end(self, pos: int) -> int:
        """Source end of the character at ``pos`` (exclusive)."""
        piece = self._piece_at(pos)
        return piece.src_end if piece.atomic else piece.src_start + pos - piece.start + 1

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of the edited text onto the source text."""
        start = min(max(start, 0), self.length)
        end = min(max(end, start), self.length)
        if start < end:
            return self._src_start(start), self._src_end(end - 1)
        if start < self.length:
            pos = self._src_start(start)
        elif self.pieces:
            pos = self.pieces[-1].src_end
        else:
            pos = self.src_length
        return pos, pos

    def then(self, inner: "OffsetMap") -> "OffsetMap":
        """Compose: ``self`` maps text2 -> text1 and ``inner`` maps text1 -> source."""
        pieces: list[Piece] = []
        for piece in self.pieces:
            if piece.atomic:
                src = inner.to_source(piece.src_start, piece.src_end)
                pieces.append(Piece(piece.start, piece.end, src[0], src[1], True))
                continue
            shift = piece.start - piece.src_start
            pos = piece.src_start
            while pos < piece.src_end:
                ip = inner._piece_at(pos)
                stop = min(ip.end, piece.src_end)
                if ip.atomic:
                    pieces.append(Piece(pos + shift, stop + shift, ip.src_start, ip.src_end, True))
                else:
                    off = ip.src_start - ip.start
                    pieces.append(Piece(pos + shift, stop + shift, pos + off, stop + off, False))
                pos = stop
        return OffsetMap(pieces, self.length, inner.src_length)


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map back to ``text``."""
    out: list[str] = []
    pieces: list[Piece] = []
    pos = 0  # in text
    length = 0  # of the output so far
    for edit in edits:
        if edit.start > pos:
            out.append(text[pos:edit.start])
            pieces.append(Piece(length, length + edit.start - pos, pos, edit.start, False))
            length += edit.start - pos
        if edit.new:
            out.append(edit.new)
            pieces.append(Piece(length, length + len(edit.new), edit.start, edit.end, True))
            length += len(edit.new)
        pos = edit.end
    if pos < len(text):
        out.append(text[pos:])
        pieces.append(Piece(length, length + len(text) - pos, pos, len(text), False))
        length += len(text) - pos
    return "".join(out), OffsetMap(pieces, length, len(text))
