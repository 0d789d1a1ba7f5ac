"""Source kinds and statuses: closed lists from schema.yaml, mirror warnings, their share."""

from __future__ import annotations

from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.io.read import check_dataset, source_warnings
from graphkit.schema import load_schema
from graphkit.stats import dataset_stats
from tests.conftest import EDGE_HEADER, NODE_HEADER, edge, write_csv
from tests.data.shared import dataset

runner = CliRunner()
HEADER = EDGE_HEADER + ["evidence_en", "status", "source_kind"]


def _data(tmp_path, rows):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER,
              [["moon-accords", "Agreement", "Moon Accords", "", "", ""]])
    write_csv(tmp_path / "edges" / "e.csv", HEADER, rows)
    return tmp_path


def _row(subject, *, evidence_en="", status="", source_kind="primary"):
    return edge(subject, "SIGNED", "moon-accords", "2024") + [evidence_en, status, source_kind]


def test_status_and_source_kind_are_closed_lists_from_the_schema(tmp_path):
    schema = load_schema()
    assert schema.edge_values["status"] == ("disputed", "announced", "suspended")
    assert schema.edge_values["source_kind"] == ("primary", "secondary", "mirror")
    _data(tmp_path, [_row("FRA", status="rumoured"), _row("DEU", source_kind="blog"),
                     _row("ITA", evidence_en="Italy signed"), _row("ESP", status="disputed")])
    _, problems = check_dataset(tmp_path)
    found = sorted((p.line, p.field) for p in problems)
    assert found == [(2, "status"), (3, "source_kind"), (4, "evidence_en")]


def test_validate_strict_warns_on_each_mirror_and_fails_above_the_share(tmp_path):
    _data(tmp_path, [_row("FRA", source_kind="mirror"), _row("DEU"), _row("ITA")])
    plain = runner.invoke(app, ["validate", str(tmp_path)])
    assert plain.exit_code == 0 and plain.stdout == ""
    strict = runner.invoke(app, ["validate", "--strict", str(tmp_path)])
    assert strict.exit_code == 1  # 1 of 3 edges is more than 5%
    assert "e.csv:2: source_kind: warning: mirror source" in strict.stdout
    assert "1 edge (33.3%) sourced from mirror; at most 5% allowed" in strict.stderr


def test_repository_data_keeps_mirrors_within_the_schema_share():
    data = dataset()
    warnings, too_many = source_warnings(data)
    assert not too_many, f"{len(warnings)} mirror-sourced edges of {len(data.edges)}"
    assert len(warnings) == sum(e.source_kind == "mirror" for e in data.edges)


def test_stats_reports_the_share_of_each_source_kind():
    stats = dataset_stats(dataset())
    assert set(stats.edges_by_source_kind) <= {"primary", "secondary", "mirror"}
    assert sum(stats.edges_by_source_kind.values()) == stats.edges
    rows = [r for r in stats.rows() if r["section"] == "source kind"]
    assert {r["name"] for r in rows} == set(stats.edges_by_source_kind)
    assert all(r["count"].endswith("%)") for r in rows)
