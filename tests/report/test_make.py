"""report_blocs: from data to a report file in one call, as `graphkit report blocs` runs it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from graphkit.errors import GraphkitError
from graphkit.report import report_blocs


def test_report_blocs_writes_the_file_its_suffix_names_and_returns_the_report(tmp_path, small_data):
    report = report_blocs(["club", "Moon Base"], tmp_path / "r.json", data=small_data, as_of="2024-06-30")
    written = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert written["as_of"] == report.as_of == "2024-06-30"
    assert [b["id"] for b in written["blocs"]] == [b["id"] for b in report.blocs] == ["club", "moonbase"]


def test_report_blocs_describes_today_without_as_of(tmp_path, small_data):
    report = report_blocs(["club", "moonbase"], tmp_path / "r.md", data=small_data)
    assert report.as_of == dt.date.today().isoformat()
    assert f"as of {report.as_of}" in (tmp_path / "r.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("names", "out", "as_of", "message"), [
    (["BRICS"], "r.md", None, "expected two or more blocs, got 1: 'BRICS'"),
    ([], "r.md", None, "expected two or more blocs, got 0: none"),
    (["BRICS", "G7"], "r.pdf", None, "{tmp}/r.pdf: expected a file name ending in .html, .md or .json"),
    (["BRICS", "G7"], "r.md", "30/06/2024", "as_of: expected a full date as YYYY-MM-DD, got '30/06/2024'"),
])
def test_report_blocs_refuses_bad_arguments_before_reading_any_data(tmp_path, names, out, as_of,
                                                                    message):
    with pytest.raises(GraphkitError) as exc:  # the data folder does not even exist
        report_blocs(names, tmp_path / out, data=tmp_path / "missing", as_of=as_of)
    assert str(exc.value) == message.format(tmp=tmp_path)
    assert list(tmp_path.iterdir()) == []
