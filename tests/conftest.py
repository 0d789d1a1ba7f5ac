"""Shared fixtures: small datasets written to temporary folders, and the repo's data/."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"

# The suite's Neo4j servers live for minutes and answer small queries: Java's quick compiler
# alone (no C2) halved their CPU, 10.5 -> 5.2 s to boot and 23.6 -> 13.5 s to load data/ and
# run every saved query three times (measured 2026-12-02). Set the variable (even empty) to
# run the suite with the JVM's defaults.
os.environ.setdefault("GRAPHKIT_NEO4J_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1")

NODE_HEADER = ["id", "kind", "name", "aliases", "description", "url"]
EDGE_HEADER = ["subject", "relation", "object", "since", "until", "source_url", "publisher",
               "evidence", "retrieved", "note"]


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, encoding="utf-8",
              newline="\n") -> Path:
    """Write a CSV file (creating its folder), with a chosen encoding and line end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def edge(subject, relation, obj, since, until="", evidence="The source says so.", **kw):
    """One edge row with plausible provenance."""
    return [subject, relation, obj, since, until, kw.get("source_url", "https://example.org/a"),
            kw.get("publisher", "Example"), evidence, kw.get("retrieved", "2026-11-24"),
            kw.get("note", "")]


@pytest.fixture
def small_data(tmp_path: Path) -> Path:
    """A tiny valid dataset: two programmes, one agreement, a handful of countries."""
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["moonbase", "Programme", "Moon Base", "MB;Lunar Base", "", ""],
        ["moon-accords", "Agreement", "Moon Accords", "", "", ""],
        ["club", "Organisation", "The Club", "", "", ""],
    ])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [
        edge("RUS", "RATIFIED", "moon-accords", "2024-06"),
        edge("CHN", "LEADS", "moonbase", "2021-03-09"),
        edge("Türkiye", "EXPRESSED_INTEREST_IN", "moonbase", "2024-06"),
        edge("GBR", "MEMBER_OF", "club", "1973-01-01", "2020-01-31"),
        edge("FRA", "MEMBER_OF", "club", "1958"),
    ])
    return tmp_path


def pytest_sessionfinish(session, exitstatus):
    """A skipped or xfailed test is not a passing one: any of them fails the run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = sum(len(reporter.stats.get(k, [])) for k in ("skipped", "xfailed", "xpassed")) \
        if reporter else 0
    if skipped and exitstatus == 0:
        session.exitstatus = 1
        if reporter:
            reporter.write_line(f"error: {skipped} test(s) skipped; a test that cannot run must fail "
                                "and say what to install", red=True)


#: Fixtures that mean a real Neo4j or a real Chromium; a test using one (directly or through
#: another fixture) is marked for it, so `-m "not neo4j and not browser"` is the fast part.
_MARKED_BY_FIXTURE = {"neo4j_server": "neo4j", "neo4j_driver": "neo4j", "chromium": "browser"}


def pytest_collection_modifyitems(config, items):
    """Mark each test by the real parts it uses (tests that start a server mark themselves)."""
    for item in items:
        for fixture in set(getattr(item, "fixturenames", ())) & _MARKED_BY_FIXTURE.keys():
            item.add_marker(getattr(pytest.mark, _MARKED_BY_FIXTURE[fixture]))
    _slow_files_first(items)


def _slow_files_first(items) -> None:
    """Files with Neo4j, Chromium or slow tests run first, each file's tests in their own order.

    With two xdist workers (scripts/test.sh, ``--dist loadfile``) the slow files are then
    shared out first and the quick ones fill the gaps at the end, instead of one worker
    finishing the last Neo4j file alone. The order is the same on every worker, as xdist
    requires.
    """
    rank: dict[str, int] = {}
    for item in items:
        weight = 0 if item.get_closest_marker("neo4j") else \
            1 if item.get_closest_marker("browser") or item.get_closest_marker("slow") else 2
        rank[item.fspath] = min(rank.get(item.fspath, 2), weight)
    order = {id(item): i for i, item in enumerate(items)}
    items.sort(key=lambda item: (rank[item.fspath], order[id(item)]))
