"""Lexical prior features for the statistical NER, stored as lexeme flags.

spaCy's MultiHashEmbed can embed any lexeme attribute; the trained pipeline embeds eight
boolean flags (FLAG20..FLAG27) next to NORM/PREFIX/SUFFIX/SHAPE. They carry knowledge the
5k training sentences lack:
* gazetteer bits: token of a known place / organisation name, a given name, a title word;
* German frequency bands from wordfreq (rare capitalised words are likelier names;
  ``Quuxhausen`` is unknown, ``Haus`` is common).

Registered as the spaCy callback ``newsflow.lex_features.v1`` (config ``[nlp.after_creation]``);
``newsflow.nlp.model`` and ``ner_train`` call ``register()`` before loading/training.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

__all__ = ["FLAGS", "install_lex_features", "register"]

_LOC, _ORG, _GIVEN, _TITLE = "loc", "org", "given", "title"


@lru_cache(maxsize=1)
def _token_classes() -> dict[str, frozenset[str]]:
    from newsflow.nlp.ner_rules import first_names, gazetteer, titles

    classes: dict[str, set[str]] = {}
    for name, label in gazetteer().items():
        kind = {"LOC": _LOC, "ORG": _ORG}.get(label)
        for tok in name.replace("-", " ").split():
            if kind and len(tok) > 2 and tok[:1].isupper():  # not "und" from "Bosnien und Herzegowina"
                classes.setdefault(tok, set()).add(kind)
    for name in first_names():
        classes.setdefault(name, set()).add(_GIVEN)
    for word in titles():
        classes.setdefault(word.capitalize(), set()).add(_TITLE)
    return {k: frozenset(v) for k, v in classes.items()}


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "de") if any(c.isalpha() for c in word) else -1.0


def _kind(kind: str) -> Callable[[str], bool]:
    return lambda word: kind in _token_classes().get(word, ())


def _band(lo: float, hi: float) -> Callable[[str], bool]:
    return lambda word: lo <= _zipf(word) < hi


# flag id -> getter; ids 20..27 are free in spaCy's lexeme flag space.
FLAGS: dict[int, Callable[[str], bool]] = {
    20: _kind(_LOC), 21: _kind(_ORG), 22: _kind(_GIVEN), 23: _kind(_TITLE),
    24: _band(0.0, 0.01),  # unknown to wordfreq
    25: _band(0.01, 2.5), 26: _band(2.5, 3.5), 27: _band(3.5, 99.0),
}


def install_lex_features(nlp):
    for flag_id, getter in FLAGS.items():
        nlp.vocab.add_flag(getter, flag_id=flag_id)  # also fills lexemes that already exist
    return nlp


def register() -> None:
    import spacy

    if "newsflow.lex_features.v1" in spacy.registry.callbacks:
        return

    @spacy.registry.callbacks("newsflow.lex_features.v1")
    def make_lex_features():
        return install_lex_features
