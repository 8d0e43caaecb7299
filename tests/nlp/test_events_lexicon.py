"""The trigger lexicon: form generation, compounds, Swiss spelling, and every entry's own example."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from newsflow.nlp.events import extract_events
from newsflow.nlp.lexicon import LEXICON_PATH, TYPES, load_lexicon, verb_forms


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def kinds(lexicon, token):
    return {(h.entry.lemma, h.entry.type, h.mode) for h in lexicon.lookup(token)}


def test_weak_verb_forms():
    finite, nonfinite = verb_forms("lehnen")
    assert {"lehnt", "lehnte", "lehnten"} <= finite
    assert "gelehnt" in nonfinite and "gelehnten" in nonfinite


def test_no_linking_e_after_double_consonant():
    finite, _ = verb_forms("stimmen")
    assert "stimmte" in finite and "stimmete" not in finite
    finite, _ = verb_forms("rechnen")
    assert "rechnete" in finite


def test_no_second_person_singular_it_is_often_another_word():
    # "äußerst wichtig" is the adverb, not "du äußerst"
    finite, _ = verb_forms("äußern")
    assert "äußert" in finite and "äußerst" not in finite
    finite, _ = verb_forms("treffen", "trifft", "traf", "getroffen")
    assert "triffst" not in finite and "trafst" not in finite


def test_linking_e_and_inseparable_prefix():
    finite, nonfinite = verb_forms("verhaften", part=None)
    assert {"verhaftet", "verhaftete", "verhafteten"} <= finite
    assert "verhaftet" in nonfinite and "geverhaftet" not in nonfinite
    _, nonfinite = verb_forms("demonstrieren")
    assert "demonstriert" in nonfinite


def test_strong_verb_from_principal_parts():
    finite, nonfinite = verb_forms("treffen", "trifft", "traf", "getroffen")
    assert {"trifft", "traf", "trafen"} <= finite
    assert "getroffen" in nonfinite


def test_preterite_is_not_mistaken_for_the_participle_adjective():
    finite, nonfinite = verb_forms("kritisieren")
    assert "kritisierte" in finite and "kritisierte" not in nonfinite


def test_separable_verbs_split_and_joined(lexicon):
    assert ("ablehnen", "reject", "finite") in kinds(lexicon, "lehnte")
    assert ("ablehnen", "reject", "nonfinite") in kinds(lexicon, "abgelehnt")
    assert ("ablehnen", "reject", "nonfinite") in kinds(lexicon, "abzulehnen")
    assert ("festnehmen", "arrest", "finite") in kinds(lexicon, "nahm")


def test_compound_heads_and_false_friends(lexicon):
    assert ("Angriff", "assault", "noun") in kinds(lexicon, "Raketenangriff")
    assert ("Streik", "protest", "noun") in kinds(lexicon, "Warnstreik")
    assert ("Gipfel", "consult", "noun") in kinds(lexicon, "EU-Gipfel")
    assert kinds(lexicon, "Mannschaft") == set()  # not Haft
    assert kinds(lexicon, "Wahlkampf") == set()  # not a fight
    assert kinds(lexicon, "einige") == set()  # not "sich einigen"


def test_a_compound_closing_with_a_longer_noun_is_no_trigger(lexicon):
    # the word list knows the longer noun the trigger ends: Reinigung, Vereinigung, Gehilfe
    assert kinds(lexicon, "Straßenreinigung") == set()
    assert kinds(lexicon, "Bundesvereinigung") == set()
    assert kinds(lexicon, "Wiedervereinigung") == set()
    assert kinds(lexicon, "Erfüllungsgehilfe") == set()
    assert kinds(lexicon, "Mindestanforderungen") == set()
    assert ("Einigung", "agree", "noun") in kinds(lexicon, "Tarifeinigung")
    # the longer noun is itself a compound with the trigger as head: still the trigger
    assert ("Embargo", "sanction", "noun") in kinds(lexicon, "Erdölembargo")


def test_listed_compounds_a_head_does_not_make_a_trigger(lexicon, tmp_path: Path):
    assert ("Hilfe", "aid", "noun") in kinds(lexicon, "Soforthilfe")
    assert kinds(lexicon, "Sozialhilfe") == set()  # welfare, a system
    assert kinds(lexicon, "Kindersozialhilfe") == set()  # closes with the excluded compound
    assert kinds(lexicon, "Volkshilfe") == set()  # a charity's name
    assert ("Lieferung", "aid", "noun") in kinds(lexicon, "Waffenlieferungen")
    assert kinds(lexicon, "Auslieferung") == {("Auslieferung", "coerce", "noun")}  # extradition, no delivery of aid
    bad = tmp_path / "bad.tsv"
    bad.write_text("aid\tnoun\tHilfe\tHilfe,-Sozialhilfe\t\tHilfe.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="noun\\+"):
        load_lexicon(bad)  # only a compound head has compounds to exclude


def test_swiss_spelling(lexicon):
    assert ("Zusammenstoß", "fight", "noun") in kinds(lexicon, "Zusammenstösse")
    assert ("beschießen", "assault", "finite") in kinds(lexicon, "beschiesst")


def test_case_separates_nouns_and_verbs(lexicon):
    assert {h.mode for h in lexicon.lookup("Treffen")} == {"noun"}
    assert {h.mode for h in lexicon.lookup("treffen") if h.entry.lemma == "treffen"} == {"nonfinite"}
    # ("sie treffen … zusammen": the particle verb's finite plural)
    assert {h.mode for h in lexicon.lookup("treffen") if h.entry.lemma == "zusammentreffen"} == {"finite"}


def test_unknown_type_is_rejected(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("party\tverb\tfeiern\t\t\tSie feierten.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="party"):
        load_lexicon(bad)


def test_a_named_pattern_serves_every_row_that_uses_it(tmp_path: Path):
    tsv = tmp_path / "named.tsv"
    tsv.write_text("@GOODS\t(?:Panzer|Zelte)\n"
                   "aid\tverb\tschicken\t\t@GOODS@\tSie schicken Zelte.\n"
                   "aid\tverb\tentsenden\tpret=entsandte;part=entsandt\t^(?!.*\\bsich\\b).*@GOODS@\tSie entsandten Panzer.\n",
                   encoding="utf-8")
    patterns = {e.lemma: e.requires.pattern for e in load_lexicon(tsv).entries}
    assert patterns == {"schicken": "(?:Panzer|Zelte)", "entsenden": "^(?!.*\\bsich\\b).*(?:Panzer|Zelte)"}
    undefined = tmp_path / "undefined.tsv"
    undefined.write_text("aid\tverb\tschicken\t\t@GOODS@\tSie schicken Zelte.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="@GOODS@"):
        load_lexicon(undefined)


def test_taxonomy_codes_are_cameo_roots():
    assert all(code.isdigit() and 1 <= int(code) <= 20 for code in TYPES.values())
    assert len(set(TYPES)) == 24


def _examples():
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "@")):
            type_, _, lemma, _, _, example = line.split("\t")
            yield pytest.param(type_, example, id=f"{type_}-{lemma}")


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    return pipeline


@pytest.mark.parametrize("type_, example", list(_examples()))
def test_every_entry_finds_its_own_example(nlp, type_, example):
    events = extract_events(nlp(example), [], [], date(2024, 3, 15))
    assert type_ in {e.type for e in events}, (example, events)
