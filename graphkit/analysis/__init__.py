"""Bloc analysis on the NetworkX graph: projection, centrality, declared and detected blocs,
and comparisons between blocs. Plain graphs in, plain values out, seeded."""

from graphkit.analysis.blocs import (
    Claim,
    bloc_growth,
    bloc_members,
    country_claims,
    declared_blocs,
    membership_spans,
)
from graphkit.analysis.centrality import Centrality, centrality
from graphkit.analysis.communities import (
    Communities,
    adjusted_rand_index,
    detect_communities,
    membership_labels,
    stability,
)
from graphkit.analysis.compare import (
    brokers,
    courted,
    jaccard,
    overlap,
    portfolio_similarity,
    portfolios,
    regional_composition,
)
from graphkit.analysis.projection import country_projection

__all__ = [
    "Centrality",
    "Claim",
    "Communities",
    "adjusted_rand_index",
    "bloc_growth",
    "bloc_members",
    "brokers",
    "centrality",
    "country_claims",
    "country_projection",
    "courted",
    "declared_blocs",
    "detect_communities",
    "jaccard",
    "membership_labels",
    "membership_spans",
    "overlap",
    "portfolio_similarity",
    "portfolios",
    "regional_composition",
    "stability",
]
