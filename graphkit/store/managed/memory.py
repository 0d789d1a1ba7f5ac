"""How much memory the managed Neo4j gets, and the JVM options that go with it.

Defaults: a 2 GiB heap (half of it young generation, under the throughput collector)
and a 1 GiB page cache. On a 2-core machine loading 1M relationships, that
made the server about 1.4 times faster than a 1 GiB G1 heap with a 256 MiB page cache:
most of the difference was young-generation collection of the
transactions' state (see ``benchmarks/load.py``). Override with
``GRAPHKIT_NEO4J_HEAP`` and ``GRAPHKIT_NEO4J_PAGECACHE`` or ``graphkit neo4j start
--heap --pagecache``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from graphkit.errors import StoreError

__all__ = ["Memory", "parse_size"]

_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
_MIN_HEAP = 512 << 20
_MIN_PAGECACHE = 64 << 20


def parse_size(text: str, what: str) -> int:
    """Bytes in a JVM-style size such as ``2g``, ``512m`` or ``1048576``.

    Examples
    --------
    >>> parse_size("2g", "heap"), parse_size("512M", "heap")
    (2147483648, 536870912)
    >>> parse_size("lots", "GRAPHKIT_NEO4J_HEAP")
    Traceback (most recent call last):
    ...
    graphkit.errors.StoreError: GRAPHKIT_NEO4J_HEAP: expected a size such as 2g or 512m, got 'lots'
    """
    match = re.fullmatch(r"\s*([0-9]+)\s*([kmgKMG]?)\s*", text)
    if not match:
        raise StoreError(f"{what}: expected a size such as 2g or 512m, got {text!r}")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


@dataclass(frozen=True)
class Memory:
    """Heap and page cache of a managed server, as JVM-style sizes (``2g``, ``512m``).

    Examples
    --------
    >>> Memory().jvm_options()[:4]
    ['-Xms2048m', '-Xmx2048m', '-Xmn1024m', '-XX:+UseParallelGC']
    >>> Memory.from_env({"GRAPHKIT_NEO4J_HEAP": "1g"}).heap
    '1g'
    >>> Memory(heap="100m")
    Traceback (most recent call last):
    ...
    graphkit.errors.StoreError: heap: expected at least 512m for Neo4j, got '100m'
    """

    heap: str = "2g"
    pagecache: str = "1g"

    def __post_init__(self) -> None:
        if parse_size(self.heap, "heap") < _MIN_HEAP:
            raise StoreError(f"heap: expected at least 512m for Neo4j, got {self.heap!r}")
        if parse_size(self.pagecache, "page cache") < _MIN_PAGECACHE:
            raise StoreError(f"page cache: expected at least 64m, got {self.pagecache!r}")

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        heap: str | None = None,
        pagecache: str | None = None,
        fallback: Mapping[str, str] | None = None,
    ) -> Memory:
        """Explicit values first, then ``GRAPHKIT_NEO4J_HEAP`` / ``GRAPHKIT_NEO4J_PAGECACHE``,
        then ``fallback["heap"]`` / ``fallback["pagecache"]``, then the defaults.

        Examples
        --------
        >>> Memory.from_env({"GRAPHKIT_NEO4J_PAGECACHE": "256m"}, fallback={"heap": "1g", "pagecache": "2g"})
        Memory(heap='1g', pagecache='256m')
        """
        env = os.environ if environ is None else environ
        for name in ("GRAPHKIT_NEO4J_HEAP", "GRAPHKIT_NEO4J_PAGECACHE"):
            if env.get(name):
                parse_size(env[name], name)
        fallback = fallback or {}
        return cls(
            heap=heap or env.get("GRAPHKIT_NEO4J_HEAP") or fallback.get("heap") or cls.heap,
            pagecache=pagecache
            or env.get("GRAPHKIT_NEO4J_PAGECACHE")
            or fallback.get("pagecache")
            or cls.pagecache,
        )

    @property
    def heap_mb(self) -> int:
        return max(1, parse_size(self.heap, "heap") >> 20)

    def jvm_options(self) -> list[str]:
        """Fixed heap, half of it young generation, and the throughput (parallel) collector.

        A load's transaction state is short-lived: a large young generation lets it die
        young instead of being copied, and the parallel collector spends less CPU than G1.
        """
        heap = self.heap_mb
        return [f"-Xms{heap}m", f"-Xmx{heap}m", f"-Xmn{heap // 2}m", "-XX:+UseParallelGC"]

    def conf_lines(self) -> list[str]:
        """The ``neo4j.conf`` memory settings (the server checks them against the JVM's)."""
        return [
            f"server.memory.pagecache.size={self.pagecache.strip().lower()}",
            f"server.memory.heap.initial_size={self.heap_mb}m",
            f"server.memory.heap.max_size={self.heap_mb}m",
        ]

    def __str__(self) -> str:
        return f"heap {self.heap}, page cache {self.pagecache}"
