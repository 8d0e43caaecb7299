import argparse
from pathlib import Path

import pytest

from newsflow.text import swiss_eval
from newsflow.text.lexicon import wordlist_path

needs_wordlist = pytest.mark.skipif(wordlist_path() is None,
                                    reason="German word list missing: apt-get install -y wngerman")

GERMEVAL = swiss_eval.DEFAULT_DIR
pytestmark = needs_wordlist


def write_tsv(path: Path, sentences: list[list[tuple[str, str]]]) -> Path:
    lines = []
    for sentence in sentences:
        lines += [f"{i}\t{token}\t{label}\tO" for i, (token, label) in enumerate(sentence, 1)] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_scores_a_small_file(tmp_path):
    path = write_tsv(tmp_path / "mini.tsv", [
        [("Die", "O"), ("Straße", "O"), ("ist", "O"), ("groß", "O"), (",", "O"), ("dass", "O"), ("Wasser", "O"), ("fließt", "O")],
        [("Margot", "B-PER"), ("Käßmann", "I-PER"), ("sprach", "O"), (".", "O")],
        [("Er", "O"), ("sagte", "O"), (",", "O"), ("daß", "O"), ("es", "O"), ("regnet", "O")],  # old spelling
        [("Die", "O"), ("Strasse", "O"), ("ist", "O"), ("gesperrt", "O")],  # already Swiss
    ])
    report = swiss_eval.evaluate("mini", swiss_eval.read_germeval(path))
    assert report.sentences == 4 and report.skipped_swiss == 1 and report.skipped_old_tokens == 1
    assert report.sharp_tokens == 4  # Straße, groß, fließt, Käßmann
    assert report.sharp_restored == 3  # the name is never changed
    assert report.sharp_names == 1 and report.recall_words == 1.0 and report.recall_names == 0.0
    assert report.wrong_names == [] and report.wrong_non_sharp == []
    assert report.candidates == 6 and report.correct == 5


def test_a_partial_restoration_is_a_miss_and_not_a_wrong_change():
    assert swiss_eval.is_partial_restoration("Flößaustraße", "Flössaustraße")
    assert swiss_eval.is_partial_restoration("Großstraße", "Grossstraße")
    assert not swiss_eval.is_partial_restoration("Stösserstraße", "Stößerstrasse")  # a ß where gold has ss
    assert not swiss_eval.is_partial_restoration("Füssen", "Füßen")
    assert not swiss_eval.is_partial_restoration("Flößaustraße", "Flössaustrasse")  # no change at all
    assert not swiss_eval.is_partial_restoration("Maße", "Masse")


def test_sentences_are_restored_as_written_not_as_tokens():
    # "Schriftart , - stil und - grösse" would hide the elided head "-grösse"
    tokens = ["Schriftart", ",", "-", "stil", "und", "-", "grösse", "wählen", "."]
    assert swiss_eval.restore_tokens(tokens)[6] == "größe"
    assert swiss_eval._spaces(["(", "Basel", ")", "und", "-", "grösse"]) == [False, False, True, True, False, False]


def test_command_prints_report(tmp_path, capsys):
    path = write_tsv(tmp_path / "mini.tsv", [[("Die", "O"), ("Straße", "O"), ("ist", "O"), ("groß", "O")]])
    parser = argparse.ArgumentParser()
    swiss_eval.add_arguments(parser)
    assert swiss_eval.run(parser.parse_args([str(path), "--baseline"])) == 0
    out = capsys.readouterr().out
    assert "ß recall 1.0000" in out and "naive lookup" in out


@pytest.mark.skipif(not (GERMEVAL / "NER-de-test.tsv").is_file(), reason=f"GermEval 2014 not found in {GERMEVAL}")
def test_germeval_test_file_goals():
    report = swiss_eval.evaluate("test", swiss_eval.read_germeval(GERMEVAL / "NER-de-test.tsv"))
    assert report.wrong_names == [] and report.wrong_non_sharp == [] and report.wrong_form == []
    assert report.recall >= 0.98 and report.recall_words >= 0.99


@pytest.mark.parametrize("token, old", [
    ("daß", True), ("Alltagsstreß", True), ("Amboßfett", True), ("Fitneßübung", True),
    ("Straße", False), ("Dorfstraße", False),  # not Dorfs|trasse: the ß itself must sit in an ss word
    ("Schlüsselgröße", False), ("Großstadt", False),
    ("Stösserstraße", False),  # the cheapest split Stöss|erst|rasse puts the ß inside "rasse"
])
def test_old_spelling_is_found_in_compound_parts(token, old):
    assert swiss_eval.is_old_spelling(token, swiss_eval.load_lexicon()) is old


def test_reports_recall_outside_person_names(tmp_path):
    path = write_tsv(tmp_path / "mini.tsv", [
        [("Sabine", "B-PER"), ("Kreß", "I-PER"), ("wohnt", "O"), ("an", "O"), ("der", "O"), ("Straße", "O")],
        [("Die", "O"), ("Stadt", "O"), ("Gießen", "B-LOC"), ("wächst", "O")],
    ])
    report = swiss_eval.evaluate("mini", swiss_eval.read_germeval(path))
    assert report.sharp_tokens == 3 and report.sharp_persons == 1 and report.sharp_persons_restored == 0
    assert report.recall_outside_persons == 1.0 and report.recall < 1.0
