"""The graph an export writes: the whole dataset, or the claims that hold on one day.

:func:`export_graph_of` is what every format starts from, so ``--as-of`` means the same in
GraphML, GEXF, JSON, the neo4j-admin CSVs and the Cypher script: the edges that hold on the
day certainly or possibly (:func:`graphkit.io.graph.filter_as_of`, the rule of
:mod:`graphkit.io.periods`), each marked ``holds``, without the countries left edgeless.
The graph says which it is in ``G.graph["as_of"]`` (a day, or ``"all dates"``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.io.dates import check_day, is_all_dates

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.io.read import Dataset

__all__ = ["ALL_DATES", "export_graph_of", "graph_day_text"]

#: ``G.graph["as_of"]`` of an export of every claim, whatever its dates.
ALL_DATES = "all dates"


def export_graph_of(
    data: Dataset | nx.MultiDiGraph | Path | str, *, as_of: dt.date | str | None = None
) -> nx.MultiDiGraph:
    """The MultiDiGraph to export: all of ``data``, or what holds on ``as_of``.

    Parameters
    ----------
    data : Dataset, MultiDiGraph or path
        A dataset (:func:`graphkit.read_dataset`), a graph (:func:`graphkit.io.graph.to_networkx`;
        not changed) or a data folder to read.
    as_of : date or YYYY-MM-DD, optional
        Keep only the edges that hold that day, certainly or possibly (marked ``holds``).

    Returns
    -------
    networkx.MultiDiGraph
        A copy, with ``G.graph["as_of"]`` the day or ``"all dates"``.

    Raises
    ------
    GraphkitError
        ``as_of`` is not a full date.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("club", kind="Organisation")
    >>> _ = G.add_edge("XAA", "club", relation="MEMBER_OF", since="2025")
    >>> export_graph_of(G).graph["as_of"], export_graph_of(G, as_of="2024-12-31").number_of_edges()
    ('all dates', 0)
    """
    import networkx as nx

    from graphkit.io.graph import filter_as_of, to_networkx
    from graphkit.io.read import Dataset, read_dataset

    day = None if is_all_dates(as_of) else check_day(as_of, name="as_of")
    if isinstance(data, (str, Path)):
        data = read_dataset(data)
    G = to_networkx(data) if isinstance(data, Dataset) else data
    if not isinstance(G, nx.MultiDiGraph):
        raise TypeError(f"expected a Dataset, a MultiDiGraph or a path, got {type(data).__name__}")
    H = filter_as_of(G, day) if day is not None else G.copy()
    H.graph["as_of"] = day if day is not None else ALL_DATES
    return H


def graph_day_text(G: nx.MultiDiGraph) -> str:
    """``"as of 2024-06-30 (claims that hold that day, certain or possible)"`` or ``"all dates"``."""
    day = G.graph.get("as_of") or ALL_DATES
    if day == ALL_DATES:
        return "all dates (every claim, whatever its dates)"
    return f"as of {day} (claims that hold that day, certainly or possibly: see the holds attribute)"
