import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))  # in case conftest is absent

from newsflow.nlp import ner_train
from newsflow.nlp.germeval import Sentence, bio_to_spans


def sent(*pairs):
    return Sentence(tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))


S1 = sent(("Die", "O"), ("Großstadt", "O"), ("Gießen", "B-LOC"), ("wächst", "O"))
S2 = sent(("Anna", "B-PER"), ("Muster", "I-PER"), ("lobt", "O"), ("Quux", "B-ORG"), (".", "O"))


def test_holdout_split_is_deterministic_and_disjoint():
    data = [sent((str(i), "O")) for i in range(25)]
    train, hold = ner_train.split_holdout(data, every=10)
    assert [s.tokens[0] for s in hold] == ["9", "19"]
    assert len(train) == 23 and not set(train) & set(hold)


def test_swiss_spelling_replaces_sharp_s_and_keeps_tags():
    swiss = ner_train.swiss_spelling(S1)
    assert swiss.tokens == ("Die", "Grossstadt", "Giessen", "wächst")
    assert swiss.tags == S1.tags
    assert ner_train.swiss_spelling(S2) is None


def test_swap_entities_keeps_bio_consistent():
    pool = {"PER": [("Eva",), ("Max", "Paul", "Muster")], "ORG": [("Beta", "AG")], "LOC": [("Ulm",)]}
    rng = random.Random(3)
    for _ in range(20):
        out = ner_train.swap_entities(S2, pool, rng)
        assert len(out.tokens) == len(out.tags)
        labels = sorted(label for _, _, label in bio_to_spans(out.tags))
        assert labels == ["ORG", "PER"]
        assert out.tokens[-1] == "." and "lobt" in out.tokens


def test_guess_spaces_attaches_punctuation():
    assert ner_train.guess_spaces(["Er", "kam", "(", "spät", ")", "."]) == [True, True, False, False, False, False]


def test_train_refuses_the_dev_set(tmp_path, capsys):
    dev = tmp_path / "NER-de-dev.tsv"
    dev.write_text("1\tX\tO\tO\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    ner_train.add_arguments(parser)
    assert ner_train.run(parser.parse_args(["--data", str(dev), "--output", str(tmp_path / "m")])) == 2
    assert not (tmp_path / "m").exists()
