"""The wheel a user installs carries the saved queries, the schema, the page assets and the
curated dataset, and works from an empty folder in a fresh virtual environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built once from a copy of the source (an in-tree build would leave build/
    behind, and reuse a stale one)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    ignored = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "*.so")
    for part in ("graphkit", "cypher", "data"):
        shutil.copytree(ROOT / part, source / part, ignore=ignored)
    for part in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / part, source / part)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (found,) = tmp.glob("graphkit-*.whl")
    return found


def test_pyproject_lists_every_subpackage():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    code = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "graphkit").rglob("__init__.py")
    }
    data = {"graphkit.cypher", "graphkit.cypher.queries", "graphkit.data", "graphkit.render.assets"}
    assert listed == code | data, f"add to [tool.setuptools] packages: {sorted(code - listed)}"


def test_the_wheel_ships_every_file_of_the_curated_dataset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "data"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert len(tracked) > 10
    missing = [f for f in tracked if "graphkit/" + f not in names]
    assert missing == [], "add their patterns to [tool.setuptools.package-data] graphkit.data"


def test_an_installed_wheel_finds_its_queries_schema_and_assets(wheel, tmp_path):
    names = set(zipfile.ZipFile(wheel).namelist())
    queries = sorted(p.name for p in (ROOT / "cypher" / "queries").glob("*.cypher"))
    assert queries and all(f"graphkit/cypher/queries/{q}" in names for q in queries)
    assert "graphkit/schema/schema.yaml" in names
    # the C extensions (setup.py), compiled by the wheel's build
    for module in ("graphkit/backend/_adjacency.", "graphkit/io/importers/_gdelt."):
        assert any(n.startswith(module) and n.endswith(".so") for n in names), module
    assert {"graphkit/render/assets/graph.js", "graphkit/render/assets/page.html"} <= names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # run from elsewhere, with the unpacked wheel first on the path: no checkout to fall back on
    code = ("import graphkit.store.query_files as q; print(q.__file__); print(q.QUERY_DIR); "
            "print(len(q.load_queries()))")
    shown = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=False, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    module, folder, count = shown.stdout.split()
    assert module.startswith(str(site)) and folder == str(site / "graphkit" / "cypher" / "queries")
    assert int(count) == len(queries)


def _install_in_a_fresh_venv(wheel: Path, root: Path) -> Path:
    """A new virtual environment (``python -m venv --without-pip``) with ``wheel`` installed in it.

    The wheel goes in with ``pip install --no-deps --no-index``: its dependencies (pandas,
    SciPy, the Neo4j driver...) are not downloaded again, because the network may be
    absent and a download of ~150 MB would take minutes. Nor can they come from a local
    wheelhouse: there is none, and ``pip wheel`` cannot rebuild wheels from an installed
    environment. So, once the wheel is in, a ``.pth`` file puts this environment's
    site-packages on the new one's path, after its own: graphkit itself, its data and its
    metadata are the wheel's (this environment's editable graphkit is reached only through
    its own .pth file, which a directory named in a .pth file does not run), while its
    dependencies are the ones already installed. Written before the install, that path
    would make pip see graphkit as already installed. ``--system-site-packages``
    would not do: this environment is not the system's.
    """
    venv = root / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr[-2000:]
    python = str(venv / "bin" / "python")
    # this environment's pip installs into the new one (``--python``): no pip of its own to
    # bootstrap there, which took most of this test's time
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", "-q",
                                "--no-deps", "--no-index", str(wheel)],
                               capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    own = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    ours = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (Path(own) / "zz_dependencies.pth").write_text("\n".join(ours) + "\n")
    return venv


@pytest.mark.slow
def test_a_wheel_in_a_fresh_venv_runs_validate_stats_render_from_an_empty_folder(wheel, tmp_path):
    venv = _install_in_a_fresh_venv(wheel, tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", COLUMNS="200",
               PYTHONDONTWRITEBYTECODE="1")

    def graphkit(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["graphkit", *args], cwd=empty, env=env, capture_output=True,
                              text=True, check=False, timeout=300)

    shipped = Path(subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import graphkit; print(graphkit.__file__)"],
        cwd=empty, env=env, capture_output=True, text=True, check=True).stdout.strip()).parent
    assert shipped.is_relative_to(venv) and (shipped / "data" / "edges").is_dir()
    note = f"no ./data folder here: using graphkit's curated dataset, {shipped / 'data'}"

    validate = graphkit("validate")
    assert validate.returncode == 0, validate.stderr
    assert validate.stderr.splitlines()[0] == note
    assert validate.stderr.splitlines()[1].startswith("ok: ")
    stats = graphkit("stats", "--format", "csv")
    assert stats.returncode == 0, stats.stderr
    assert stats.stderr.splitlines() == [note]
    here = subprocess.run([sys.executable, "-m", "graphkit", "stats", str(ROOT / "data"),
                           "--format", "csv"], capture_output=True, text=True, check=True)
    assert stats.stdout == here.stdout  # the same dataset as the checkout's data/
    render = graphkit("render", "--out", "g.html")
    assert render.returncode == 0, render.stderr
    assert render.stderr.splitlines()[0] == note
    page = (empty / "g.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    shown = graphkit("show", "RUS", "--format", "csv")
    assert shown.returncode == 0 and ",ratified,ru-cn-ilrs-agreement," in shown.stdout
    report = graphkit("report", "blocs", "BRICS", "G7", "--as-of", "2024-06-30", "--out", "r.md")
    assert report.returncode == 0, report.stderr
    assert (empty / "r.md").read_text(encoding="utf-8").startswith("# Bloc comparison: BRICS")
    version = graphkit("--version")
    assert version.stdout == f"graphkit {tomllib.loads((ROOT / 'pyproject.toml').read_text())['project']['version']}\n"
    assert sorted(p.name for p in empty.iterdir()) == ["g.html", "r.md"]
