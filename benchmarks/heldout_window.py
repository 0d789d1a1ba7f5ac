"""The window of issue #17: precision and recall of ``graphkit extract`` over the last N fresh
sets, each at its first measurement, before anyone read its errors.

Reads ``benchmarks/extract_dev/heldout_runs.csv``, one row per fresh set in the order the sets
were built: ``set``, ``measured_at`` (the revision of that first run), ``gold``, ``found`` and
``correct`` (the overall row of the first table that ``benchmarks/extract.py --dir SET
--repeat 1 --workers 1`` prints), ``shared_found`` and ``basis``, which says where the row's
figures come from:

- ``result``: copied from that run's output;
- ``recovered``: the run's output is gone; the figures are the only ones that round to the
  precision and recall docs/EXTRACT.md printed for the set (two decimals, with its gold count)
  and add up, with the other sets of its wave, to the wave's totals printed there;
- ``shared``: as recovered, but found is known only together with the other ``shared`` rows of
  the same revision: ``found`` is empty and ``shared_found`` holds their total. A window must
  take all of them or none. (One such group per revision: two at one revision with the same
  total could not be told apart; TN, TP and TR are the only one.)

The window is summed from these rows, never carried from the last one: a carried sum once lost
two waves (docs/EXTRACT.md, round fifty-three).

Usage: python benchmarks/heldout_window.py [--last 150] [--until SET] [--runs CSV]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from dataclasses import dataclass
from pathlib import Path

RUNS = Path(__file__).resolve().parent / "extract_dev" / "heldout_runs.csv"
PRECISION, RECALL = 0.8, 0.7  # the target on unseen text


@dataclass(frozen=True)
class Window:
    first: str
    last: str
    sets: int
    gold: int
    found: int
    correct: int
    from_output: int = 0  # sets whose figures are their run's own output (the others recovered)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0


def read_runs(path: Path = RUNS) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def window(runs: list[dict], last: int = 150, until: str | None = None) -> Window:
    """The sum of the ``last`` sets ending at ``until`` (the newest set when None)."""
    if last < 1 or not runs:
        raise ValueError(f"no window of {last} sets in {len(runs)} runs")
    names = [r["set"] for r in runs]
    if until is not None and until not in names:
        raise ValueError(f"no set {until!r} in the runs")
    end = names.index(until) + 1 if until is not None else len(runs)
    if end < last:
        raise ValueError(f"only {end} sets up to {names[end - 1]}, fewer than {last}")
    rows = runs[end - last:end]
    shared = {}
    for r in runs:
        if not r["found"]:
            shared.setdefault((r["measured_at"], r["shared_found"]), []).append(r["set"])
    found = sum(int(r["found"]) for r in rows if r["found"])
    taken = {r["set"] for r in rows}
    for (_, total), group in shared.items():
        inside = [s for s in group if s in taken]
        if inside and len(inside) < len(group):
            raise ValueError(f"the window cuts {', '.join(group)}, whose found count is known "
                             "only together")
        if inside:
            found += int(total)
    return Window(rows[0]["set"], rows[-1]["set"], len(rows), sum(int(r["gold"]) for r in rows),
                  found, sum(int(r["correct"]) for r in rows),
                  sum(r["basis"] == "result" for r in rows))


def describe(w: Window) -> str:
    more_right = max(0, math.ceil(RECALL * w.gold) - w.correct)
    fewer_found = max(0, w.found - math.floor(w.correct / PRECISION))
    return (f"the last {w.sets} fresh sets ({w.first} to {w.last}), each at its first run: "
            f"{w.gold:,} gold, {w.found:,} found, {w.correct:,} correct: precision "
            f"{w.precision:.4f}, recall {w.recall:.4f}\n"
            f"to reach recall {RECALL}: {more_right} more correct claims; to reach precision "
            f"{PRECISION} with these correct claims: {fewer_found} fewer found\n"
            f"{w.from_output} sets' figures are their runs' own output; the other "
            f"{w.sets - w.from_output} are recovered from the per-set precision and recall and the "
            f"waves' totals docs/EXTRACT.md printed (see the basis column)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last", type=int, default=150)
    parser.add_argument("--until", help="the window's newest set (default: the newest run)")
    parser.add_argument("--runs", type=Path, default=RUNS)
    args = parser.parse_args()
    try:
        print(describe(window(read_runs(args.runs), args.last, args.until)))
    except (ValueError, KeyError, OSError) as err:
        print(f"heldout_window: {args.runs}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
