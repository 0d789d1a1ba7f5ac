"""What a reverse trigger's list may belong to that no node stands for, though a node is named
before it: a body the sentence leaves unnamed ("China and Russia strengthen a security bloc
that includes Iran") and a region ("deter threats in the Baltic Sea region, encompassing
Estonia, Latvia, Lithuania and Poland")."""

from __future__ import annotations

from graphkit.extract.groups import list_span
from graphkit.extract.schema_words import kind_of_word

__all__ = ["region_listed", "unnamed_body"]

#: what makes "a bloc that includes" a bloc named before: "NATO, a military alliance that
#: includes", "NATO is an alliance that", "seen as a bloc that"
_APPOSED = {",", "—", "–", "-", "(", ":", "is", "was", "are", "were", "be", "been", "being",
            "remains", "remained", "became", "becomes", "become", "as", "into"}
_NOW = {"now", "today", "originally", "initially", "once", "still", "currently"}  # "BRICS, now a group that"


def unnamed_body(doc, limit: int, start: int) -> bool:
    """Whether "a (security and economic) bloc that/which" stands right before token ``start``
    (a reverse trigger), after a verb and not in apposition to a name before: a body the
    sentence leaves unnamed ("China and Russia strengthen a security and economic bloc that
    includes Iran"), not the one named earlier in it; or a region (:func:`region_before`)."""
    if region_before(doc, limit, start):
        return True
    i = start - 1
    if i <= limit or doc[i].lower_ not in {"that", "which"}:
        return False
    i -= 1 + (doc[i - 1].text == ",")
    if doc[i].lower_ not in kind_of_word() and doc[i].lower_ not in {"club", "clubs"}:
        return False
    k = next((k for k in range(i - 1, max(limit, i - 6) - 1, -1) if doc[k].lower_ in {"a", "an"}), None)
    if k is None or k <= limit or not all(t.is_lower for t in doc[k + 1:i]):
        return False
    while k - 1 > limit and doc[k - 1].lower_ in _NOW:
        k -= 1
    return doc[k - 1].lower_ not in _APPOSED


#: a region's head nouns: "the Baltic Sea region, encompassing", "an area that covers"
_REGIONS = {"region", "regions", "area", "areas", "zone", "zones", "basin", "subregion", "sub-region", "territory"}


def region_before(doc, limit: int, start: int) -> bool:
    """Whether a region's head noun stands right before token ``start`` (a reverse trigger),
    past a comma and "which" or "that": the region's parts are listed, not a bloc's members."""
    i = start - 1
    while i > limit and (doc[i].text == "," or doc[i].lower_ in {"which", "that"}):
        i -= 1
    return i > limit and doc[i].lower_ in _REGIONS


#: the verbs and participles a region's parts follow ("the region, encompassing A, B")
_CONTAINING = {"encompassing", "encompasses", "encompassed", "comprising", "comprises", "covering", "covers",
               "spanning", "spans"}  # not "including": "EU member states in the Nordic region, including A, B"


def region_listed(doc, mentions, occurrence, obj: str | None = None) -> bool:
    """Whether the subject's list follows a region's head noun and a word of containing ("deter
    threats in the Baltic Sea region, encompassing Estonia, Latvia"), or a region's
    capitalised adjective and "countries of" ("the Central Asian (CA) countries of Kazakhstan,
    Kyrgyzstan, ..."): the region's parts, no bloc's members, whatever the sentence names before."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    i = span[0] - 1 - (doc[span[0] - 1].lower_ == "the")
    return i > occurrence.start and (doc[i].lower_ in _CONTAINING and region_before(doc, occurrence.start, i)
                                     or _region_countries_of(doc, mentions, occurrence.start, i)
                                     and not any(m.node == obj and span[1] <= m.start < occurrence.end
                                                 for m in mentions))  # not "... joined NATO"


def _region_countries_of(doc, mentions, limit: int, i: int) -> bool:
    """Whether "of" at token ``i`` follows "countries", "states" or "nations" (a bracketed
    acronym aside) after a capitalised word no name stands on ("the Central Asian (CA)
    countries of"; not "the EU countries of", a bloc's)."""
    if doc[i].lower_ != "of" or i - 1 <= limit or doc[i - 1].lower_ not in {"countries", "states", "nations"}:
        return False
    k = i - 2
    if doc[k].text == ")" and k - 2 > limit and doc[k - 2].text == "(":
        k -= 3  # "(CA)"
    named = {j for m in mentions for j in range(m.start, m.end)}
    return k > limit and doc[k].text[:1].isupper() and doc[k].is_alpha and k not in named
