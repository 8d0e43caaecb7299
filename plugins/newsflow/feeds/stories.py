"""Near-duplicate wire stories across outlets: MinHash over word shingles, LSH to find candidates.

Spelling is folded before shingling so Swiss and German copies of one dpa/SDA text match:
``Strasse``/``Straße`` -> ``strasse``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsflow.feeds.language import plain

NUM_PERM = 128
# Stored signatures must be read back with the scheme that made them (datasketch >= 2.0 asks for it).
SCHEME = "affine32"
# Word bigrams: a wire copy with a few edited phrases keeps ~0.6-0.7 of them, unrelated news ~0.05.
SHINGLE = 2
THRESHOLD = 0.5  # estimated Jaccard needed to join a story
LSH_THRESHOLD = 0.35  # candidates are fetched generously, then checked against THRESHOLD
MIN_WORDS = 8  # fewer words than this: too little text to call two articles the same story
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(plain(text).casefold().replace("ß", "ss"))


def signature(text: str) -> MinHash | None:
    toks = words(text)
    if len(toks) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([" ".join(toks[i:i + SHINGLE]).encode("utf-8") for i in range(len(toks) - SHINGLE + 1)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return mh.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(bytes(data), dtype=np.uint64), scheme=SCHEME)


@dataclass
class StoryIndex:
    """Recent signatures in memory; ``match`` gives the story of the most similar earlier article."""

    threshold: float = THRESHOLD

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._items: dict[int, tuple[int, MinHash]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def add(self, article_id: int, story_id: int, mh: MinHash) -> None:
        if article_id in self._items:
            return
        self._lsh.insert(article_id, mh)
        self._items[article_id] = (story_id, mh)

    def match(self, mh: MinHash) -> int | None:
        best, best_story = self.threshold, None
        for article_id in self._lsh.query(mh):
            story_id, other = self._items[article_id]
            score = mh.jaccard(other)
            if score >= best:
                best, best_story = score, story_id
        return best_story
