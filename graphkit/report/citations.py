"""The report's numbered sources: every cited claim's source, numbered once all are known."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphkit.analysis.claims import Claim
from graphkit.analysis.provenance import claim_details

__all__ = ["Citations"]


class Citations:
    """Collects the sources of cited claims, then numbers them from 1 in sorted order.

    :meth:`cite` returns a list that :meth:`number` later fills with the numbers, so rows
    can be built before every source is known.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000", retrieved="2024-01-01")
    >>> c = Claim("XAA", "x", "MEMBER_OF", "2000", "", "XAA", "https://b.example", "B", "Q.")
    >>> d = Claim("XAA", "x", "MEMBER_OF", "2000", "", "XAA", "https://a.example", "A", "Q.")
    >>> cit = Citations(G)
    >>> first, second = cit.cite([c]), cit.cite([c, d])
    >>> rows = cit.number()
    >>> first, second, [r["publisher"] for r in rows], rows[0]["retrieved"]
    ([2], [1, 2], ['A', 'B'], '2024-01-01')
    """

    def __init__(self, G: nx.MultiDiGraph):
        self._G = G
        self._keys: set[tuple] = set()
        self._lists: list[list] = []
        self.numbers: dict[tuple, int] = {}

    def key(self, claim: Claim) -> tuple:
        """What identifies a source: URL, publisher, evidence, retrieved day, source kind and
        English evidence."""
        d = claim_details(self._G, claim)
        return (claim.source_url, claim.publisher, claim.evidence, d["retrieved"],
                d["source_kind"], d["evidence_en"])

    def cite(self, claims: Iterable[Claim]) -> list:
        """A list to be filled with the numbers of ``claims``' sources by :meth:`number`."""
        keys = sorted({self.key(c) for c in claims})
        self._keys.update(keys)
        self._lists.append(keys)
        return keys

    def number(self) -> list[dict]:
        """Number every source (sorted), fill every list :meth:`cite` returned, and return
        the source rows: ``n``, ``source_url``, ``publisher``, ``evidence``, ``retrieved``,
        ``source_kind``, ``evidence_en``."""
        self.numbers = {k: i for i, k in enumerate(sorted(self._keys), start=1)}
        for keys in self._lists:
            keys[:] = sorted({self.numbers[k] for k in keys if k in self.numbers})
        self._lists = []
        return [{"n": n, "source_url": k[0], "publisher": k[1], "evidence": k[2],
                 "retrieved": k[3], "source_kind": k[4], "evidence_en": k[5]}
                for k, n in self.numbers.items()]
