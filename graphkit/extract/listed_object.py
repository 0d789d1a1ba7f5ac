"""An object named only as one name in a list of countries, which the reader may not take as
what another name in its sentence joins: "The members of the Council of the Baltic Sea States –
Denmark, Estonia, ..., Sweden and the European Union – have decided to suspend Russia": the
European Union is listed beside the states, Russia is no member of it
(:func:`graphkit.extract.vetoes.standing` calls it)."""

from __future__ import annotations

from graphkit.extract.groups import list_span

__all__ = ["listed_among_countries"]

_COUNTRY_HOWS = {"country", "demonym"}  # how a country's mention was recognised
_OPENERS = {"–", "—", ":", "("}  # a list of members set out ("the CBSS – A, B and the EU –")


def listed_among_countries(doc, mentions, occurrence, obj: str) -> bool:
    """Whether every mention of ``obj`` by its name in the occurrence's sentence stands in a list
    set out after a dash, a colon or a bracket with two or more countries, one that is not the
    subject's (not "Poland, backed by the United States, Britain and NATO, which it joined")."""
    named = [m for m in mentions if m.node == obj and m.how == "name"  # not "the Council's" after it
             and occurrence.start <= m.start < occurrence.end]
    own = list_span(doc, mentions, occurrence.subject_at)
    if not named:
        return False
    for m in named:
        span = list_span(doc, mentions, m.start)
        if span is None or span == own:
            return False
        countries = {c.node for c in mentions if span[0] <= c.start < span[1] and c.how in _COUNTRY_HOWS}
        if len(countries) < 2 or doc[span[0] - 1].text not in _OPENERS:
            return False
    return True
