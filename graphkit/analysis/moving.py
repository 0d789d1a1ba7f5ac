"""Blocs that move: communities of countries year by year, and who changed sides when.

Each year's slice is the country projection on 31 December
(:func:`graphkit.analysis.projection.country_projection`: two countries are linked by
the organisations, agreements and programmes they both belong to or engage with, certain
claims only). The slices are partitioned together by leidenalg's temporal (multislice)
optimisation: modularity within each year (``resolution``), plus a coupling of each
country to itself in the next year (``coupling``), so a community keeps its label from one
year to the next unless the links change enough to outweigh it. A country *moves* in a
year when its label differs from the year before.

A community is named after the declared bloc that overlaps it most (Jaccard similarity of
its countries and the bloc's certain members that year), so "moved from ~NATO to ~EU" is
read as: it now shares more with the EU's community. A move comes with the claims of that
country that began or ended that year, the data that moved it. Communities are a
description of the links, not a declared fact: the partition depends on the seed and the
two parameters, which every result states (``docs/METHODS.md``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graphkit.analysis.blocs import declared_blocs
from graphkit.analysis.claims import Claim, country_claims
from graphkit.analysis.projection import country_projection
from graphkit.io.dates import as_iso
from graphkit.schema import load_schema

__all__ = ["DEFAULT_YEARS", "Move", "YearlyCommunities", "communities_over_time"]

#: Years followed when none are given: enough to see the blocs of this century move.
DEFAULT_YEARS = 30


@dataclass(frozen=True)
class Move:
    """A country whose community changed between ``year - 1`` and ``year``."""

    country: str
    year: int
    before: str
    after: str
    #: The country's claims that began or ended in ``year``: what moved it in the data.
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class YearlyCommunities:
    """Each year's communities (label -> countries), their names, and the moves."""

    years: tuple[int, ...]
    communities: dict[int, dict[int, frozenset[str]]]
    names: dict[int, dict[int, str]]
    moves: tuple[Move, ...]
    seed: int
    resolution: float
    coupling: float
    caveats: tuple[str, ...] = field(default=())
    #: The day of the last year's slice when it is not 31 December (``until``), else None.
    until: str | None = None

    def rows(self) -> list[dict]:
        """One row per year and community: year, community, name, size, countries."""
        return [{"year": y, "community": c, "name": self.names[y][c], "size": len(members),
                 "countries": " ".join(sorted(members))}
                for y in self.years for c, members in sorted(self.communities[y].items())]

    def move_rows(self) -> list[dict]:
        """One row per move, with the claims that began or ended that year and their sources."""
        return [{"country": m.country, "year": m.year, "from": m.before, "to": m.after,
                 "claims": "; ".join(f"{c.relation} {c.target} {c.since}"
                                     + (f"-{c.until}" if c.until else "") for c in m.claims),
                 "sources": " ".join(dict.fromkeys(c.source_url for c in m.claims))}
                for m in self.moves]


def _dated_claims(G: nx.MultiDiGraph) -> list[Claim]:
    """Every claim a country makes itself about a non-country node, withdrawals included
    (what may move it), as :class:`Claim`."""
    kinds = nx.get_node_attributes(G, "kind")
    country = load_schema().country_kind
    return [Claim(u, v, d.get("relation", ""), d.get("since", ""), d.get("until") or "", u,
                  d.get("source_url", ""), d.get("publisher", ""), d.get("evidence", ""))
            for u, v, d in G.edges(data=True) if kinds.get(u) == country and kinds.get(v) != country]


def _slice(P: nx.Graph):
    """An igraph slice of a projection: vertex ``id`` the country, edge ``weight``."""
    import igraph as ig

    nodes = sorted(P)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in P.edges()])
    g.vs["id"] = nodes
    g.es["weight"] = [float(d.get("weight", 1.0)) for _, _, d in P.edges(data=True)]
    return g


def _short_name(attrs: dict, node: str) -> str:
    """A node's shortest alias of at least two letters (NATO, COPUOS), else its name."""
    aliases = [a for a in attrs.get("aliases") or () if len(a) >= 2]
    return min(aliases, key=len) if aliases else attrs.get("name", node)


def _names(groups: dict[int, frozenset[str]], blocs: dict[str, frozenset[str]],
           names: dict) -> dict[int, str]:
    """Each community named ``~NATO`` after the declared bloc whose certain members overlap
    it most (Jaccard), else after three of its countries; two communities that would share
    a name add three of their countries, so every name of a year is distinct. Blocs that
    hold more than half the year's countries (COPUOS, the UN space treaties) link nearly
    everyone, so they name no side."""
    def jaccard(members: frozenset[str], b: str) -> float:
        return len(members & blocs[b]) / len(members | blocs[b])

    everyone = set().union(*groups.values())
    sides = sorted(b for b, m in blocs.items() if len(m & everyone) <= len(everyone) / 2)
    out = {}
    for c, members in groups.items():
        best = max(sides, key=lambda b: jaccard(members, b), default=None)
        out[c] = f"~{names.get(best, best)}" if best is not None and jaccard(members, best) > 0 \
            else " ".join(sorted(members)[:3]) + (" ..." if len(members) > 3 else "")
    taken = Counter(out.values())
    for c, name in out.items():
        if taken[name] > 1:
            out[c] = f"{name} ({' '.join(sorted(groups[c])[:3])}{' ...' if len(groups[c]) > 3 else ''})"
    return out


def communities_over_time(G: nx.MultiDiGraph, *, years: Iterable[int] | None = None,
                          seed: int = 0, resolution: float = 1.0, coupling: float = 1.0,
                          until: dt.date | str | None = None) -> YearlyCommunities:
    """Communities of countries on 31 December of each year, followed through time.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`, with every date (not cut to one day).
    years : iterable of int, optional
        Default: the last :data:`DEFAULT_YEARS` years to this one (or from the first claim's
        year, if later). Each year costs the optimisation more than the one before.
    seed : int, default 0
        The same seed gives the same partition.
    resolution : float, default 1.0
        Modularity resolution within each year: higher gives smaller communities.
    coupling : float, default 1.0
        Weight linking a country to itself in the next year: higher keeps labels steadier.
    until : date or ISO string, optional
        The last day looked at (a report's day): its year's slice is the projection on
        that day, not on 31 December, later years are left out, and a move in that year
        lists only the claims dated on or before it. Default: the years' 31 December.

    Returns
    -------
    YearlyCommunities

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> sides = {"west": ["XAA", "XAB", "XAE"], "east": ["XAC", "XAD", "XAF"],
    ...          "north": ["XAG", "XAH", "XAI"]}
    >>> for bloc, countries in sides.items():
    ...     G.add_node(bloc, kind="Organisation", name=bloc.title())
    ...     for c in countries:
    ...         G.add_node(c, kind="Country", name=c)
    ...         _ = G.add_edge(c, bloc, relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "west", relation="WITHDREW_FROM", since="2003")
    >>> _ = G.add_edge("XAB", "east", relation="MEMBER_OF", since="2003")
    >>> result = communities_over_time(G, years=range(2000, 2006), coupling=0.5)
    >>> [(m.country, m.year, m.before, m.after) for m in result.moves]
    [('XAB', 2003, '~West', '~East')]
    >>> sorted(c.relation for c in result.moves[0].claims)
    ['MEMBER_OF', 'WITHDREW_FROM']
    """
    import leidenalg as la

    claims = country_claims(G, as_of="all")
    dated = _dated_claims(G)
    last = as_iso(until) if until is not None else None
    if years is None:
        this_year = int(last[:4]) if last else dt.date.today().year
        first = min((int(c.since[:4]) for c in claims if c.since), default=this_year)
        years = range(max(first, this_year - DEFAULT_YEARS + 1), this_year + 1)
    if last:
        years = [y for y in years if y <= int(last[:4])]

    def day_of(year: int) -> str:
        return last if last and year == int(last[:4]) else f"{year}-12-31"

    slices, same_as = [], {}  # a year whose links equal the year before's shares its slice
    for year in years:
        P = country_projection(G, as_of=day_of(year))
        P.remove_nodes_from([n for n in list(P) if P.degree(n) == 0])
        if not P.number_of_edges():
            continue
        links = sorted((min(u, v), max(u, v), d.get("weight")) for u, v, d in P.edges(data=True))
        if slices and slices[-1][2] == links:
            same_as[year] = slices[-1][0]
            continue
        slices.append((year, P, links))
    if not slices:
        return YearlyCommunities((), {}, {}, (), seed, resolution, coupling,
                                 ("no year has two countries linked by a shared claim",))
    memberships, _ = la.find_partition_temporal(
        [_slice(P) for _, P, _ in slices], la.RBConfigurationVertexPartition,
        interslice_weight=coupling, seed=seed, weights="weight", resolution_parameter=resolution)
    by_year = dict(zip((y for y, _, _ in slices), memberships, strict=True))
    node_names = {n: _short_name(d, n) for n, d in G.nodes(data=True)}
    countries_of = {y: sorted(P) for y, P, _ in slices}
    communities, names, label = {}, {}, {}
    for year in sorted([*by_year, *same_as]):
        source = same_as.get(year, year)
        while source in same_as:
            source = same_as[source]
        groups: dict[int, set[str]] = {}
        for country, community in zip(countries_of[source], by_year[source], strict=True):
            groups.setdefault(community, set()).add(country)
            label[(country, year)] = community
        communities[year] = {c: frozenset(m) for c, m in groups.items()}
        blocs = {b: frozenset(m) for b, m in declared_blocs(G, as_of=day_of(year)).items() if m}
        names[year] = _names(communities[year], blocs, node_names)
    kept = tuple(sorted(communities))
    moves = []
    for before, year in itertools.pairwise(kept):
        for country in sorted(set().union(*communities[year].values())):
            old, new = label.get((country, before)), label[(country, year)]
            if old is None or old == new:
                continue
            drove = tuple(sorted(c for c in dated if c.country == country and any(
                x[:4] == str(year) and x <= day_of(year) for x in (c.since, c.until))))
            moves.append(Move(country, year, names[before][old], names[year][new], drove))
    caveats = ((f"communities by leidenalg's temporal optimisation, modularity resolution "
               f"{resolution}, coupling {coupling} between years, seed {seed}: another seed or "
               "parameter can draw other lines; a move is the data's links changing, read with "
               "its claims"),)
    if last and kept and kept[-1] == int(last[:4]):
        caveats += (f"the last year, {kept[-1]}, is the projection on {last}, not on "
                    "31 December"),
    return YearlyCommunities(kept, communities, names, tuple(moves), seed, resolution, coupling,
                             caveats, last)
