"""Article language with py3langid; short or unsure texts keep the feed's declared language."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

MIN_LETTERS = 40  # below this a title-only teaser is too short to overrule the feed
MIN_SCORE = 0.80
_TAGS = re.compile(r"<[^>]{0,2000}>")


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    score: float | None  # None: taken from the feed, not detected


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def plain(text: str) -> str:
    """Markup and entities out, so ``<p>Der&nbsp;Rat</p>`` is judged as ``Der Rat``."""
    return " ".join(html.unescape(_TAGS.sub(" ", text)).split())


def detect_language(text: str, declared: str = "de") -> LanguageGuess:
    sample = plain(text)[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return LanguageGuess(declared, None)
    lang, score = _identifier().classify(sample)
    score = float(score)
    if score < MIN_SCORE:
        return LanguageGuess(declared, score)
    return LanguageGuess(lang, score)
