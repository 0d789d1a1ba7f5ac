"""The wheel a user installs carries the saved queries, the schema and the page assets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_lists_every_subpackage():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    code = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "graphkit").rglob("__init__.py")
    }
    data = {"graphkit.cypher", "graphkit.cypher.queries", "graphkit.render.assets"}
    assert listed == code | data, f"add to [tool.setuptools] packages: {sorted(code - listed)}"


def test_an_installed_wheel_finds_its_queries_schema_and_assets(tmp_path):
    # built from a copy: an in-tree build would leave build/ behind, and reuse a stale one
    source = tmp_path / "source"
    ignored = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for part in ("graphkit", "cypher"):
        shutil.copytree(ROOT / part, source / part, ignore=ignored)
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("graphkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    queries = sorted(p.name for p in (ROOT / "cypher" / "queries").glob("*.cypher"))
    assert queries and all(f"graphkit/cypher/queries/{q}" in names for q in queries)
    assert "graphkit/schema/schema.yaml" in names
    assert {"graphkit/render/assets/graph.js", "graphkit/render/assets/page.html"} <= names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # run from elsewhere, with the unpacked wheel first on the path: no checkout to fall back on
    shown = subprocess.run(
        [sys.executable, "-c",
         "import graphkit.store.queries as q; print(q.__file__); print(q.QUERY_DIR); print(len(q.load_queries()))"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    module, folder, count = shown.stdout.split()
    assert module.startswith(str(site)) and folder == str(site / "graphkit" / "cypher" / "queries")
    assert int(count) == len(queries)
