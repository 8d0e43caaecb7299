"""The bench scripts still run (on tiny inputs): a bench that rots silently measures nothing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize("script, args, expect", [
    ("events_bench.py", ["--articles", "5", "--repeat", "1"], "ratio events/NER"),
    ("normalize_bench.py", ["--articles", "20", "--words", "50"], "ratio normalize / str.replace"),
])
def test_bench_runs(script, args, expect):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert expect in proc.stdout
