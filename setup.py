"""The one thing pyproject.toml cannot yet say without an experimental table: graphkit's
C extension.

graphkit's NetworkX backend reads a NetworkX graph's adjacency into igraph in one C pass
(graphkit/backend/_adjacency.c): on 100k nodes and 1M edges about 1.0 s of CPU, against
2.6 s for the pure-Python reader in graphkit/backend/convert.py. ``optional=True``: where no
C compiler is found the install still succeeds and the Python reader is used (and
tests/backend/test_adjacency_reader.py fails, saying what to install).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("graphkit.backend._adjacency",
                             sources=["graphkit/backend/_adjacency.c"], optional=True)])
