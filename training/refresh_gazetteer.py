"""Refresh the bundled model's gazetteer patterns from the current lists, without retraining.

The entity_ruler of ``models/de_newsflow_ner`` stores its patterns (``gazetteer_ruler/patterns.jsonl``)
when the model is trained. After a change to ``newsflow/nlp/data/ner_gazetteer.tsv``, the place list or
pycountry, this rewrites them exactly as training would (sorted name/label pairs) and stamps the
model with ``MODEL_VERSION``, so provenance tells the new patterns from the old. The weights stay.

    .venv/bin/python training/refresh_gazetteer.py [--check]

``--check`` only reports whether the shipped patterns match the lists (exit 1 when not).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from newsflow.nlp.ner_rules import add_entity_ruler  # noqa: E402
from newsflow.nlp.ner_train import MODEL_VERSION  # noqa: E402

MODEL = ROOT / "models" / "de_newsflow_ner"
PATTERNS = MODEL / "gazetteer_ruler" / "patterns.jsonl"


def pattern_lines() -> list[str]:
    """The patterns.jsonl lines spaCy writes for the ruler training builds (its order, its format)."""
    import tempfile

    import spacy

    ruler = add_entity_ruler(spacy.blank("de")).get_pipe("gazetteer_ruler")  # as training adds it
    with tempfile.TemporaryDirectory() as tmp:
        ruler.to_disk(tmp)
        return (Path(tmp) / "patterns.jsonl").read_text(encoding="utf-8").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, change nothing")
    args = parser.parse_args(argv)
    wanted = pattern_lines()
    shipped = PATTERNS.read_text(encoding="utf-8").splitlines()
    if args.check:
        print(f"{len(shipped)} shipped patterns, {len(wanted)} from the lists: "
              + ("identical" if shipped == wanted else "DIFFERENT"))
        return 0 if shipped == wanted else 1
    PATTERNS.write_text("\n".join(wanted) + "\n", encoding="utf-8")
    import srsly  # spaCy's own JSON writer: meta.json keeps the format spaCy gave it

    meta_path = MODEL / "meta.json"
    meta = srsly.read_json(meta_path)
    meta["version"] = MODEL_VERSION
    srsly.write_json(meta_path, meta)
    print(f"wrote {len(wanted)} patterns (was {len(shipped)}); model version {MODEL_VERSION}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
