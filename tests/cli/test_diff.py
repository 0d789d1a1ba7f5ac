"""graphkit diff as a user runs it: every 2025 Artemis signatory in data/, with its source."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from graphkit.cli import app
from tests.conftest import DATA, EDGE_HEADER, NODE_HEADER, edge, write_csv

runner = CliRunner()


def test_diff_lists_every_2025_artemis_signatory_in_data_with_its_source():
    with open(DATA / "edges" / "artemis_accords.csv", encoding="utf-8") as fh:
        signed_2025 = {r["subject"]: r for r in csv.DictReader(fh)
                       if r["relation"] == "SIGNED" and r["since"].startswith("2025")}
    assert {"FIN", "BGD", "NOR", "SEN", "HUN", "MYS", "PHL"} <= set(signed_2025)
    result = runner.invoke(app, ["diff", "--from", "2025-01-01", "--to", "2025-12-31",
                                 "--bloc", "artemis-accords", "--data", str(DATA),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    gained = {r["subject"]: r for r in rows if r["section"] == "member"}
    assert set(gained) == set(signed_2025)
    for country, row in gained.items():
        source = signed_2025[country]
        assert (row["source_url"], row["publisher"], row["evidence"]) == (
            source["source_url"], source["publisher"], source["evidence"])
        # a day inside the year: joined; only the year: possible on 1 January already
        assert row["change"] == ("became certain" if source["since"] == "2025" else "joined")
    assert {r["subject"] for r in rows if r["section"] == "claim" and r["relation"] == "SIGNED"} \
        == set(signed_2025)


def test_diff_table_says_what_it_counted_on_stderr(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [["club", "Organisation", "The Club", "", "", ""]])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [
        edge("FRA", "MEMBER_OF", "club", "2020-05"), edge("GBR", "MEMBER_OF", "club", "2001", "2020-01-31")])
    result = runner.invoke(app, ["diff", "--from", "2020-01-01", "--to", "2020-05-10",
                                 "--data", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:3] == [
        "member,club,FRA,FRA,became possible,no,possible,MEMBER_OF,2020-05,,Example,https://example.org/a,The source says so.",
        "member,club,GBR,GBR,left,certain,no,MEMBER_OF,2001,2020-01-31,Example,https://example.org/a,The source says so."]


def test_diff_refuses_a_bad_day_and_a_country_as_bloc_in_one_line():
    result = runner.invoke(app, ["diff", "--from", "2025-1-1", "--to", "2025-12-31"])
    assert (result.exit_code, result.stderr) == (
        1, "error: --from: expected a full date as YYYY-MM-DD, got '2025-1-1'\n")
    result = runner.invoke(app, ["diff", "--from", "2025-01-01", "--to", "2025-12-31",
                                 "--bloc", "RUS", "--data", str(DATA)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 'RUS' is a country (RUS); expected")
    assert result.stdout == ""
