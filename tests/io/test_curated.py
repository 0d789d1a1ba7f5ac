"""Which data is read when none is named: ./data, else graphkit's curated dataset, said once."""

from __future__ import annotations

from pathlib import Path

from graphkit.io import read_dataset
from graphkit.io.curated import choose_data, curated_data_dir
from tests.conftest import DATA, REPO
from tests.io.limited import run_graphkit


def test_curated_data_is_the_checkouts_data_folder_outside_a_wheel():
    assert curated_data_dir() == REPO / "data"


def test_choose_data_keeps_given_paths_and_says_nothing(tmp_path):
    choice = choose_data(tmp_path / "x", None, "y.csv")
    assert choice.paths == (tmp_path / "x", Path("y.csv")) and choice.note is None


def test_choose_data_prefers_a_data_folder_in_the_current_directory(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    assert choose_data() == choose_data(None)
    assert choose_data().paths == (Path("data"),) and choose_data().note is None


def test_choose_data_falls_back_to_the_curated_dataset_and_says_which(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    choice = choose_data()
    assert choice.paths == (REPO / "data",)
    assert choice.note == f"no ./data folder here: using graphkit's curated dataset, {REPO / 'data'}"
    assert len(read_dataset().edges) == len(read_dataset(DATA).edges)


def test_cli_from_an_empty_folder_reads_the_curated_dataset_with_one_line_saying_so(tmp_path):
    result = run_graphkit("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    note, ok = result.stderr.splitlines()
    assert note == f"no ./data folder here: using graphkit's curated dataset, {REPO / 'data'}"
    assert ok.startswith("ok: ")
    shown = run_graphkit("show", "RUS", "--format", "csv", cwd=tmp_path)
    assert shown.returncode == 0 and ",ratified,ru-cn-ilrs-agreement," in shown.stdout
    assert shown.stderr.splitlines() == [note]


def test_cli_with_a_data_folder_here_reads_it_quietly(tmp_path, small_data):
    here = tmp_path / "here"
    here.mkdir()
    (here / "data").symlink_to(small_data, target_is_directory=True)
    result = run_graphkit("stats", "--format", "csv", cwd=here)
    assert result.returncode == 0 and result.stderr == ""
    assert "total,edges,5" in result.stdout
