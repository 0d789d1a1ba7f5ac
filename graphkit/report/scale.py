"""How much work the bloc report's two costly measures get: all of it on a graph the size
of ``data/``, a stated sample on a large projection.

On ``data/`` (a few thousand links) the report runs Louvain 60 times for each country's
stability (20 seeds x 3 resolutions) and takes every member of a bloc as a source of the
brokers' shortest paths: a second. On a projection of a million links one Louvain run
takes seconds and one source's shortest paths a quarter of a second, so the same method
takes a quarter of an hour. From :data:`LARGE_LINKS` links on, the report therefore uses
:data:`LARGE_SEEDS` seeds at one resolution for stability and :data:`LARGE_SOURCES`
sampled sources per pair of blocs for the brokers, and says so in its method notes, with
the seed of the sample and the caveats (``docs/METHODS.md``).
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["LARGE_LINKS", "LARGE_SEEDS", "LARGE_SOURCES", "Scale", "report_scale",
           "sample_sources"]

#: Links of the country projection from which the report samples (``data/``: 4,882 on
#: 2026-12-01).
LARGE_LINKS = 200_000
#: Louvain runs for stability on a large projection: seeds ``seed .. seed + 2``, at the
#: shown run's resolution only.
LARGE_SEEDS = 3
#: Sources per pair of blocs for the brokers on a large projection.
LARGE_SOURCES = 16


@dataclass(frozen=True)
class Scale:
    """The work the report does: stability runs and broker sources (None: every member)."""

    large: bool
    links: int
    seeds: tuple[int, ...]
    resolutions: tuple[float, ...]
    broker_sources: int | None

    @property
    def skip_moving(self) -> str:
        """Why the report leaves out its "Blocs that move" section ("": it does not)."""
        if not self.large:
            return ""
        return (f"left out on a projection of {self.links:,} links: ten yearly projections "
                "and a temporal optimisation over them would take longer than the rest of "
                "the report; graphkit blocs communities --over-time computes them")

    def notes(self) -> dict[str, str]:
        """What the method notes say about it (nothing on a graph under the threshold)."""
        if not self.large:
            return {}
        return {"scale": (
            f"the projection has {self.links:,} links, at least {LARGE_LINKS:,}: so that the "
            f"report takes minutes, not hours, stability comes from {len(self.seeds)} Louvain "
            f"runs (seeds {self.seeds[0]}..{self.seeds[-1]} at resolution "
            f"{', '.join(f'{r:g}' for r in self.resolutions)}), not 20 seeds x 3 resolutions: "
            "a coarse figure (steps of 1/"
            f"{len(self.seeds)}) that says nothing of how the communities change with the "
            f"resolution; and each pair's brokers come from {self.broker_sources} members of "
            "the first bloc sampled as sources (seed stated with each pair), their scores "
            "scaled up by members/sampled, an estimate of the sum over every member; the "
            "section on blocs that move is " + self.skip_moving)}


def report_scale(links: int, *, seed: int, seeds: int,
                 resolutions: tuple[float, ...] = (0.5, 1.0, 2.0),
                 resolution: float = 1.0) -> Scale:
    """The report's work on a projection of ``links`` links.

    Examples
    --------
    >>> report_scale(3000, seed=0, seeds=20).seeds[-1], report_scale(3000, seed=0, seeds=20).notes()
    (19, {})
    >>> s = report_scale(1_000_000, seed=5, seeds=20)
    >>> s.seeds, s.resolutions, s.broker_sources
    ((5, 6, 7), (1.0,), 16)
    """
    if links < LARGE_LINKS:
        return Scale(False, links, tuple(range(seed, seed + seeds)), tuple(resolutions), None)
    return Scale(True, links, tuple(range(seed, seed + min(seeds, LARGE_SEEDS))),
                 (resolution,), LARGE_SOURCES)


def sample_sources(members: Collection[str], k: int | None, *, seed: int) -> list[str]:
    """``k`` of ``members`` drawn with ``random.Random(seed)`` from their sorted list (all of
    them, sorted, when ``k`` is None or at least their number).

    Examples
    --------
    >>> sample_sources({"XAC", "XAA", "XAB"}, None, seed=0)
    ['XAA', 'XAB', 'XAC']
    >>> len(sample_sources({"XAC", "XAA", "XAB"}, 2, seed=0))
    2
    """
    ordered = sorted(members)
    if k is None or k >= len(ordered):
        return ordered
    return sorted(random.Random(seed).sample(ordered, k))
