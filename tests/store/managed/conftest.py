"""Fixtures for the managed-server tests: a PATH with Java and nothing else."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

INSTALL = "apt-get install openjdk-17-jre-headless maven"


@pytest.fixture
def java_only_path(tmp_path: Path, monkeypatch) -> Path:
    """PATH holding java and nothing else, so Maven cannot run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"java is not installed: {INSTALL}")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(os.path.realpath(java))
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


@pytest.fixture
def bulk_server(schema_driver, neo4j_server):
    """The session's server (instance ``default``, so `graphkit load --bulk` finds it), emptied."""
    return neo4j_server.managed
