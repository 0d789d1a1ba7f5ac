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
         "--prior", str(REPO / "graphkit" / "extract" / "reader_model.json"), "--out", str(out)],
        check=False, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Each set scored by a model trained on the others" in result.stdout
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["about"]["sets"] == ["copy", "extract_dev"] and raw["weights"]
    assert raw["about"]["prior"]["file"] == "reader_model.json" and raw["about"]["prior"]["sets"]
    model = load_model(out)
    assert 0 < model.threshold < 1 and "MEMBER_OF" in model.relations
    assert 0.0 <= model.probability({"rule|*": 1.0, "T|*": 1.0}) <= 1.0


def test_a_prior_draws_the_fit_toward_its_weights():
    from benchmarks.train_reader import fit
    from graphkit.extract.reader import Model

    rows, labels = [{"a": 1.0}, {"b": 1.0}] * 50, [True, False] * 50
    plain, _ = fit(rows, labels, 1.0)
    prior = Model({"a": -2.0, "c": 0.7}, 0.0, 0.5, frozenset(), {})
    held, _ = fit(rows, labels, 1e6, prior)
    loose, _ = fit(rows, labels, 1.0, prior)
    assert plain["a"] > 0 and "c" not in plain
    assert abs(held["a"] + 2.0) < 0.01 and held["c"] == 0.7  # a feature the rows lack keeps it
    assert loose["a"] > 0  # a weak penalty lets the rows win


def test_the_threshold_is_chosen_on_the_precision_named():
    from benchmarks.train_reader import choose

    def row(t, precision, weighed, recall):
        return {"threshold": t, "own_threshold": t, "precision": precision,
                "precision_weighed": weighed, "recall": recall}

    pairs = [row(0.3, 0.77, 0.80, 0.76), row(0.4, 0.80, 0.83, 0.73), row(0.9, 0.88, 0.94, 0.49)]
    assert choose(pairs, 0.8)["threshold"] == 0.4  # all triples reach 0.8 first at 0.4
    assert choose(pairs, 0.8, "weighed")["threshold"] == 0.3
    assert choose(pairs, 0.95)["threshold"] == 0.9  # none reaches it: the strictest
