"""benchmarks/agreement.py scores the second annotation against the first on the shipped
files: every second-annotated page is in the first annotation, and the pooled line adds up."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "benchmarks" / "extract_dev"


def _pages(name: str) -> set[tuple[str, str, str]]:
    with (DEV / name).open(encoding="utf-8", newline="") as fh:
        return {(r["set"], r["article"], r["source_url"]) for r in csv.DictReader(fh)}


def test_every_second_annotated_page_has_a_first_annotation_with_its_url():
    second = _pages("second_annotations.csv")
    assert len({(s, a) for s, a, _ in second}) == 96  # eight sets of twelve pages
    assert second <= _pages("real_annotations.csv")


def test_the_agreement_script_prints_a_pooled_line_that_adds_up():
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "agreement.py")],
                         capture_output=True, text=True, check=True).stdout
    rows = [line.split("|")[1:-1] for line in out.splitlines() if line.startswith("| heldout-")]
    pooled = next(line for line in out.splitlines() if line.startswith("| pooled "))
    first, second, both = (int(x) for x in pooled.split("|")[2:5])
    assert (first, second, both) == tuple(sum(int(r[k]) for r in rows) for k in (1, 2, 3))
    assert 0 < both <= min(first, second)
    assert re.search(r"agreed triples with the same date: \d+ of " + str(both), out)
