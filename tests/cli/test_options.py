"""What every command shares: one --as-of, one --format, --version, shell completion, and
help pages without type noise."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from graphkit.cli import app
from tests.conftest import DATA, REPO
from tests.test_honesty import _command_paths

runner = CliRunner()

#: Every command that takes --as-of, with the arguments it needs besides it.
AS_OF_COMMANDS = {
    "render": ["render", "--data", str(DATA), "--out", "{tmp}/g.html"],
    "report blocs": ["report", "blocs", "BRICS", "G7", "--data", str(DATA), "--out", "{tmp}/r.md"],
    "show": ["show", "RUS", "--data", str(DATA)],
    "export": ["export", "--format", "gexf", str(DATA), "--out", "{tmp}/g.gexf"],
    **{f"blocs {what}": ["blocs", what, "ILRS", "artemis-accords", "--data", str(DATA)]
       for what in ("members", "compare", "swing", "leaning", "brokers", "centrality", "events")},
}
BAD_DAYS = {
    "2024-13-01": "expected a real date as YYYY-MM-DD",
    "2024-6-1": "expected a full date as YYYY-MM-DD",
    "yesterday": "expected a full date as YYYY-MM-DD",
    "٢٠٢١-٠١-٠١": "expected a full date as YYYY-MM-DD written with ASCII digits 0-9",
}


def _leaves():
    """(path, click command) of every command of the app."""
    root = get_command(app)

    def walk(cmd, prefix):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                yield from walk(sub, [*prefix, name])
        else:
            yield prefix, cmd

    return list(walk(root, []))


def test_every_command_with_as_of_uses_the_one_shared_option():
    takers = {" ".join(path): [p for p in cmd.params if p.name == "as_of"]
              for path, cmd in _leaves()}
    takers = {name: params for name, params in takers.items() if params}
    assert set(takers) == set(AS_OF_COMMANDS)
    shapes = {name: (tuple(p.opts), p.metavar, p.help)
              for name, params in takers.items() for p in params}
    answer = (("--as-of",), "YYYY-MM-DD|all",
              "The day to answer for: only relations valid then. Default: today; 'all': all dates.")
    history = (("--as-of",), "YYYY-MM-DD|all",
               "Only relations valid on this day. Default: all dates (the file carries the history).")
    # one default for every answer (today); the file written for other tools keeps the history
    assert shapes == {name: history if name == "export" else answer for name in takers}


@pytest.mark.parametrize("command", sorted(AS_OF_COMMANDS))
def test_every_as_of_takes_all_for_all_dates_or_refuses_it_in_one_line(command, tmp_path):
    args = [a.format(tmp=tmp_path) for a in AS_OF_COMMANDS[command]]
    result = runner.invoke(app, [*args, "--as-of", "ALL"])
    if command.startswith(("report", "blocs")):  # a bloc answer is for one day
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "is for one day" in result.stderr
        assert list(tmp_path.iterdir()) == []  # nothing written
    else:
        assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("day", list(BAD_DAYS))
def test_the_same_bad_as_of_gives_the_same_line_and_exit_1_in_every_command(tmp_path, day):
    seen = {}
    for name, args in AS_OF_COMMANDS.items():
        result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args] + ["--as-of", day])
        seen[name] = (result.exit_code, result.stderr, result.stdout)
    expected = (1, f"error: --as-of: {BAD_DAYS[day]}, got {day!r}\n", "")
    assert seen == {name: expected for name in AS_OF_COMMANDS}
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_a_bad_as_of_is_refused_before_any_data_is_read(tmp_path):
    result = runner.invoke(app, ["render", "--data", str(tmp_path / "missing"), "--as-of", "2024-02-30",
                                 "--out", str(tmp_path / "g.html")])
    assert (result.exit_code, result.stderr) == (
        1, "error: --as-of: expected a real date as YYYY-MM-DD, got '2024-02-30'\n")


def test_format_takes_the_four_choices_case_insensitively_and_refuses_others():
    lower = runner.invoke(app, ["stats", str(DATA), "--format", "csv"])
    upper = runner.invoke(app, ["stats", str(DATA), "-f", "CSV"])
    assert lower.exit_code == upper.exit_code == 0
    assert lower.stdout == upper.stdout and lower.stdout.startswith("section,name,count\n")
    bad = runner.invoke(app, ["stats", str(DATA), "--format", "xml"])
    assert bad.exit_code == 2
    assert "'xml' is not one of" in bad.stderr and "'markdown'" in bad.stderr
    assert bad.stdout == ""


def test_every_command_that_prints_rows_shares_the_one_format_option():
    formats = {" ".join(path): p for path, cmd in _leaves() for p in cmd.params
               if p.name == "fmt"}
    assert set(formats) == {"stats", "show", "cypher", "query list", "query run", "diff",
                            *(f"blocs {what}" for what in ("members", "compare", "swing",
                                                           "leaning", "brokers", "centrality",
                                                           "events", "communities"))}
    for param in formats.values():
        assert param.opts == ["--format", "-f"]
        assert param.default.value == "table"


def test_version_prints_the_installed_package_version():
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"graphkit {version}\n")


def test_help_pages_show_no_bool_str_or_path_after_options():
    pages = [[], *({tuple(p[:1]) for p in _command_paths() if len(p) > 1}), *_command_paths()]
    noisy = {}
    for path in pages:
        text = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"}).output
        found = [t for t in ("<bool>", "<str>", "<path>", "<list[str]>", "<list[Path]>") if t in text]
        if found:
            noisy[" ".join(path)] = found
    assert noisy == {}
    render = runner.invoke(app, ["render", "--help"], env={"COLUMNS": "200"}).output
    assert "<kind|bloc>" in render and "YYYY-MM-DD" in render and "<int range>" in render


def test_show_completion_prints_a_bash_script_for_graphkit():
    result = subprocess.run(
        [sys.executable, "-c", "from graphkit.cli import app; app(prog_name='graphkit')",
         "--show-completion", "bash"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "complete -o default -F _graphkit_completion graphkit" in result.stdout


@pytest.mark.parametrize(("words", "cword", "expected"), [
    ("graphkit rep", 1, ["report"]),
    ("graphkit stats --format ", 3, ["table", "csv", "json", "markdown"]),
    # a bad --as-of earlier on the line does not break completion, nor print an error
    ("graphkit render --as-of nope --color-by ", 5, ["kind", "bloc"]),
])
def test_shell_completion_completes_commands_and_choices(words, cword, expected):
    result = subprocess.run(
        [sys.executable, "-c", "from graphkit.cli import app; app(prog_name='graphkit')"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "_GRAPHKIT_COMPLETE": "complete_bash", "COMP_WORDS": words,
             "COMP_CWORD": str(cword)},
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.split() == expected


def test_color_by_offers_exactly_the_colourings_the_page_takes():
    from typing import get_args

    from graphkit.cli.render import ColorBy
    from graphkit.render.html import ColorBy as accepted

    assert [c.value for c in ColorBy] == list(get_args(accepted))
