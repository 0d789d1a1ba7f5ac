"""Names in a list of countries that the gazetteer does not know, read by the country
library: "France, Ceylon, Congo (Kinshasa), India" names Sri Lanka and the Democratic
Republic of the Congo (``country_converter``'s name patterns say so), and "..., India, and
Czechoslovakia." a former state by its name in graphkit's data (``FORMER_STATES``, those ISO
3166 once coded, ``FORMER_ISO2``: not the Joseon kingdom for "Korea").

Only an item that stands between commas with a country the gazetteer knows on each side,
or last, after a comma or "and", in a list of at least three known countries: a word the library
would match elsewhere ("Georgia", "Jersey") is read as a country only inside such a list.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from graphkit.extract.gazetteer import Mention
from graphkit.io.countries import FORMER_ISO2, FORMER_STATES, country_patterns, is_iso3

__all__ = ["country_of", "listed_names"]

_GLUE = {"of", "the", "and", "(", ")", "-"}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((iso3, re.compile(regex, re.IGNORECASE)) for iso3, regex, _ in country_patterns()
                 if regex and is_iso3(iso3))


@cache
def country_of(text: str) -> str | None:
    """A former state ISO 3166 once coded so named in graphkit's data, else the one country the
    library's name patterns match in ``text`` (none when several do).

    Examples
    --------
    >>> country_of("Ceylon"), country_of("Congo (Kinshasa)"), country_of("Czechoslovakia")
    ('LKA', 'COD', 'CSK')
    >>> country_of("Federal Republic") is None, country_of("Niger Nigeria") is None
    (True, True)
    """
    former = next((code for code in FORMER_ISO2.values() if text == FORMER_STATES[code].name),
                  None)  # states ISO 3166 once coded only: not the Joseon kingdom for "Korea"
    if former:  # not Czechia for "Czechoslovakia"
        return former
    found = {iso3 for iso3, pattern in _patterns() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def _item(doc, start: int, end: int, country: str) -> Mention | None:
    """A mention for tokens ``start:end`` (capitalised words, brackets, "of the"), if they
    name one country."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    words = doc[start:end]
    if not 0 < len(words) <= 5 or not words[0].text[:1].isupper() or not all(
            t.text[:1].isupper() and t.is_alpha or t.lower_ in _GLUE for t in words):
        return None
    code = country_of(words.text)
    return Mention(start, end, code, country, "country") if code else None


def listed_names(doc, mentions: list[Mention], country: str) -> list[Mention]:
    """``mentions`` with the unknown items of lists of countries that the library names."""
    extra: list[Mention] = []
    links = [None] + [_between(doc, a, b, country) for a, b in itertools.pairwise(mentions)]
    run = 1  # the known countries of the list so far, the current one included
    for k, b in enumerate(mentions):
        run = run + 1 if links[k] is not None else 1
        extra += links[k] or []
        if run >= 3 and (k + 1 == len(mentions) or links[k + 1] is None):
            extra += _last(doc, b, country, mentions[k + 1] if k + 1 < len(mentions) else None)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _between(doc, a: Mention, b: Mention, country: str) -> list[Mention] | None:
    """The countries the library names between two known ones of a list ("France, Ceylon,
    India"): ``None`` when no list joins the two."""
    if a.kind != country or b.kind != country or not 0 < b.start - a.end <= 16 or (
            doc[a.end].text != ","):
        return None
    gap = [t.text.lower() for t in doc[a.end:b.start]]
    if gap in ([","], [",", "and"], [",", "the"], [",", "and", "the"]):
        return []
    if not 2 < len(gap) <= 16 or gap[0] != "," or gap[-1] != "," and gap[-2:] != [",", "the"]:
        return None
    commas = [i for i in range(a.end, b.start) if doc[i].text == ","]
    found = [_item(doc, x + 1, y, country) for x, y in itertools.pairwise(commas)]
    return [m for m in found if m]


def _last(doc, b: Mention, country: str, after: Mention | None) -> list[Mention]:
    """"..., Turkey, and Yugoslavia.", "..., Turkey, Yugoslavia.": the item after the last
    known one, a comma or "and" before it and the sentence's end after it."""
    i = b.end + (doc[b.end:b.end + 1].text == ",")
    if doc[i:i + 1].text != "and" and i == b.end:
        return []
    i -= doc[i:i + 1].text != "and"
    stop = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text in {".", ";"}), None)
    if stop is None or after is not None and after.start < stop:
        return []
    found = _item(doc, i + 1, stop, country)
    return [found] if found else []
