import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))  # in case conftest is absent

import pytest

from newsflow.nlp import model
from newsflow.nlp.model import BUNDLED_MODEL_DIR, ENV_VAR, clear_cache, load_pipeline, model_info
from newsflow.nlp.records import ModelInfo

TEXT = ("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris. "
        "Dort traf sie Vertreter der Siemens AG und der Europäischen Union. "
        "Landeshauptmann Hans Muster blieb in Innsbruck.")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.delenv(ENV_VAR, raising=False)
    clear_cache()
    yield
    clear_cache()


def ents(nlp, text=TEXT):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_bundled_pipeline_loads_offline_and_finds_per_loc_org():
    assert (BUNDLED_MODEL_DIR / "config.cfg").exists(), "bundled model missing: run `newsflow train-ner`"
    nlp = load_pipeline()
    found = ents(nlp)
    labels = {label for _, label in found}
    assert {"PER", "LOC", "ORG"} <= labels, found
    assert ("Paris", "LOC") in found
    assert labels <= {"PER", "LOC", "ORG", "MISC"}
    assert len(list(nlp(TEXT).sents)) == 3
    info = model_info(nlp)
    assert info == ModelInfo("de_newsflow_ner", info.version) and info.version != "0"


def test_pipeline_is_cached_per_process():
    assert load_pipeline() is load_pipeline()


def _tiny(path: Path, labels: dict[str, str], name: str = "tiny_test") -> Path:
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": lab, "pattern": p} for p, lab in labels.items()])
    nlp.meta.update({"name": name, "version": "9.9.9"})
    nlp.to_disk(path)
    return path


def test_env_variable_switches_model(tmp_path, monkeypatch):
    path = _tiny(tmp_path / "tiny", {"Quuxhausen": "LOC"})
    monkeypatch.setenv(ENV_VAR, str(path))
    nlp = load_pipeline()
    assert model_info(nlp) == ModelInfo("de_tiny_test", "9.9.9")
    doc = nlp("Wir fahren nach Quuxhausen. Dann zurück.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Quuxhausen", "LOC")]
    assert len(list(doc.sents)) == 2  # sentencizer added to a pipeline without one
    # the explicit argument wins over the environment
    assert load_pipeline(str(BUNDLED_MODEL_DIR)) is not nlp


def test_foreign_label_scheme_is_mapped(tmp_path):
    path = _tiny(tmp_path / "onto", {"Quuxhausen": "GPE", "Erika Muster": "PERSON", "1999": "DATE"})
    doc = load_pipeline(str(path))("Erika Muster zog 1999 nach Quuxhausen.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Erika Muster", "PER"), ("Quuxhausen", "LOC")]


def test_unknown_package_fails_without_download():
    with pytest.raises(OSError):
        load_pipeline("de_core_news_doesnotexist")


def test_fallback_when_bundled_model_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "BUNDLED_MODEL_DIR", tmp_path / "missing")
    nlp = load_pipeline()
    assert "fallback" in model_info(nlp).name
    doc = nlp("Kanzlerin Erika Muster besuchte Wien. Danach die Quux GmbH.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Erika Muster", "PER"), ("Wien", "LOC"),
                                                     ("Quux GmbH", "ORG")}
    assert len(list(doc.sents)) == 2
