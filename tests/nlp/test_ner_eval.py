import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))  # in case conftest is absent

import pytest

from newsflow.nlp import ner_eval
from newsflow.nlp.germeval import bio_to_spans, map_tag, parse_germeval
from newsflow.nlp.model import clear_cache

GOLD = """\
# http://example.invalid/1
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesucht\tO\tO
4\tParis\tB-LOC\tO
5\t.\tO\tO

1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tFirma\tO\tO
4\tQuux\tB-ORG\tO
5\tGmbH\tI-ORG\tO
6\tzeigt\tO\tO
7\tden\tO\tO
8\tTatort\tB-OTH\tB-LOCpart
9\t.\tO\tO
"""


def test_tag_mapping_drops_deriv_and_part():
    assert [map_tag(t) for t in ["B-OTH", "I-OTH", "B-LOCderiv", "B-ORGpart", "I-PER", "O"]] == [
        "B-MISC", "I-MISC", "O", "O", "I-PER", "O"]


def test_parse_repairs_orphan_inside_tags():
    lines = ["1\tDeutsch\tB-LOCderiv\tO", "2\tBank\tI-ORG\tO", ""]
    (sentence,) = parse_germeval(lines)
    assert sentence.tags == ("O", "B-ORG")
    assert bio_to_spans(sentence.tags) == {(1, 2, "ORG")}


def test_score_spans_counts_exact_matches_only():
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}]
    pred = [{(1, 2, "PER"), (3, 4, "LOC"), (5, 6, "ORG")}]
    s = ner_eval.score_spans(gold, pred)
    assert (s["ALL"].tp, s["ALL"].fp, s["ALL"].fn) == (1, 2, 1)
    assert s["PER"].f1 == 0.0
    assert s["LOC"].f1 == 1.0
    assert s["ALL"].precision == pytest.approx(1 / 3)


def _tiny_pipeline(path: Path) -> None:
    import spacy

    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PER", "pattern": "Merkel"},        # wrong boundary: gold is "Angela Merkel"
        {"label": "LOC", "pattern": "Paris"},         # correct
        {"label": "LOC", "pattern": "deutsche"},      # gold deriv tag is dropped -> false positive
        {"label": "ORG", "pattern": "Quux GmbH"},     # correct
    ])
    nlp.meta["name"] = "tiny_eval"
    nlp.to_disk(path)


def test_eval_ner_prints_exact_scores(tmp_path, capsys):
    gold = tmp_path / "gold.tsv"
    gold.write_text(GOLD, encoding="utf-8")
    _tiny_pipeline(tmp_path / "model")
    parser = argparse.ArgumentParser()
    ner_eval.add_arguments(parser)
    clear_cache()
    rc = ner_eval.run(parser.parse_args([str(gold), "--model", str(tmp_path / "model")]))
    out = capsys.readouterr().out
    assert rc == 0
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()}
    # tp/fp/fn: PER 0/1/1, LOC 1/1/0, ORG 1/0/0, MISC 0/0/1, ALL 2/2/2
    assert rows["PER"] == ["0.0000", "0.0000", "0.0000", "1", "1"]
    assert rows["LOC"] == ["0.5000", "1.0000", f"{2 * 0.5 * 1 / 1.5:.4f}", "1", "2"]
    assert rows["ORG"] == ["1.0000", "1.0000", "1.0000", "1", "1"]
    assert rows["MISC"] == ["0.0000", "0.0000", "0.0000", "1", "0"]
    assert rows["ALL"] == ["0.5000", "0.5000", "0.5000", "4", "4"]
    assert "tiny_eval" in out


def test_eval_ner_missing_file(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    ner_eval.add_arguments(parser)
    assert ner_eval.run(parser.parse_args([str(tmp_path / "nope.tsv")])) == 2
