"""Which characters of a text lie inside spans already taken, for overlap tests in constant time.

Testing each new span against every span kept costs quadratic time, and long documents have thousands of
quantities, dates and names (a price table, a run-on sentence, an article pasted into one feed item).
"""
from __future__ import annotations

__all__ = ["CharMap"]


class CharMap:
    """One byte per character of a text: 1 where a span added covers it."""

    def __init__(self, size: int) -> None:
        self._chars = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._chars[start:end] = b"\x01" * (end - start)

    def at(self, pos: int) -> bool:
        """``pos`` lies inside a span added."""
        return 0 <= pos < len(self._chars) and self._chars[pos] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Some character of [start, end) lies inside a span added."""
        return self._chars.find(1, start, end) != -1
