import sys
from pathlib import Path

# bench/synth.py generates the synthetic articles (and their gold extractions) the load tests use.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
