"""Load the spaCy pipeline used for NER, once per process, without touching the network.

Choice of pipeline (first hit wins):
1. ``name`` argument, 2. env ``NEWSFLOW_SPACY_MODEL`` (an installed package such as
``de_core_news_lg`` or a directory path), 3. the bundled ``models/de_newsflow_ner``.
If the bundled directory is missing, a rule-only fallback is built
(``spacy.blank('de')`` + sentencizer + gazetteer entity_ruler) and named ``..._fallback``.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from newsflow.nlp.records import ModelInfo

if TYPE_CHECKING:  # spaCy is heavy: never import it at module import (DAG parse time)
    import spacy

__all__ = ["load_pipeline", "model_info", "resolve_model_name", "ENV_VAR", "BUNDLED_MODEL_DIR",
           "REPO_ROOT", "SHARED_DATA_DIR", "FALLBACK_NAME", "clear_cache"]

ENV_VAR = "NEWSFLOW_SPACY_MODEL"
MAX_TEXT_CHARS = 5_000_000
REPO_ROOT = Path(__file__).resolve().parents[3]
BUNDLED_MODEL_DIR = REPO_ROOT / "models" / "de_newsflow_ner"
SHARED_DATA_DIR = (REPO_ROOT / ".." / "shared" / "data").resolve()
FALLBACK_NAME = "de_newsflow_rules_fallback"

# Labels of other schemes mapped onto PER/LOC/ORG/MISC (e.g. OntoNotes-style pipelines);
# labels not listed and not already in our scheme are dropped.
_LABEL_MAP = {
    "PERSON": "PER", "PER": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "MISC": "MISC", "OTH": "MISC",
}

_cache: dict[str, "spacy.Language"] = {}
_lock = threading.Lock()


def resolve_model_name(name: str | None = None) -> str:
    return name or os.environ.get(ENV_VAR) or str(BUNDLED_MODEL_DIR)


def load_pipeline(name: str | None = None) -> "spacy.Language":
    """Load once per process (cached by resolved name); see module docstring."""
    key = resolve_model_name(name)
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _load(key)
            # spaCy's default 1,000,000-character guard is for parsers' memory; the NER and
            # sentencizer used here stay small, and feed items past a few MB are refused upstream.
            nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
            _cache[key] = nlp
        return nlp


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _load(key: str) -> "spacy.Language":
    import spacy

    from newsflow.nlp import ner_features, ner_rules
    from newsflow.nlp.sentences import add_number_stops

    # The bundled pipeline's config refers to these registered functions/components.
    ner_features.register()
    ner_rules.register()
    if key == str(BUNDLED_MODEL_DIR) and not (BUNDLED_MODEL_DIR / "config.cfg").exists():
        return _fallback()
    # spacy.load never downloads: an unknown package name raises OSError (E050).
    nlp = spacy.load(key)
    # de_core_news_* ship 'senter' disabled and set sentences with the parser.
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    add_number_stops(nlp)  # "sprachen von 20.000. Kultursenator …": two sentences
    if not _labels_ok(nlp):
        _register_label_map()
        nlp.add_pipe("newsflow_label_map", last=True)
    return nlp


def _labels_ok(nlp: "spacy.Language") -> bool:
    labels: set[str] = set()
    for pipe_name in ("ner", "entity_ruler"):
        if pipe_name in nlp.pipe_names:
            labels.update(getattr(nlp.get_pipe(pipe_name), "labels", ()))
    return labels <= {"PER", "LOC", "ORG", "MISC"}


def _fallback() -> "spacy.Language":
    import spacy

    from newsflow.nlp.ner_rules import add_entity_ruler
    from newsflow.nlp.sentences import add_number_stops

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_number_stops(nlp)
    add_entity_ruler(nlp)
    nlp.meta["name"] = FALLBACK_NAME.removeprefix("de_")
    nlp.meta["version"] = "0.1.0"
    return nlp


def model_info(nlp: "spacy.Language") -> ModelInfo:
    """Provenance stored with every mention, e.g. ``ModelInfo('de_newsflow_ner', '0.1.0')``."""
    meta = nlp.meta
    name = f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}"
    return ModelInfo(name=name, version=str(meta.get("version", "0")))


def _register_label_map() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    if "newsflow_label_map" in Language.factories:
        return

    @Language.component("newsflow_label_map")
    def label_map(doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            label = _LABEL_MAP.get(ent.label_)
            if label is not None:
                spans.append(doc.char_span(ent.start_char, ent.end_char, label=label) or ent)
        doc.ents = [s for s in spans if s.label_ in ("PER", "LOC", "ORG", "MISC")]
        return doc
