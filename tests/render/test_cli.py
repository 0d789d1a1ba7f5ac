

def test_render_focus_dropped_by_as_of_says_why_not_that_it_is_unknown(tmp_path):
    from typer.testing import CliRunner

    from graphkit.cli import app
    from tests.conftest import DATA

    result = CliRunner().invoke(app, ["render", "--data", str(DATA), "--focus", "Russia",
                                      "--as-of", "1900-01-01", "--out", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: RUS has no relation valid on 1900-01-01; try a later --as-of"
    assert not (tmp_path / "g.html").exists()


def test_render_on_a_full_disk_says_so_in_one_line_and_keeps_the_previous_page(tmp_path):
    from tests.conftest import DATA
    from tests.io.limited import leftovers, run_graphkit

    page = tmp_path / "graph.html"
    page.write_text("<!DOCTYPE html><p>the previous good page</p>\n")
    before = page.stat()
    # RLIMIT_FSIZE: every write past 100 kB fails with EFBIG, as on a disk that is full
    result = run_graphkit("render", "--data", str(DATA), "--out", "graph.html", cwd=tmp_path,
                          file_size=100_000)
    assert page.read_text() == "<!DOCTYPE html><p>the previous good page</p>\n"
    assert (page.stat().st_ino, page.stat().st_mode) == (before.st_ino, before.st_mode)
    assert leftovers(tmp_path) == []
    assert result.returncode == 1
    assert result.stderr == ("error: graph.html: cannot write the page (File too large); "
                             "the previous file is unchanged\n")


def test_render_replaces_a_page_whole_and_keeps_its_mode(tmp_path):
    from tests.conftest import DATA
    from tests.io.limited import leftovers, run_graphkit

    page = tmp_path / "graph.html"
    page.write_text("old")
    page.chmod(0o640)
    result = run_graphkit("render", "--data", str(DATA), "--out", "graph.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = page.read_text()
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert page.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_render_from_to_writes_a_two_day_page_and_refuses_half_a_pair(small_data, tmp_path):
    from typer.testing import CliRunner

    from graphkit.cli import app

    out = tmp_path / "c.html"
    result = CliRunner().invoke(app, ["render", "--data", str(small_data), "--from", "2019-12-31",
                                      "--to", "2024-12-31", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {out}: 8 nodes, 5 edges, from 2019-12-31 to 2024-12-31\n"
    assert "what changed from 2019-12-31 to 2024-12-31" in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "--data", str(small_data), "--from", "2019-12-31",
                                      "--out", str(tmp_path / "d.html")])
    assert (result.exit_code, result.stderr) == (
        1, "error: --from and --to go together: give both days, or neither\n")
    result = CliRunner().invoke(app, ["render", "--data", str(small_data), "--from", "2019-12-31",
                                      "--to", "2019-13-01", "--out", str(tmp_path / "d.html")])
    assert result.exit_code == 1 and result.stderr.startswith("error: to: expected")
    assert "Traceback" not in result.output and not (tmp_path / "d.html").exists()
