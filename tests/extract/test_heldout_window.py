"""benchmarks/heldout_window.py sums the window of issue #17 from one row per fresh set: the
rows agree with the wave totals docs/EXTRACT.md printed and with the annotations, the README reports the window they
give, and a window that would cut a count known only for several sets together is refused."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from heldout_window import read_runs, window

RUNS = read_runs()
_WAVE = re.compile(r"^\| ([A-Z]{2,3}) to ([A-Z]{2,3}), first runs[^|]*\| ([\d,]+) \| ([0-9a-f]{7})[^|]*\| "
                   r"([\d,]+) \| ([\d,]+) \|", re.MULTILINE)
_WINDOW = re.compile(r"^\| the last 150 fresh sets \(([A-Z]{2,3}) to ([A-Z]{2,3})\)[^|]*\| [\d,]+ \| "
                     r"([\d,]+) \| [^|(]*\((0\.\d+)\)[^|]*\| [^|(]*\((0\.\d+)\)", re.MULTILINE)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_each_whole_wave_adds_up_to_the_totals_docs_printed_for_it():
    docs = (REPO / "docs" / "EXTRACT.md").read_text(encoding="utf-8")
    printed = {(m[0], m[1]): (_number(m[2]), m[3], _number(m[4]), _number(m[5]))
               for m in _WAVE.findall(docs)}
    by_revision = defaultdict(list)
    for r in RUNS:
        by_revision[r["measured_at"]].append(r)
    checked = 0
    for rows in by_revision.values():
        for start in range(0, len(rows), 8):
            wave = rows[start:start + 8]
            key = (wave[0]["set"], wave[-1]["set"])
            if len(wave) < 8 or key not in printed:
                continue
            gold, revision, found, correct = printed[key]
            shared = {(r["measured_at"], r["shared_found"]) for r in wave if not r["found"]}
            assert revision == wave[0]["measured_at"]
            assert gold == sum(int(r["gold"]) for r in wave)
            assert found == sum(int(r["found"]) for r in wave if r["found"]) + sum(int(t) for _, t in shared)
            assert correct == sum(int(r["correct"]) for r in wave)
            checked += 1
    assert checked >= 17  # OU to UH, the whole waves of the window of session 61


def test_each_set_s_gold_is_the_claims_its_annotation_records():
    annotated = defaultdict(set)
    with (REPO / "benchmarks" / "extract_dev" / "real_annotations.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["subject"]:
                annotated[r["set"]].add((r["article"], r["subject"], r["relation"], r["object"]))
    assert {r["set"]: int(r["gold"]) for r in RUNS} == {
        r["set"]: len(annotated["heldout-" + r["set"]]) for r in RUNS}


def test_the_window_is_summed_from_its_rows():
    w = window(RUNS, last=150)
    rows = RUNS[-150:]
    assert (w.first, w.last, w.sets) == (rows[0]["set"], rows[-1]["set"], 150)
    assert w.gold == sum(int(r["gold"]) for r in rows)
    shared = {(r["measured_at"], r["shared_found"]) for r in rows if not r["found"]}
    assert w.found == sum(int(r["found"]) for r in rows if r["found"]) + sum(int(t) for _, t in shared)


def test_the_readme_reports_the_window_the_rows_give():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first, last, gold, precision, recall = _WINDOW.findall(readme)[-1]
    w = window(RUNS, last=150, until=last)
    assert (first, _number(gold)) == (w.first, w.gold)
    assert float(precision) == pytest.approx(w.precision, abs=0.0006)
    assert float(recall) == pytest.approx(w.recall, abs=0.00006)


def test_a_window_that_cuts_a_count_known_only_together_is_refused():
    names = [r["set"] for r in RUNS]
    with pytest.raises(ValueError, match="known only together"):
        window(RUNS, last=names.index("TP") - names.index("OO") + 1, until="TP")
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "heldout_window.py"),
                          "--last", "3", "--until", "TP"], check=False, capture_output=True,
                         text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "TN, TP, TR" in run.stderr
    for args in (["--last", "0"], ["--until", "NO-SUCH-SET"], ["--runs", str(REPO / "no-such.csv")]):
        run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "heldout_window.py"), *args],
                             check=False, capture_output=True, text=True)
        assert run.returncode == 1 and len(run.stderr.strip().splitlines()) == 1, args
        assert "Traceback" not in run.stderr


def test_the_command_prints_the_window_and_what_the_target_needs():
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "heldout_window.py")],
                         capture_output=True, text=True, check=True).stdout
    w = window(RUNS)
    assert f"{w.gold:,} gold, {w.found:,} found, {w.correct:,} correct" in out
    assert re.search(r"to reach recall 0.7: \d+ more correct claims", out)
    output = sum(r["basis"] == "result" for r in RUNS[-150:])
    assert f"{output} sets' figures are their runs' own output; the other {150 - output} are recovered" in out


def _letters(first: str, last: str) -> list[str]:
    out = [first]
    while out[-1] != last:
        a, b = out[-1]
        out.append(chr(ord(a) + 1) + "A" if b == "Z" else a + chr(ord(b) + 1))
    return out


def test_every_window_row_of_the_readme_counts_the_articles_and_gold_its_sets_annotate():
    # the carried rows that lost PK to PR and RG to RN would fail here
    annotated, articles = defaultdict(set), defaultdict(set)
    with (REPO / "benchmarks" / "extract_dev" / "real_annotations.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            articles[r["set"]].add(r["article"])
            if r["subject"]:
                annotated[r["set"]].add((r["article"], r["subject"], r["relation"], r["object"]))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| the last \S+ fresh sets \(([A-Z]{2}) to ([A-Z]{2})\)[^|]*\| ([\d,]+) \| "
                      r"([\d,]+) \|", readme, re.MULTILINE)
    assert len(rows) >= 60
    for first, last, count, gold in rows:
        sets = ["heldout-" + s for s in _letters(first, last)]
        assert sum(len(articles[s]) for s in sets) == _number(count), (first, last)
        assert sum(len(annotated[s]) for s in sets) == _number(gold), (first, last)
