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


def test_init_tok2vec_needs_a_pretraining_block(tmp_path, capsys):
    # spaCy would silently ignore init_tok2vec without [pretraining]: train-ner refuses instead.
    data = tmp_path / "NER-de-test.tsv"
    data.write_text("1\tX\tO\tO\n", encoding="utf-8")
    weights = tmp_path / "tok2vec.bin"
    weights.write_bytes(b"")
    config = tmp_path / "no_pretraining.cfg"
    config.write_text('[nlp]\nlang = "de"\n', encoding="utf-8")
    parser = argparse.ArgumentParser()
    ner_train.add_arguments(parser)
    args = parser.parse_args(["--data", str(data), "--output", str(tmp_path / "m"), "--init-tok2vec", str(weights),
                              "--config", str(config)])
    assert ner_train.run(args) == 2
    assert "[pretraining]" in capsys.readouterr().out
    assert not (tmp_path / "m").exists()


def test_pretraining_text_keeps_german_prose_only(tmp_path):
    from newsflow.nlp import ner_pretrain

    assert ner_pretrain.is_german_prose("Die Option legt fest, ob das Programm die Datei nicht überschreibt.")
    assert not ner_pretrain.is_german_prose("The option sets whether the program overwrites the file.")
    assert not ner_pretrain.is_german_prose("zu kurz und")
    page = tmp_path / "p.html"
    page.write_text("<html><script>var x;</script><p>Erster Absatz ist hier.</p><p>Zweiter</p></html>",
                    encoding="utf-8")
    assert [p for p in ner_pretrain.html_paragraphs(page) if p] == ["Erster Absatz ist hier.", "Zweiter"]
    fortunes = tmp_path / "f.u8"
    fortunes.write_text("Eins ist\nzwei.\n%\nDrei.\n%\n", encoding="utf-8")
    assert [p for p in ner_pretrain.fortune_paragraphs(fortunes) if p] == ["Eins ist zwei.", "Drei."]
    out = tmp_path / "t.jsonl"
    sentences = [Sentence(("Angela", "Merkel", "kam", "."), ("B-PER", "I-PER", "O", "O"))]
    assert ner_pretrain.build_text(out, sentences, root=tmp_path) == 3
    assert out.read_text(encoding="utf-8") == '{"text": "Angela Merkel kam."}\n'
