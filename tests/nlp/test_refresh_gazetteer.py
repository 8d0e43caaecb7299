import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_ruler_holds_exactly_the_gazetteer_lists():
    # A gazetteer edit without training/refresh_gazetteer.py would be silently ignored by the model.
    result = subprocess.run([sys.executable, str(ROOT / "training" / "refresh_gazetteer.py"), "--check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "identical" in result.stdout


def test_the_shipped_model_carries_the_recipe_version():
    import json

    from newsflow.nlp.ner_train import MODEL_VERSION

    meta = json.loads((ROOT / "models" / "de_newsflow_ner" / "meta.json").read_text(encoding="utf-8"))
    assert meta["version"] == MODEL_VERSION
