"""Two `graphkit load` processes at once, again and again: does the database end as one load?

Runs the four cases of issue 12 (an empty database or one holding only the nodes;
both loads started together or the second 1.5 s later) N times each against the
managed instance (or NEO4J_*), and prints, for every run, the nodes and relationships
left and whether every property equals a single load's. Exit 1 if any run differs.

    .venv/bin/python scripts/concurrent-loads.py --repeat 20
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from graphkit.io import read_dataset
from graphkit.store.load import load_graph
from graphkit.store.readback import read_networkx
from graphkit.store.settings import Settings, connect

DATA = Path(__file__).resolve().parents[1] / "data"


def _state(driver, database: str):
    G = read_networkx(driver, database=database)
    edges = sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in G.edges(keys=True, data=True))
    nodes = sorted((n, tuple(sorted((k, str(v)) for k, v in d.items()))) for n, d in G.nodes(data=True))
    return G.number_of_nodes(), G.number_of_edges(), hash((tuple(nodes), tuple(map(str, edges))))


def _empty(driver, database: str) -> None:
    driver.execute_query("MATCH ()-[r]->() DELETE r", database_=database)
    driver.execute_query("MATCH (n) DELETE n", database_=database)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    settings = Settings.from_env()
    failures = 0
    with connect(settings) as driver:
        db = settings.database
        _empty(driver, db)
        load_graph(driver, read_dataset(args.data), database=db)
        reference = _state(driver, db)
        print(f"one load: {reference[0]} nodes, {reference[1]} relationships")
        for start in ("empty", "nodes only"):
            for delay in (0.0, 1.5):
                for run in range(1, args.repeat + 1):
                    _empty(driver, db)
                    if start == "nodes only":
                        load_graph(driver, read_dataset(args.data), database=db)
                        driver.execute_query("MATCH ()-[r]->() DELETE r", database_=db)
                    cmd = [sys.executable, "-m", "graphkit", "load", str(args.data)]
                    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    time.sleep(delay)
                    second = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    codes = [p.wait() for p in (first, second)]
                    state = _state(driver, db)
                    same = state == reference and codes == [0, 0]
                    failures += not same
                    print(f"{start:10s} delay {delay:.1f} s run {run:2d}: exit {codes}, "
                          f"{state[0]} nodes, {state[1]} relationships, "
                          f"{'same as one load' if same else 'DIFFERS'}", flush=True)
    print(f"{failures} of {4 * args.repeat} runs differ from one load")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
