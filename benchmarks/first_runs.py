"""The first run of fresh held-out sets: each set measured once at one revision of the
extractor, from a ``git archive`` of it, as issue #17's window counts it.

For each SET folder (articles and ``gold.csv``, see ``benchmarks/extract_dev/FRESH_SETS.md``)
it runs ``benchmarks/extract.py --dir SET --repeat 1 --workers 1 --show-errors`` from the
archive of REV, keeps the output as ``SET/first_run_<rev>.txt`` (the errors to read once the
set is measured) and prints the set's row for ``benchmarks/extract_dev/heldout_runs.csv``:
the folder's name in upper case, the revision, gold, found and correct, ``result``.

Usage: python benchmarks/first_runs.py REV SET [SET ...]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_OVERALL = re.compile(r"^\| overall \| (\d+) \| (\d+) \| (\d+) \|", re.MULTILINE)


class RunError(Exception):
    """A set or a revision that cannot be measured, said in one line."""


def revision(rev: str) -> str:
    """The short hash of ``rev`` in this repository."""
    done = subprocess.run(["git", "rev-parse", "--short=7", "--verify", "--quiet", f"{rev}^{{commit}}"],
                          cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RunError(f"{rev}: no such revision in {REPO}")
    return done.stdout.strip()


def archive(rev: str, into: Path) -> None:
    """The tree of ``rev`` written into ``into``."""
    git = subprocess.Popen(["git", "archive", "--format=tar", rev], cwd=REPO, stdout=subprocess.PIPE)
    tar = subprocess.run(["tar", "-x", "-C", str(into)], stdin=git.stdout, check=False)
    git.stdout.close()
    if git.wait() or tar.returncode:
        raise RunError(f"{rev}: git archive into {into} failed")


def first_run(tree: Path, rev: str, folder: Path) -> tuple[int, int, int]:
    """(gold, found, correct) of ``folder`` at the archived ``tree``; the output is kept."""
    if not folder.is_dir() or not (folder / "gold.csv").is_file():
        raise RunError(f"{folder}: expected a folder with gold.csv and its articles")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "benchmarks/extract.py", "--dir", str(folder.resolve()),
                           "--repeat", "1", "--workers", "1", "--show-errors"],
                          cwd=tree, env=env, capture_output=True, text=True, check=False)
    found = _OVERALL.search(done.stdout)
    if done.returncode or not found:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RunError(f"{folder}: benchmarks/extract.py at {rev} failed: {last}")
    (folder / f"first_run_{rev}.txt").write_text(done.stdout, encoding="utf-8")
    return tuple(int(x) for x in found.groups())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args()
    try:
        rev = revision(args.rev)
        with tempfile.TemporaryDirectory() as tree:
            archive(rev, Path(tree))
            for folder in args.sets:
                gold, found, correct = first_run(Path(tree), rev, folder)
                print(f"{folder.resolve().name.upper()},{rev},{gold},{found},{correct},,result")
    except RunError as err:
        print(f"first_runs: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
