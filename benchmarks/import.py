"""Time `graphkit import gdelt` on synthetic GDELT 2.0 events against pandas read_csv + groupby, same run.

Usage: python benchmarks/import.py [--events 5000000] [--seed 0] [--keep FILE | --reuse FILE] [--full] [--duckdb]
                                  [--python] [--parts]

Writes ``--events`` rows in GDELT 2.0's event format (61 tab-separated columns; actor
countries Zipf-distributed over ISO 3166-1 alpha-3 codes, one row in ten with a region
such as AFR or a missing actor, one in twenty within one country; CAMEO roots weighted
towards statements and consultations as in GDELT; a year of days), then, each in a
child process of its own, (1) graphkit.io.importers.gdelt.aggregate_gdelt with its
default engine, one C pass (read, check every row, filter, and sum into claims held in C,
as the baseline's DataFrame holds its own: the smallest ids and URLs of each claim
included; the engine that ran is printed) and (2) a plain pandas baseline doing less work: read_csv of the needed
columns, the same country filter, groupby (Actor1, Actor2, QuadClass, month) with count,
sums, means and first/last day (no row checks, no event ids, URLs or root codes): the same
claims. Prints rows per second, peak memory (ru_maxrss of the child), the ratio
graphkit/pandas (wall clock, and CPU time of all threads, steadier on a shared machine),
the load average before and after, and checks both found the same number of claims.
Library imports (duckdb, pandas) happen before the clock starts, in both.

--duckdb also times the DuckDB engine (engine="duckdb"; if it took the memory-bounded
staged way, which sums the claims as they are read, the claims are read too); --python
the plain Python engine (engine="python"); --full also times the
whole `graphkit import gdelt` work: claims as objects, edge rows, the check
`graphkit validate` makes, the CSV file written; --parts also times reading alone (DuckDB's
CSV reader on the columns the engine uses, pandas' read_csv of the baseline), the floor
under each.

Issue #18's target: at least 3x the pandas baseline, under 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import tempfile
import time
from queue import Empty

_REGIONS = ["AFR", "EUR", "ASA", "WST", "SAF", "MEA", ""]
_ROOTS = [("01", 1, 14), ("02", 1, 6), ("03", 1, 8), ("04", 1, 24), ("05", 1, 7), ("06", 2, 3),
          ("07", 2, 3), ("08", 2, 2), ("09", 2, 1), ("10", 3, 2), ("11", 3, 6), ("12", 3, 2),
          ("13", 3, 2), ("14", 3, 2), ("15", 4, 1), ("16", 4, 2), ("17", 4, 4), ("18", 4, 4),
          ("19", 4, 6), ("20", 4, 1)]


def write_events(path: str, events: int, seed: int) -> None:
    """``events`` synthetic rows in GDELT 2.0's format (see the module docstring)."""
    from graphkit.io.countries import all_countries

    rng = random.Random(seed)
    codes = sorted(c.iso3 for c in all_countries())
    rng.shuffle(codes)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(codes))]
    roots = [r for r, _, _ in _ROOTS]
    quads = {r: q for r, q, _ in _ROOTS}
    root_w = [w for _, _, w in _ROOTS]
    with open(path, "w", encoding="utf-8", newline="") as out:
        for start in range(0, events, 50_000):
            n = min(50_000, events - start)
            a1 = rng.choices(codes, weights, k=n)
            a2 = rng.choices(codes, weights, k=n)
            picked = rng.choices(roots, root_w, k=n)
            lines = []
            for i in range(n):
                x, y, r = a1[i], a2[i], picked[i]
                dice = rng.random()
                if dice < 0.1:
                    x = rng.choice(_REGIONS)
                elif dice < 0.15:
                    y = x
                day = 20190101 + rng.randrange(12) * 100 + rng.randrange(28)
                row = [""] * 61
                row[0], row[1], row[2], row[3] = str(900_000_000 + start + i), str(day), str(day // 100), "2019"
                row[4], row[5], row[7], row[15], row[17] = "2019.5", x, x, y, y
                row[25], row[26], row[27], row[28], row[29] = "1", r + "0", r + "0", r, str(quads[r])
                row[30], row[31] = f"{rng.uniform(-10, 10):.1f}", str(rng.randint(1, 40))
                row[32], row[33] = str(rng.randint(1, 5)), str(rng.randint(1, 40))
                row[34], row[59] = f"{rng.uniform(-8, 4):.4f}", f"{day}120000"
                row[60] = f"https://news.example/{start + i}"
                lines.append("\t".join(row) + "\n")
            out.writelines(lines)


def _graphkit(path: str, queue, engine: str = "c") -> None:
    import duckdb  # noqa: F401  (imported before the clock, as pandas is in the baseline)

    from graphkit.io.importers.gdelt import aggregate_gdelt

    t, cpu = time.perf_counter(), time.process_time()
    result = aggregate_gdelt([path], engine=engine)
    if result.staged:  # the memory-bounded way sums the claims as they are read: read them
        sum(1 for _ in result.iter_claims())
    queue.put((time.perf_counter() - t, time.process_time() - cpu, result.count,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               f"engine {result.engine}" + (", staged" if result.staged else "")))


def _duckdb(path: str, queue) -> None:
    _graphkit(path, queue, engine="duckdb")


def _python(path: str, queue) -> None:
    from graphkit.io.importers.gdelt import aggregate_gdelt

    t, cpu = time.perf_counter(), time.process_time()
    claims = aggregate_gdelt([path], engine="python").count
    queue.put((time.perf_counter() - t, time.process_time() - cpu, claims,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ""))


def _full(path: str, queue) -> None:
    import duckdb  # noqa: F401

    from graphkit.io.importers.gdelt import read_gdelt
    from graphkit.io.importers.output import write_imported

    t, cpu = time.perf_counter(), time.process_time()
    result, imported = read_gdelt([path], keep_claims=False)  # as graphkit import gdelt --out does
    write_imported(imported, path + ".edges.csv")
    claims = result.count
    os.remove(path + ".edges.csv")
    queue.put((time.perf_counter() - t, time.process_time() - cpu, claims,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "staged" if result.staged else "one pass"))


def _duckdb_read(path: str, queue) -> None:
    import duckdb

    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(61)) + "}"
    t, cpu = time.perf_counter(), time.process_time()
    con = duckdb.connect(config={"preserve_insertion_order": False})
    rows = con.execute(f"SELECT count(c0), count(c1), count(c7), count(c17), count(c28), count(c29), count(c30), "
                       f"count(c31), count(c32), count(c33), count(c34), count(c59), count(c60) FROM read_csv(?, "
                       f"delim='\t', quote='', escape='', header=false, auto_detect=false, strict_mode=true, "
                       f"columns={columns})", [path]).fetchone()[0]
    queue.put((time.perf_counter() - t, time.process_time() - cpu, rows,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "read, nothing else"))


def _pandas_read(path: str, queue) -> None:
    import pandas as pd

    t, cpu = time.perf_counter(), time.process_time()
    df = pd.read_csv(path, sep="\t", header=None, quoting=3, usecols=[1, 7, 17, 29, 30, 31, 32, 33, 34],
                     dtype={1: "int64", 7: "string", 17: "string"}, keep_default_na=False)
    queue.put((time.perf_counter() - t, time.process_time() - cpu, len(df),
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "read, nothing else"))


def _pandas(path: str, queue) -> None:
    import pandas as pd

    from graphkit.io.countries import is_iso3

    t, cpu = time.perf_counter(), time.process_time()
    df = pd.read_csv(path, sep="\t", header=None, quoting=3, usecols=[1, 7, 17, 29, 30, 31, 32, 33, 34],
                     dtype={1: "int64", 7: "string", 17: "string"}, keep_default_na=False)
    iso = {c: is_iso3(c) for c in pd.unique(pd.concat([df[7], df[17]]))}
    df = df[df[7].map(iso) & df[17].map(iso) & (df[7] != df[17])]
    df = df.assign(month=df[1] // 100)
    claims = df.groupby([7, 17, 29, "month"]).agg(
        events=(1, "size"), first=(1, "min"), last=(1, "max"), mentions=(31, "sum"), sources=(32, "sum"),
        articles=(33, "sum"), goldstein=(30, "mean"), tone=(34, "mean"))
    queue.put((time.perf_counter() - t, time.process_time() - cpu, len(claims),
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ""))


def run(target, path: str) -> tuple[float, float, int, float, str]:
    """Seconds, CPU seconds (all threads), claims, peak MB and a note of ``target`` in a fresh process."""
    queue = mp.get_context("spawn").Queue()
    child = mp.get_context("spawn").Process(target=target, args=(path, queue))
    child.start()
    while True:  # a child that fails (a traceback on stderr) sends nothing: stop, do not hang
        try:
            seconds, cpu, claims, maxrss_kb, note = queue.get(timeout=1)
            break
        except Empty:
            if not child.is_alive():
                raise SystemExit(f"{target.__name__} failed (exit code {child.exitcode})") from None
    child.join()
    return seconds, cpu, claims, maxrss_kb / 1024, note


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5_000_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", help="write the synthetic file here and keep it")
    ap.add_argument("--reuse", help="time this synthetic file, written before with --keep and the same --events")
    ap.add_argument("--duckdb", action="store_true", help="also time the DuckDB engine")
    ap.add_argument("--python", action="store_true", help="also time the plain Python engine")
    ap.add_argument("--full", action="store_true", help="also time the whole import to a checked CSV")
    ap.add_argument("--parts", action="store_true", help="also time reading alone: DuckDB's CSV reader on "
                    "the 13 columns the engine uses, and pandas' read_csv of the baseline")
    args = ap.parse_args()
    folder = tempfile.mkdtemp()
    path = args.reuse or args.keep or os.path.join(folder, "synthetic.export.CSV")
    if not args.reuse:
        t = time.perf_counter()
        write_events(path, args.events, args.seed)
        print(f"{args.events:,} synthetic events, {os.path.getsize(path) / 2**20:,.0f} MiB, written in "
              f"{time.perf_counter() - t:.1f} s")
    else:
        print(f"{args.events:,} synthetic events, {os.path.getsize(path) / 2**20:,.0f} MiB ({path})")
    targets = [("graphkit", _graphkit), ("pandas", _pandas)]
    targets += [("duckdb", _duckdb)] * args.duckdb
    targets += [("python", _python)] * args.python + [("full", _full)] * args.full
    targets += [("duckdb_read", _duckdb_read), ("pandas_read", _pandas_read)] * args.parts
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    results = {name: run(fn, path) for name, fn in targets}
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    labels = {"graphkit": "graphkit", "pandas": "pandas baseline", "duckdb": "graphkit (DuckDB)",
              "python": "graphkit (Python)", "full": "whole import", "duckdb_read": "DuckDB read_csv",
              "pandas_read": "pandas read_csv"}
    for name, (seconds, cpu, claims, peak, note) in results.items():
        print(f"{labels[name]:18} {seconds:7.2f} s  (CPU {cpu:6.2f} s)  {args.events / seconds:12,.0f} rows/s  "
              f"peak {peak:7,.0f} MB  {claims:,} {'rows' if name.endswith('_read') else 'claims'}"
              + (f"  ({note})" if note else ""))
    (g, g_cpu, gc, _, _), (p, p_cpu, pc, _, _) = results["graphkit"], results["pandas"]
    print(f"graphkit/pandas speed ratio: {p / g:.2f}x wall, {p_cpu / g_cpu:.2f}x CPU (target >= 3x, "
          f"peak < 1 GB); same claims: {gc == pc}")
    if not args.keep and not args.reuse:
        os.remove(path)
    os.rmdir(folder)


if __name__ == "__main__":
    main()
