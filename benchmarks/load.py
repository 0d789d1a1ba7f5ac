"""Benchmark: graphkit's loader and --bulk against one transaction per row, LOAD CSV and neo4j-admin import.

All methods load the same synthetic graph into the same managed instance in one run;
rates are relationships per second over the whole load (nodes included), and ratios
are against LOAD CSV. Not a test: it prints figures.

    python benchmarks/load.py                      # 10k nodes, 1M relationships
    python benchmarks/load.py --nodes 2000 --rels 100000
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import neo4j

from graphkit.schema import load_schema
from graphkit.store.load import load_graph
from graphkit.store.managed.bulk import bulk_import
from graphkit.store.managed.conf import admin_command
from graphkit.store.managed.jars import find_java
from graphkit.store.managed.memory import Memory
from graphkit.store.managed.server import ManagedNeo4j, ensure_jars
from graphkit.store.rows import graph_rows
from graphkit.store.synthetic import synthetic_graph

REL_COLUMNS = ["since", "source_url", "publisher", "evidence", "retrieved", "until", "note"]


def wipe_data(driver, *, nodes: bool = True) -> None:
    """Delete relationships, then nodes, in small transactions (constraints stay).

    Then a pause, so that the server's background work after the deletion does not land
    on the next method (Community has no db.checkpoint()).
    """
    with driver.session(database="neo4j") as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS").consume()
        if nodes:
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS").consume()
    time.sleep(5)


def count(driver) -> tuple[int, int]:
    n = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_="neo4j").records[0]["c"]
    r = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_="neo4j").records[0]["c"]
    return n, r


def median_of(n: int, label: str, fn, before=None) -> tuple[float, list[float]]:
    """Median seconds of ``n`` timed runs of ``fn`` (``before`` runs untimed before each)."""
    runs = []
    for i in range(n):
        if before is not None:
            before()
        runs.append(timed(f"{label} ({i + 1}/{n})", fn)[0])
    return statistics.median(runs), runs


def spread(runs: list[float], rels: int) -> str:
    """``" (3 runs: 48,000 to 52,000 rel/s)"`` or nothing for one run."""
    if len(runs) < 2:
        return ""
    return f" (median of {len(runs)} runs: {rels / max(runs):,.0f} to {rels / min(runs):,.0f} rel/s)"


def timed(label: str, fn):
    print(f"  {label} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"  {label}: {seconds:.1f} s", file=sys.stderr, flush=True)
    return seconds, result


def write_csvs(G, import_dir: Path) -> tuple[list[Path], dict[str, Path]]:
    """One node file per label and one relationship file per type, for LOAD CSV and admin import."""
    schema = load_schema()
    import_dir.mkdir(parents=True, exist_ok=True)
    node_files, rel_files = [], {}
    by_label: dict[str, list] = {}
    for node_id, d in G.nodes(data=True):
        by_label.setdefault(schema.node_kinds[d["kind"]].label, []).append((node_id, d))
    for label, items in sorted(by_label.items()):
        path = import_dir / f"nodes_{label}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id:ID", "kind", "name", "aliases:string[]", ":LABEL"])
            for node_id, d in items:
                w.writerow([node_id, d["kind"], d["name"], ";".join(d["aliases"]), f"Entity;{label}"])
        node_files.append(path)
    by_type: dict[str, list] = {}
    for s, e, d in G.edges(data=True):
        by_type.setdefault(d["relation"], []).append((s, e, d))
    for rel_type, items in sorted(by_type.items()):
        path = import_dir / f"rels_{rel_type}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", *REL_COLUMNS])
            for s, e, d in sorted(items, key=lambda t: (t[0], t[1])):
                w.writerow([s, e, rel_type, *(d.get(c, "") for c in REL_COLUMNS)])
        rel_files[rel_type] = path
    return node_files, rel_files


def load_csv(driver, node_files: list[Path], rel_files: dict[str, Path], batch: int, verb: str = "MERGE") -> None:
    """LOAD CSV with CALL (row) {...} IN TRANSACTIONS: MERGE (or CREATE) nodes, then relationships."""
    with driver.session(database="neo4j") as session:
        for path in node_files:
            label = path.stem.split("_", 1)[1]
            session.run(
                f"LOAD CSV WITH HEADERS FROM 'file:///{path.name}' AS row "
                f"CALL (row) {{ {verb} (n:Entity {{id: row.`id:ID`}}) SET n:`{label}`, n.kind = row.kind, "
                f"n.name = row.name, n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] "
                f"ELSE split(row.`aliases:string[]`, ';') END }} IN TRANSACTIONS OF {batch} ROWS"
            ).consume()
        for rel_type, path in rel_files.items():
            session.run(
                f"LOAD CSV WITH HEADERS FROM 'file:///{path.name}' AS row "
                f"CALL (row) {{ MATCH (a:Entity {{id: row.`:START_ID`}}) MATCH (b:Entity {{id: row.`:END_ID`}}) "
                f"{verb} (a)-[r:`{rel_type}` {{since: row.since}}]->(b) "
                "SET r.source_url = row.source_url, r.publisher = row.publisher, r.evidence = row.evidence, "
                "r.retrieved = row.retrieved, r.until = nullIf(row.until, ''), r.note = nullIf(row.note, '') "
                f"}} IN TRANSACTIONS OF {batch} ROWS"
            ).consume()


def one_tx_per_row(driver, G, sample: int) -> int:
    """MERGE each relationship of a sample in its own transaction (nodes already loaded)."""
    rows = []
    _, rels = graph_rows(G, load_schema())
    for rel_type, table in rels.items():
        for row in table.rows:
            rows.append((rel_type, table.keys, row))
    random.Random(0).shuffle(rows)
    with driver.session(database="neo4j") as session:
        for rel_type, keys, row in rows[:sample]:
            props = {k: v for k, v in zip(keys, row[3:]) if v is not None}
            session.execute_write(lambda tx, rel_type=rel_type, row=row, props=props: tx.run(
                f"MATCH (a:Entity {{id: $s}}) MATCH (b:Entity {{id: $e}}) "
                f"MERGE (a)-[r:`{rel_type}` {{since: $since}}]->(b) SET r += $props",
                s=row[0], e=row[1], since=row[2], props=props).consume())
    return min(sample, len(rows))


def admin_import(server: ManagedNeo4j, node_files, rel_files, memory: Memory) -> float:
    """Stop the server, `neo4j-admin database import full` into neo4j, start again; seconds of the import."""
    lib = ensure_jars(server.cache_dir)
    server.stop()
    cmd = admin_command(find_java(), lib, "database", "import", "full", "neo4j", "--overwrite-destination=true",
                        "--array-delimiter=;", "--skip-bad-relationships=false",
                        *(f"--nodes={p}" for p in node_files),
                        *(f"--relationships={p}" for p in rel_files.values()), heap="1g")
    env = server.process_env()
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=server.home, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"admin import failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    server.start(timeout=300, memory=memory)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--rels", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=2000, help="rows for one-transaction-per-row")
    parser.add_argument("--instance", default="bench", help="managed instance to use (its data is wiped)")
    parser.add_argument("--state-dir", default=None, help="GRAPHKIT_STATE_DIR for that instance")
    parser.add_argument("--batch-size", type=int, default=20_000, help="load_graph and LOAD CSV rows per batch")
    parser.add_argument("--workers", type=int, default=2, help="load_graph workers (CREATE path)")
    parser.add_argument("--heap", default=None, help="server heap (default: GRAPHKIT_NEO4J_HEAP or 2g)")
    parser.add_argument("--pagecache", default=None, help="server page cache (default: 1g)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the two headline figures (graphkit into an empty database, LOAD CSV "
                             "MERGE) whose median is reported")
    parser.add_argument("--keep", action="store_true", help="leave the instance running")
    args = parser.parse_args()

    server = ManagedNeo4j(args.instance, state_dir=args.state_dir)
    memory = Memory.from_env(heap=args.heap, pagecache=args.pagecache)
    print(f"restarting {server!r} with {memory}", file=sys.stderr)
    server.stop()  # so that the memory settings apply
    server.start(timeout=300, memory=memory)
    rels_n = args.rels
    gen_s, G = timed("synthetic graph", lambda: synthetic_graph(args.nodes, rels_n, seed=0))
    node_files, rel_files = write_csvs(G, server.import_dir)
    figures: list[tuple[str, float, float]] = []  # (method, seconds, rel/s)
    settings = server.settings()
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as driver:
        wipe_data(driver)
        # The first load after a server start runs on a cold JVM (code not yet compiled):
        # reported, then every method below runs on the same warm server.
        s, summary = timed("graphkit load_graph, first load after the server started (cold JVM)",
                           lambda: load_graph(driver, G, database="neo4j", batch_size=args.batch_size,
                                              workers=args.workers))
        assert (summary.nodes_created, summary.relationships_created) == (args.nodes, rels_n), summary
        figures.append(("graphkit load_graph, empty database, first load after the server started (cold JVM)",
                        s, rels_n / s))
        wipe_data(driver)

        summaries = []
        s, runs = median_of(
            args.repeat, "graphkit load_graph (empty db: CREATE path)",
            lambda: summaries.append(load_graph(driver, G, database="neo4j", batch_size=args.batch_size,
                                                workers=args.workers)),
            before=lambda: summaries and wipe_data(driver))
        assert all((x.nodes_created, x.relationships_created) == (args.nodes, rels_n) for x in summaries)
        figures.append((f"graphkit load_graph, empty database (CREATE fast path){spread(runs, rels_n)}",
                        s, rels_n / s))

        s, summary = timed("graphkit load_graph rerun (MERGE, nothing changes)",
                           lambda: load_graph(driver, G, database="neo4j", batch_size=args.batch_size))
        assert not summary.changed, summary
        figures.append(("graphkit load_graph, rerun on the same data (MERGE, 0 created)", s, rels_n / s))

        wipe_data(driver, nodes=False)
        s, summary = timed("graphkit load_graph (nodes exist, no relationships)",
                           lambda: load_graph(driver, G, database="neo4j", batch_size=args.batch_size,
                                              workers=args.workers))
        assert summary.relationships_created == rels_n, summary
        figures.append(("graphkit load_graph, nodes exist, no relationships yet (MERGE nodes, CREATE relationships)",
                        s, rels_n / s))

        wipe_data(driver, nodes=False)
        half = G.copy()
        half.remove_edges_from([e for i, e in enumerate(G.edges(keys=True)) if i % 2])
        load_graph(driver, half, database="neo4j", batch_size=args.batch_size, workers=args.workers)
        s, summary = timed("graphkit load_graph (half the relationships exist: MERGE path)",
                           lambda: load_graph(driver, G, database="neo4j", batch_size=args.batch_size))
        assert summary.relationships_created == rels_n - half.number_of_edges(), summary
        figures.append(("graphkit load_graph, MERGE path (half the relationships exist, half new)", s, rels_n / s))
        del half

        wipe_data(driver, nodes=False)
        s, n = timed("one transaction per row (sample)", lambda: one_tx_per_row(driver, G, args.sample))
        figures.append((f"one transaction per row (MERGE; {n} rows, extrapolated)", s * rels_n / n, n / s))

        def load_csv_merge():
            load_csv(driver, node_files, rel_files, args.batch_size)
            assert count(driver) == (args.nodes, rels_n), count(driver)

        s, runs = median_of(args.repeat, "LOAD CSV", load_csv_merge, before=lambda: wipe_data(driver))
        figures.append(((f"LOAD CSV, CALL (row) {{MERGE}} IN TRANSACTIONS OF {args.batch_size} ROWS"
                         f"{spread(runs, rels_n)}"), s, rels_n / s))

        wipe_data(driver)
        s, _ = timed("LOAD CSV (CREATE)", lambda: load_csv(driver, node_files, rel_files, args.batch_size,
                                                           verb="CREATE"))
        assert count(driver) == (args.nodes, rels_n), count(driver)
        figures.append(((f"LOAD CSV, CALL (row) {{CREATE}} IN TRANSACTIONS OF {args.batch_size} ROWS "
                         "(empty database)"), s, rels_n / s))

    s, summary = timed("graphkit bulk_import (graphkit load --bulk)", lambda: bulk_import(server, G))
    assert (summary.nodes_created, summary.relationships_created) == (args.nodes, rels_n), summary
    figures.append(("graphkit bulk_import = `graphkit load --bulk` (CSV + stop + import + start + schema)",
                    s, rels_n / s))

    s = admin_import(server, node_files, rel_files, memory)
    settings = server.settings()
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as driver:
        assert count(driver) == (args.nodes, rels_n), count(driver)
    figures.append(("neo4j-admin database import full (server stopped; incl. JVM start)", s, rels_n / s))
    if not args.keep:
        server.stop()

    baseline = next(rate for name, _, rate in figures if name.startswith("LOAD CSV"))
    from importlib.util import find_spec

    rust = "neo4j-rust-ext installed" if find_spec("neo4j._rust") else "no neo4j-rust-ext"
    print(f"\n{args.nodes:,} nodes, {rels_n:,} relationships, batch size {args.batch_size}, "
          f"{args.workers} workers, server {memory}, {os.cpu_count()} CPUs, {rust}, load average at the end "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (graph generated in {gen_s:.1f} s)\n")
    print("| method | seconds | rel/s | x LOAD CSV |\n|---|---:|---:|---:|")
    for name, seconds, rate in figures:
        print(f"| {name} | {seconds:,.1f} | {rate:,.0f} | {rate / baseline:.2f} |")
    ours = next(rate for name, _, rate in figures if "(CREATE fast path)" in name)
    theirs = next(rate for name, _, rate in figures if "{CREATE}" in name)
    print(f"\ngraphkit into an empty database vs LOAD CSV with CREATE: {ours / theirs:.2f}x")


if __name__ == "__main__":
    main()
