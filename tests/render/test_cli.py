

def test_render_focus_dropped_by_as_of_says_why_not_that_it_is_unknown(tmp_path):
    from typer.testing import CliRunner

    from graphkit.cli import app
    from tests.conftest import DATA

    result = CliRunner().invoke(app, ["render", "--data", str(DATA), "--focus", "Russia",
                                      "--as-of", "1900-01-01", "--out", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: RUS has no relation valid on 1900-01-01; try a later --as-of"
    assert not (tmp_path / "g.html").exists()
