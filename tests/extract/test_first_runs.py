"""benchmarks/first_runs.py measures a fresh set once from a git archive of a revision and
prints the set's row for heldout_runs.csv; a folder or a revision it cannot measure is one
line and exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "first_runs.py"


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True,
                          text=True, check=False, cwd=REPO)


def test_a_set_is_measured_at_a_revision_and_gives_its_row(tmp_path):
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "zz01.txt").write_text("# source: https://example.org/a published: 2024-05-04\n\n"
                                     "Chile joined the New Development Bank in 2021.\n", encoding="utf-8")
    (folder / "zz02.txt").write_text("# source: https://example.org/b published: 2024-05-04\n\n"
                                     "The weather in Lima was mild.\n", encoding="utf-8")
    (folder / "gold.csv").write_text("article,subject,relation,object,since\n"
                                     "zz01.txt,CHL,MEMBER_OF,ndb,2021\nzz01.txt,PER,MEMBER_OF,ndb,2021\n"
                                     "zz02.txt,,,,\n", encoding="utf-8")
    run = _run("HEAD", folder)
    assert run.returncode == 0, run.stderr
    key, rev, gold, found, correct, shared, basis = run.stdout.strip().split(",")
    head = subprocess.run(["git", "rev-parse", "--short=7", "HEAD"], cwd=REPO, capture_output=True,
                          text=True, check=True).stdout.strip()
    assert (key, rev, gold, shared, basis) == ("ZZ", head, "2", "", "result")
    assert (found, correct) == ("1", "1")  # Chile found, Peru missed
    kept = (folder / f"first_run_{head}.txt").read_text(encoding="utf-8")
    assert "missed zz01.txt: ('PER', 'MEMBER_OF', 'ndb')" in kept


def test_what_cannot_be_measured_is_one_line_and_exit_1(tmp_path):
    run = _run("HEAD", tmp_path / "none")
    assert run.returncode == 1 and "expected a folder with gold.csv" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    run = _run("no-such-revision", tmp_path)
    assert run.returncode == 1 and "no-such-revision: no such revision" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
