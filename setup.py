"""The one thing pyproject.toml cannot yet say without an experimental table: graphkit's
C extensions.

graphkit's NetworkX backend reads a NetworkX graph's adjacency into igraph in one C pass
(graphkit/backend/_adjacency.c): on 100k nodes and 1M edges about 1.0 s of CPU, against
2.6 s for the pure-Python reader in graphkit/backend/convert.py. ``optional=True``: where no
C compiler is found the install still succeeds and the Python reader is used (and
tests/backend/test_adjacency_reader.py fails, saying what to install).

``graphkit import gdelt`` sums GDELT 2.0 event files in one C pass
(graphkit/io/importers/_gdelt.c), with DuckDB, then plain Python, as its fallbacks: same
claims (tests/io/importers/test_gdelt_c.py), several times faster than DuckDB.
"""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("graphkit.backend._adjacency", sources=["graphkit/backend/_adjacency.c"],
              optional=True),
    Extension("graphkit.io.importers._gdelt",
              sources=["graphkit/io/importers/_gdelt.c", "graphkit/io/importers/_gdelt_sum.c"],
              depends=["graphkit/io/importers/_gdelt.h"], optional=True),
])
