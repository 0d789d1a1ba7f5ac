"""Node positions computed in Python, so the browser draws at once instead of simulating.

Small graphs get a force-directed layout (NetworkX's Fruchterman-Reingold); large
ones a spectral layout, which takes milliseconds where a force-directed layout takes
seconds or minutes. Each connected component is laid out on its own and the
components are packed in rows, largest first, so a disconnected graph is not
squashed into one point.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["SPRING_MAX_NODES", "compute_layout", "spread"]

#: Up to this many nodes a component gets ``nx.spring_layout``; above it, ``nx.spectral_layout``.
SPRING_MAX_NODES = 500

_ASPECT = 1.4  # width / height of a typical drawing area
_SPACING = 55.0  # pixels per sqrt(node): a component of n nodes gets a radius of about this * sqrt(n)


def _ranks(xy: np.ndarray) -> np.ndarray:
    """Each axis replaced by its rank, scaled to [-1, 1] (ties broken by position in the array)."""
    order = np.argsort(np.argsort(xy, axis=0, kind="stable"), axis=0, kind="stable")
    return order / max(len(xy) - 1, 1) * 2 - 1


def _spread_ranks(H: nx.Graph, xy: np.ndarray, *, rounds: int = 3) -> np.ndarray:
    """Spectral positions made usable: a spectral layout puts a few nodes far out and the rest
    in a dot, so each axis becomes ranks (spread evenly, order kept), pulled a little towards
    each node's neighbours (sparse averaging), then ranked again."""
    import scipy.sparse as sp

    A = nx.to_scipy_sparse_array(H, nodelist=list(H.nodes), format="csr", dtype=float)
    degree = np.asarray(A.sum(axis=1)).ravel()
    mean = sp.diags(1 / np.maximum(degree, 1)) @ A
    xy = _ranks(xy)
    for _ in range(rounds):
        xy = _ranks(0.5 * xy + 0.5 * (mean @ xy))
    return xy


def _component_layout(H: nx.Graph, *, seed: int, spring: bool) -> np.ndarray:
    """Positions of one connected component as an (n, 2) array centred on 0, radius about 1."""
    n = H.number_of_nodes()
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    if spring:
        # far looser than the default k = 1/sqrt(n): hubs with a hundred spokes keep room for labels
        pos = nx.spring_layout(H, k=8.0 / math.sqrt(n), iterations=200, seed=seed)
    else:
        return _spread_ranks(H, np.array(list(nx.spectral_layout(H).values()), dtype=float))
    xy = np.array([pos[v] for v in H.nodes], dtype=float)
    xy -= xy.mean(axis=0)
    radius = np.abs(xy).max() or 1.0
    return xy / radius


def spread(xy: np.ndarray, *, min_distance: float, rounds: int = 100) -> np.ndarray:
    """Push apart points closer than ``min_distance`` (pairwise, O(n^2): for small graphs only).

    Examples
    --------
    >>> out = spread(np.array([[0.0, 0.0], [1.0, 0.0]]), min_distance=10)
    >>> round(float(np.linalg.norm(out[1] - out[0])), 1)
    10.0
    """
    xy = xy.astype(float).copy()
    n = len(xy)
    if n < 2:
        return xy
    rng = np.random.default_rng(0)
    for _ in range(rounds):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((diff ** 2).sum(axis=2))
        np.fill_diagonal(dist, np.inf)
        close = dist < min_distance
        if not close.any():
            break
        same = dist == 0
        if same.any():  # identical points: nudge them apart in a fixed pseudo-random direction
            xy += same.any(axis=1)[:, None] * rng.normal(scale=1e-3, size=xy.shape)
            continue
        with np.errstate(invalid="ignore", divide="ignore"):
            push = np.where(close, (min_distance - dist) / (2 * dist), 0.0)
        xy += (diff * push[:, :, None]).sum(axis=1)
    return xy


def compute_layout(G: nx.Graph, *, seed: int = 0, spring_max_nodes: int = SPRING_MAX_NODES,
                   ) -> dict[Hashable, tuple[float, float]]:
    """Compute a position in pixels for every node of ``G``.

    Parameters
    ----------
    G : networkx.Graph
        Any graph; direction and parallel edges are ignored.
    seed : int, default 0
        Fixes the force-directed layout, so the same graph gets the same picture.
    spring_max_nodes : int, default 500
        Components with at most this many nodes, in a graph with at most this many nodes,
        get the force-directed layout; otherwise the spectral one.

    Returns
    -------
    dict
        Node -> ``(x, y)`` in pixels, rounded to 0.1, y growing downwards.

    Examples
    --------
    >>> G = nx.Graph([("XAA", "XAB"), ("XAB", "XAC")])
    >>> G.add_node("XAD")
    >>> pos = compute_layout(G)
    >>> sorted(pos) == ["XAA", "XAB", "XAC", "XAD"]
    True
    >>> pos == compute_layout(G)
    True
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    spring = U.number_of_nodes() <= spring_max_nodes
    components = sorted(nx.connected_components(U), key=lambda c: (-len(c), min(map(str, c))))
    pos: dict[Hashable, tuple[float, float]] = {}
    singles = [next(iter(c)) for c in components if len(c) == 1]
    groups = [c for c in components if len(c) > 1]
    x = y = row_height = 0.0
    width = _SPACING * math.sqrt(U.number_of_nodes()) * 2.2 if U.number_of_nodes() else 0.0
    for component in groups:
        nodes = sorted(component, key=str)  # a fixed order: the layout depends on it
        H = nx.Graph()
        H.add_nodes_from(nodes)
        H.add_edges_from(sorted(((u, v) for u in nodes for v in U[u]), key=str))
        radius = _SPACING * math.sqrt(len(nodes))
        xy = _component_layout(H, seed=seed, spring=spring) * radius
        if spring:  # a wide canvas: use its width, then keep nodes and labels from overlapping
            xy = spread(xy * [_ASPECT, 1.0], min_distance=_SPACING * 1.3)
            xy -= xy.mean(axis=0)
        half_w, half_h = (np.abs(xy).max(axis=0) if len(xy) else (0.0, 0.0))
        if x > 0 and x + 2 * half_w > width:
            x, y, row_height = 0.0, y + row_height + _SPACING, 0.0
        for v, (px, py) in zip(H.nodes, xy, strict=True):
            pos[v] = (round(float(x + half_w + px), 1), round(float(y + half_h + py), 1))
        x += 2 * half_w + _SPACING
        row_height = max(row_height, 2 * half_h)
    if singles:  # edgeless nodes in a grid under everything else
        y += row_height + _SPACING
        per_row = max(1, int(width // _SPACING))
        for i, v in enumerate(sorted(singles, key=str)):
            pos[v] = (round((i % per_row) * _SPACING, 1), round(y + (i // per_row) * _SPACING, 1))
    return {v: pos[v] for v in G.nodes}
