"""graphkit report writes its file atomically: on a full disk, one line, exit 1, and the
previous report is left whole; no temporary file is left behind."""

from __future__ import annotations

import json
import os

import pytest

from tests.io.limited import leftovers, run_graphkit


@pytest.mark.parametrize("name", ["r.html", "r.md", "r.json"])
def test_report_on_a_full_disk_keeps_the_previous_report(small_data, name):
    tmp_path = small_data  # a small dataset: what is tested is the write, not the analysis
    out = tmp_path / name
    out.write_text("the previous good report\n")
    # RLIMIT_FSIZE: every write past 2,000 bytes fails with EFBIG, as on a disk that is full
    result = run_graphkit("report", "blocs", "moonbase", "moon-accords", "--as-of", "2024-12-31",
                          "--data", str(tmp_path), "--out", name, cwd=tmp_path, file_size=2_000)
    assert out.read_text() == "the previous good report\n"
    assert leftovers(tmp_path) == []
    assert result.returncode == 1
    assert result.stderr == (f"error: {name}: cannot write the report (File too large); "
                             "the previous file is unchanged\n")


def test_report_then_writes_the_whole_file_with_a_normal_mode(small_data):
    tmp_path = small_data
    result = run_graphkit("report", "blocs", "moonbase", "moon-accords", "--as-of", "2024-12-31",
                          "--data", str(tmp_path), "--out", "out/r.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "out" / "r.json").read_text())
    assert report["as_of"] == "2024-12-31"
    assert len(report["blocs"]) == 2
    umask = os.umask(0o022)  # the child inherited ours: read it (and put it back)
    os.umask(umask)
    assert (tmp_path / "out" / "r.json").stat().st_mode & 0o777 == 0o666 & ~umask
    assert leftovers(tmp_path / "out") == []
