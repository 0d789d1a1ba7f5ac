"""benchmarks/extract.py scores claims on nodes data/ lacks against ``new_gold.csv`` when a
set has one: an article of our own, its gold and its new-node gold, end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.extract import as_new_gold, new_node_gold


def test_a_claim_on_a_new_node_matches_the_name_its_annotator_wrote(tmp_path):
    (tmp_path / "new_gold.csv").write_text(
        "article,subject,relation,object_name,since\n"
        "a.txt,SAU,MEMBER_OF,the Gulf Cooperation Council,1981\n", encoding="utf-8")
    gold = new_node_gold(tmp_path)
    assert gold == {"a.txt": {("SAU", "MEMBER_OF", "new:gulf-cooperation-council")}}
    found = {("SAU", "MEMBER_OF", "gulf-cooperation-council"), ("QAT", "MEMBER_OF", "gulf-cooperation-council"),
             ("SAU", "SIGNED", "gulf-cooperation-council"), ("SAU", "MEMBER_OF", "brics")}
    # only the same subject and relation on the same name is the gold row
    assert as_new_gold(found, gold["a.txt"], known={"brics"}) == {
        ("SAU", "MEMBER_OF", "new:gulf-cooperation-council"), ("QAT", "MEMBER_OF", "gulf-cooperation-council"),
        ("SAU", "SIGNED", "gulf-cooperation-council"), ("SAU", "MEMBER_OF", "brics")}
    # the same words in another number are the same name
    named = as_new_gold({("SAU", "MEMBER_OF", "gulf-cooperation-councils")}, gold["a.txt"], set())
    assert named == {("SAU", "MEMBER_OF", "new:gulf-cooperation-council")}
    assert new_node_gold(tmp_path / "elsewhere") == {}


def test_the_benchmark_prints_a_second_table_with_new_node_gold(tmp_path):
    (tmp_path / "a.txt").write_text(
        "# source: https://example.org/a published: 2024-05-04\n"
        "Saudi Arabia and Qatar are members of the Gulf Cooperation Council. Egypt joined BRICS "
        "in January 2024.\n", encoding="utf-8")
    (tmp_path / "gold.csv").write_text("article,subject,relation,object,since\n"
                                       "a.txt,EGY,MEMBER_OF,brics,2024-01\n", encoding="utf-8")
    (tmp_path / "new_gold.csv").write_text(
        "article,subject,relation,object_name,since\n"
        "a.txt,SAU,MEMBER_OF,Gulf Cooperation Council,2024\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "extract.py"), "--dir",
                             str(tmp_path), "--repeat", "1", "--workers", "1"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    table = result.stdout.split("new_gold.csv's 1 claims")[1]
    overall = next(line for line in table.splitlines() if line.startswith("| overall"))
    # gold: Egypt in BRICS and Saudi Arabia in the GCC; found: those and Qatar in the GCC
    assert overall == "| overall | 2 | 3 | 2 | 0.67 | 1.00 |"


def test_the_floor_table_keeps_each_triple_at_its_highest_confidence(capsys):
    from benchmarks.extract import print_floors

    best = {("a.txt", "EGY", "MEMBER_OF", "brics"): 0.95, ("a.txt", "ETH", "MEMBER_OF", "brics"): 0.55,
            ("b.txt", "IRN", "MEMBER_OF", "brics"): 0.75}
    print_floors(best, {"a.txt": {("EGY", "MEMBER_OF", "brics")}, "b.txt": {("IRN", "MEMBER_OF", "brics"),
                                                                              ("ARE", "MEMBER_OF", "brics")}})
    rows = {line.split("|")[1].strip(): line for line in capsys.readouterr().out.splitlines()
            if line.startswith("| 0.")}
    assert rows["0.5"] == "| 0.5 | 3 | 2 | 0.67 | 0.67 |"
    assert rows["0.6"] == "| 0.6 | 2 | 2 | 1.00 | 0.67 |"
    assert rows["0.8"] == "| 0.8 | 1 | 1 | 1.00 | 0.33 |"
