"""The German word list that ß restoration decides with.

We use Debian's ``wngerman`` (``/usr/share/dict/ngerman``, igerman98, post-1996 spelling, ~356,000
inflected forms with their capitalization), plus the ß forms of the hunspell dictionary
(``newsflow.text.hunspell``) for the nouns and participles wngerman lacks.  ``wordfreq`` cannot help
here: it folds ß to ss (``zipf_frequency('straße') == zipf_frequency('strasse')``) and its German
list has no ß at all.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from newsflow.text.hunspell import load_sharp_forms

WORDLIST_ENV = "NEWSFLOW_WORDLIST"
DEFAULT_WORDLISTS = ("/usr/share/dict/ngerman",)


def fold(word: str) -> str:
    """Lowercase and write ß as ss: the shape a Swiss outlet prints (``Straße`` -> ``strasse``)."""
    return word.lower().replace("ß", "ss")


@dataclass(frozen=True)
class Lexicon:
    sharp: dict[str, frozenset[str]]  # fold(w) -> the ß spellings of w, case preserved
    ss_words: frozenset[str]  # lowercase words that are right with "ss" (dass, masse, schoss)
    known: frozenset[str]  # fold() of every word: the building blocks of compounds
    lowercase: frozenset[str] = field(default=frozenset())  # fold() of words written lowercase (blau, rot)
    # ss_words with a lowercase spelling; "ass" is not among them (only the noun "Ass"), so a
    # lowercase "ass" can only be "aß"
    ss_lowercase: frozenset[str] = field(default=frozenset())
    # ss_words with a capitalized spelling; "floss" is not among them (only the verb: es floss), so
    # "das Floss" can only be "das Floß"
    ss_capitalized: frozenset[str] = field(default=frozenset())
    # words only the supplement knows (Reuß, Geißler, Dießen): the main list has no spelling of them
    supplement_only: frozenset[str] = field(default=frozenset())
    capitalized: frozenset[str] = field(default=frozenset())  # fold() of words written capitalized (Haus, Rot)

    @property
    def empty(self) -> bool:
        return not self.known


def wordlist_path() -> Path | None:
    candidates = [os.environ[WORDLIST_ENV]] if os.environ.get(WORDLIST_ENV) else []
    candidates += list(DEFAULT_WORDLISTS)
    for candidate in candidates:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def build_lexicon(words: list[str], sharp_supplement: Iterable[str] = ()) -> Lexicon:
    """``words``: the main list, the authority on what is right with ss. ``sharp_supplement``: more
    ß forms; they add spellings and compound parts, never an ss word."""
    sharp: dict[str, set[str]] = {}
    ss_words: set[str] = set()
    ss_lowercase: set[str] = set()
    ss_capitalized: set[str] = set()
    known: set[str] = set()
    lowercase: set[str] = set()
    capitalized: set[str] = set()
    main_known: set[str] = set()
    for word in sharp_supplement:
        word = word.strip()
        if "ß" in word and not word.isupper():
            key = fold(word)
            known.add(key)
            sharp.setdefault(key, set()).add(word)
            if word[0].islower():
                lowercase.add(key)
    for word in words:
        word = word.strip()
        if not word or word.isupper():  # acronyms (ABM) and all-caps SS forms tell nothing
            continue
        key = fold(word)
        known.add(key)
        main_known.add(key)
        if word[0].islower():
            lowercase.add(key)
        else:
            capitalized.add(key)
        if "ß" in word:
            sharp.setdefault(key, set()).add(word)
        elif "ss" in key:
            ss_words.add(key)
            if word[0].islower():
                ss_lowercase.add(key)
            else:
                ss_capitalized.add(key)
    return Lexicon(
        sharp={k: frozenset(v) for k, v in sharp.items()},
        ss_words=frozenset(ss_words),
        known=frozenset(known),
        lowercase=frozenset(lowercase),
        ss_lowercase=frozenset(ss_lowercase),
        ss_capitalized=frozenset(ss_capitalized),
        supplement_only=frozenset(known - main_known),
        capitalized=frozenset(capitalized),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The installed word list, or an empty lexicon (ß restoration then changes nothing)."""
    path = wordlist_path()
    if path is None:
        return build_lexicon([])
    return build_lexicon(path.read_text(encoding="utf-8").splitlines(), load_sharp_forms())
