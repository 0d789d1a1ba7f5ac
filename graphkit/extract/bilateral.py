"""Bilateral nodes and their two parties: an agreement, commission or joint centre that only
two countries (or their agencies) sign, join or work on in data/ ("the Agreement ... between
Russia and China on BDS and GLONASS").

A node the text only describes ("signed an agreement on civil satellite navigation
cooperation") is that bilateral node only for its parties: South Korea and the United States
signing "an agreement on civil GNSS cooperation" did not sign the Russia-China agreement.
A node named by its name keeps every claim: the text says which it is. And a programme read
from a description that both parties of a bilateral agreement about it sign is that agreement
("Russia and China signed an agreement on creating a lunar station": their ILRS agreement).
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["agreements_about", "bilateral_parties", "first_dates", "not_before", "parties_only",
           "their_agreement"]


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
    neither of its parties (nor their agency), nor those their evidence gives another subject
    that is neither ("India and Russia signed an agreement on technology protection": not
    Russia's with China)."""
    def described(c) -> bool:
        return c.object in parties and "object:description" in c.rule

    def party(c) -> bool:
        return agency_country.get(c.subject, c.subject) in parties[c.object]

    outside = {(c.object, c.start) for c in claims if described(c) and not party(c)}
    return [c for c in claims if not described(c) or party(c) and (c.object, c.start) not in outside]


def first_dates(edges) -> dict[str, str]:
    """Node -> the earliest date of any claim on it in data/ (``edges``)."""
    first: dict[str, str] = {}
    for edge in edges:
        if edge.since and (edge.object not in first or edge.since < first[edge.object]):
            first[edge.object] = edge.since
    return first


def not_before(claims, first: dict[str, str], agreement_kind: str, kinds):
    """``claims`` without those on an agreement read from a description and dated before
    any claim data/ knows on it: "a roadmap on satellite navigation" signed in 2021 is not
    the roadmap for 2026-2030, signed in November 2025."""
    return [c for c in claims if "object:description" not in c.rule
            or kinds.get(c.object) != agreement_kind or not c.since
            or c.since >= first.get(c.object, "")[:len(c.since)]]


def agreements_about(parties: dict[str, frozenset[str]], spellings: dict[str, tuple[str, ...]],
                     kinds: dict[str, str], agreement_kind: str, first: dict[str, str]
                     ) -> dict[tuple[str, frozenset], tuple[str, str]]:
    """(programme, its two parties) -> the bilateral agreement between them whose name or an
    alias holds the programme's ("... on Cooperation in Establishing the International Lunar
    Research Station", "ILRS agreement"), and the earliest date data/ gives it (``first``:
    :func:`first_dates`)."""
    about = {}
    for node, two in parties.items():
        if kinds.get(node) != agreement_kind:
            continue
        texts = [t.lower() for t in spellings.get(node, ())]
        for other, names in spellings.items():
            if other != node and kinds.get(other) not in (agreement_kind, None) and any(
                    re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", t) for n in names for t in texts):
                about[(other, two)] = (node, first.get(node, ""))
    return about


def their_agreement(claims, about: dict[tuple[str, frozenset], tuple[str, str]], allows,
                    country_kind: str, kinds):
    """``claims`` with a programme read from a description ("the governments of Russia and
    China signed an agreement on cooperation in creating an international scientific lunar
    station") made the agreement about it, when the claim's countries in that sentence are
    exactly that agreement's two parties, the relation takes an agreement (``allows``:
    relation, subject kind, object kind) and the claim's date is not before the agreement's.
    Agencies signing a memorandum keep the programme, and so does the 2021 memorandum that
    came before the 2022 agreement."""
    subjects: dict[tuple, set[str]] = {}
    for c in claims:
        if "object:description" in c.rule and kinds.get(c.subject) == country_kind:
            subjects.setdefault((c.start, c.relation, c.object), set()).add(c.subject)
    out = []
    for c in claims:
        agreement, since = about.get((c.object, frozenset(subjects.get((c.start, c.relation, c.object), ()))),
                                     ("", ""))
        if (agreement and "object:description" in c.rule and kinds.get(c.subject) == country_kind
                and allows(c.relation, country_kind, kinds[agreement])
                and (not c.since or c.since >= since[:len(c.since)])):
            c = replace(c, object=agreement)
        out.append(c)
    return out
