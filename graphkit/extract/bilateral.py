"""Bilateral nodes and their two parties: an agreement, commission or joint centre that only
two countries (or their agencies) sign, join or work on in data/ ("the Agreement ... between
Russia and China on BDS and GLONASS").

A node the text only describes ("signed an agreement on civil satellite navigation
cooperation") is that bilateral node only for its parties: South Korea and the United States
signing "an agreement on civil GNSS cooperation" did not sign the Russia-China agreement.
A node named by its name keeps every claim: the text says which it is.
"""

from __future__ import annotations

__all__ = ["bilateral_parties", "parties_only"]


def bilateral_parties(edges, kinds: dict[str, str], country_kind: str,
                      agency_country: dict[str, str]) -> dict[str, frozenset[str]]:
    """Node -> its two countries, for each node whose claims in data/ (``edges``) come from
    exactly two countries, an agency counting for its own (``kinds``: node -> kind)."""
    parties: dict[str, set[str]] = {}
    for edge in edges:
        country = agency_country.get(edge.subject, edge.subject)
        if kinds.get(country) == country_kind and kinds.get(edge.object) != country_kind:
            parties.setdefault(edge.object, set()).add(country)
    return {node: frozenset(found) for node, found in parties.items() if len(found) == 2}


def parties_only(claims, parties: dict[str, frozenset[str]], agency_country: dict[str, str]):
    """``claims`` without those on a bilateral node read from a description whose subject is
    neither of its parties (nor their agency)."""
    return [c for c in claims if c.object not in parties or "object:description" not in c.rule
            or agency_country.get(c.subject, c.subject) in parties[c.object]]
