"""The top-level package: every name in graphkit.__all__ resolves, lazily."""

import subprocess
import sys

import graphkit


def test_every_public_name_resolves():
    missing = [n for n in graphkit.__all__ if not hasattr(graphkit, n)]
    assert missing == []


def test_import_graphkit_loads_no_heavy_library():
    code = ("import sys, graphkit; "
            "print([m for m in ('networkx', 'neo4j', 'pandas', 'pyvis') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
