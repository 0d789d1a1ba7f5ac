"""Bloc analysis on the NetworkX graph: projection, centrality, declared and detected blocs,
and comparisons between blocs. Plain graphs in, plain values out, seeded."""

from graphkit.analysis.alignment import alignment, bloc_sides
from graphkit.analysis.blocs import (
    Claim,
    Membership,
    bloc_members,
    bloc_membership,
    claim_standing,
    country_claims,
    declared_blocs,
    declared_memberships,
    membership_periods,
    membership_spans,
)
from graphkit.analysis.centrality import Centrality, centrality
from graphkit.analysis.changes import Changes, changes_between
from graphkit.analysis.communities import (
    Communities,
    adjusted_rand_index,
    detect_communities,
    membership_labels,
    stability,
)
from graphkit.analysis.compare import (
    brokers,
    compared_scope,
    courted,
    jaccard,
    overlap,
    portfolio_similarity,
    portfolios,
    regional_composition,
)
from graphkit.analysis.growth import bloc_growth, bloc_growth_range
from graphkit.analysis.interest import Interest, interested_not_joined
from graphkit.analysis.leaning import leaning
from graphkit.analysis.projection import country_projection
from graphkit.analysis.provenance import claim_details, member_status, split_by_status
from graphkit.analysis.swing import swing_states

__all__ = [
    "Centrality",
    "Changes",
    "Claim",
    "Communities",
    "Interest",
    "Membership",
    "adjusted_rand_index",
    "alignment",
    "bloc_growth",
    "bloc_growth_range",
    "bloc_members",
    "bloc_membership",
    "bloc_sides",
    "brokers",
    "centrality",
    "changes_between",
    "claim_details",
    "claim_standing",
    "compared_scope",
    "country_claims",
    "country_projection",
    "courted",
    "declared_blocs",
    "declared_memberships",
    "detect_communities",
    "interested_not_joined",
    "jaccard",
    "leaning",
    "member_status",
    "membership_labels",
    "membership_periods",
    "membership_spans",
    "overlap",
    "portfolio_similarity",
    "portfolios",
    "regional_composition",
    "split_by_status",
    "stability",
    "swing_states",
]
