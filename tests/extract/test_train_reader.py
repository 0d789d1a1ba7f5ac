"""benchmarks/train_reader.py runs end to end: the path by which the reader's model is made
again once the annotated pages are saved (here the development set and a copy of it as a
held-out set, with the current rules)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_train_reader_writes_a_model_the_reader_loads(tmp_path):
    from graphkit.extract.reader import load_model

    held = tmp_path / "copy"
    shutil.copytree(REPO / "benchmarks" / "extract_dev", held,
                    ignore=shutil.ignore_patterns("*.jsonl", "real_annotations.csv", "README.md"))
    out = tmp_path / "model.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "train_reader.py"), "--dir",
         str(REPO / "benchmarks" / "extract_dev"), "--dir", str(held), "--min-gold", "5",
         "--out", str(out)], check=False, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Each set scored by a model trained on the others" in result.stdout
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["about"]["sets"] == ["copy", "extract_dev"] and raw["weights"]
    model = load_model(out)
    assert 0 < model.threshold < 1 and "MEMBER_OF" in model.relations
    assert 0.0 <= model.probability({"rule|*": 1.0, "T|*": 1.0}) <= 1.0
