"""Rule components that complement the statistical NER (all offline, all German).

* gazetteer: ``entity_ruler`` with pycountry's German country names plus the hand-written
  ``data/ner_gazetteer.tsv``;
* titles: a capitalised name after a title word is a person (``Landeshauptmann Peter Muster``);
* given names: a known given name plus a capitalised word is a person (``Annalena Muster``);
* org suffixes: capitalised words ending in a legal form or org word are an ORG (``Muster Bau GmbH``).

Rules only FILL GAPS: they never override a span the statistical model already labelled.
"""
from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import spacy

__all__ = ["gazetteer", "titles", "first_names", "org_suffixes", "add_entity_ruler", "fix_tokenizer", "register", "RULE_COMPONENT"]

DATA_DIR = Path(__file__).resolve().parent / "data"
RULE_COMPONENT = "newsflow_ner_rules"


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _pycountry_german() -> dict[str, str]:
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:
        return {}
    names = {}
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            english = getattr(country, attr, None)
            german = tr.gettext(english) if english else None
            # Official long forms with commas/brackets ("Korea, Republik") never occur as such in text.
            if german and "," not in german and "(" not in german:
                names[german] = "LOC"
    return names


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """name -> label; the hand list wins over pycountry."""
    names = _pycountry_german()
    for line in _lines("ner_gazetteer.tsv"):
        name, label = line.split("\t")
        names[name] = label
    return names


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(_lines("ner_titles.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(_lines("ner_first_names.txt"))


@lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    return frozenset(_lines("ner_org_suffixes.txt"))


def add_entity_ruler(nlp: "spacy.Language", after: str | None = None) -> "spacy.Language":
    """Add gazetteer ruler + title/org-suffix rules; after=None appends at the end."""
    register()
    fix_tokenizer(nlp)
    where = {"after": after} if after else {}
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", config={"overwrite_ents": False,
                                                                         "phrase_matcher_attr": "ORTH"}, **where)
    ruler.add_patterns([{"label": label, "pattern": name} for name, label in sorted(gazetteer().items())])
    nlp.add_pipe(RULE_COMPONENT, after="gazetteer_ruler")
    return nlp


def fix_tokenizer(nlp: "spacy.Language") -> "spacy.Language":
    """Split a full stop after a lower+upper letter pair: "Quux GmbH." -> "GmbH" + ".".

    spaCy's German suffix rule only splits "." after a lower-case letter (to keep "U.S."),
    which glues the sentence-final stop into legal forms and acronyms ("GmbH.", "AfD.").
    """
    from spacy.util import compile_suffix_regex

    pattern = r"(?<=[a-zäöü][A-ZÄÖÜ])\."
    suffixes = list(nlp.Defaults.suffixes or [])
    if pattern not in suffixes:
        nlp.tokenizer.suffix_search = compile_suffix_regex([*suffixes, pattern]).search
    return nlp


def register() -> None:
    from spacy.language import Language

    if RULE_COMPONENT in Language.factories:
        return

    @Language.factory(RULE_COMPONENT)
    def make_rules(nlp, name):  # noqa: ARG001 - spaCy factory signature
        return _TitleOrgRules(nlp)


class _TitleOrgRules:
    def __init__(self, nlp: "spacy.Language") -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        name_tok = {"IS_TITLE": True, "IS_STOP": False, "IS_SENT_START": False}
        # Kanzlerin Angela Merkel -> PER "Angela Merkel" (the title is stripped below).
        self.matcher.add("PER", [
            [{"LOWER": {"IN": sorted(titles())}}, {**name_tok, "OP": "{1,3}"}],
            # Given name + capitalised word: "Annalena Muster" -> PER.
            [{"ORTH": {"IN": sorted(first_names())}}, {"IS_TITLE": True, "IS_STOP": False}],
        ], greedy="LONGEST")
        suffixes = sorted(s for s in org_suffixes() if " " not in s)
        # Muster Bau GmbH -> ORG; "Bundesamt für Migration" -> ORG.
        self.matcher.add("ORG", [
            [{"IS_TITLE": True, "IS_STOP": False, "OP": "{1,3}"}, {"ORTH": {"IN": suffixes}}],
            [{"TEXT": {"REGEX": r"^Bundes(amt|anstalt|ministerium|agentur|institut)$"}},
             {"LOWER": "für"}, {"IS_TITLE": True, "OP": "{1,2}"}],
        ], greedy="LONGEST")
        self.title_set = titles()

    def __call__(self, doc):
        from spacy.tokens import Span

        taken = set()
        for ent in doc.ents:
            taken.update(range(ent.start, ent.end))
        new = []
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            label = doc.vocab.strings[match_id]
            if label == "PER" and doc[start].lower_ in self.title_set:
                start += 1
            if start >= end or taken.intersection(range(start, end)):
                continue
            new.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
        if new:
            doc.ents = sorted([*doc.ents, *new], key=lambda s: s.start)
        return doc
