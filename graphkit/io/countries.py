"""Country names and codes through the maintained ``country_converter`` library.

"Türkiye", "Turkey", "Republic of Türkiye" and "TUR" all become ``TUR``; display names
are the library's short names; regions are its UN regions and continents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = [
    "FORMER_STATES",
    "CountryInfo",
    "all_countries",
    "country_info",
    "country_patterns",
    "is_iso3",
    "looks_like_code",
    "to_iso3",
]

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class CountryInfo:
    """What the library knows of one ISO 3166-1 alpha-3 code."""

    iso3: str
    name: str
    official_name: str
    continent: str
    un_region: str


@cache
def _converter():
    import logging

    import country_converter as coco

    # coco logs "not found" warnings for every miss; graphkit reports misses itself.
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


#: States that no longer exist but are the real subject of claims in data/, by their
#: ISO 3166-3 code (the library knows only current ISO 3166-1 codes). Only ids: no name
#: in text resolves to them (``to_iso3``), and ``all_countries`` leaves them out.
FORMER_STATES = {
    "SUN": CountryInfo(iso3="SUN", name="Soviet Union",
                       official_name="Union of Soviet Socialist Republics",
                       continent="Europe", un_region="Eastern Europe"),
}


@cache
def _table() -> dict[str, CountryInfo]:
    data = _converter().data
    table = {}
    for row in data.itertuples(index=False):
        iso3 = str(row.ISO3)
        if not _CODE.match(iso3):
            continue
        table[iso3] = CountryInfo(
            iso3=iso3,
            name=str(row.name_short),
            official_name=str(row.name_official),
            continent=str(row.continent),
            un_region=str(row.UNregion),
        )
    return table


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has the shape of an alpha-3 code (three capital letters)."""
    return bool(_CODE.match(text))


def is_iso3(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 code the library knows.

    Examples
    --------
    >>> is_iso3("TUR"), is_iso3("XYZ")
    (True, False)
    """
    return code in _table() or code in FORMER_STATES


def all_countries() -> list[CountryInfo]:
    """Every country the library knows, by ISO alpha-3 code (``graphkit extract``'s names).

    Examples
    --------
    >>> any(c.iso3 == "TUR" and c.name == "Türkiye" for c in all_countries())
    True
    """
    return [_table()[code] for code in sorted(_table())]


def country_info(code: str) -> CountryInfo:
    """Name, continent and UN region of an ISO 3166-1 alpha-3 code.

    Examples
    --------
    >>> country_info("RUS").name
    'Russia'
    >>> country_info("SUN").name  # a former state, by its ISO 3166-3 code
    'Soviet Union'
    """
    return FORMER_STATES[code] if code in FORMER_STATES else _table()[code]


@cache
def to_iso3(name: str) -> str | None:
    """The ISO alpha-3 code of a country code or name, or ``None`` when none matches.

    Examples
    --------
    >>> to_iso3("Türkiye"), to_iso3("Turkey"), to_iso3("TUR"), to_iso3("tur")
    ('TUR', 'TUR', 'TUR', 'TUR')
    >>> to_iso3("Atlantis") is None
    True
    """
    text = " ".join(name.split())
    if not text:
        return None
    if text.upper() in _table() and len(text) == 3:
        return text.upper()
    found = _converter().convert(text, to="ISO3", not_found=None)
    if isinstance(found, list):  # ambiguous: matched several countries
        return None
    return found if found in _table() else None


@cache
def country_patterns() -> tuple[tuple[str, str, str], ...]:
    """Every row :func:`to_iso3` matches against: ``(ISO3, name regex, ISO2 regex)``.

    What a page needs to resolve a typed name as the CLI does (the interactive page
    embeds them): ``country_converter`` tries, case-insensitively, the ISO2 regexes for
    two characters, the ISO3 codes for three, the name regexes for more, and a name
    matching several rows is ambiguous.

    Examples
    --------
    >>> rows = {iso3: (name, iso2) for iso3, name, iso2 in country_patterns()}
    >>> rows["GBR"][1]
    '^GB$|^UK$'
    >>> import re; bool(re.search(rows["TUR"][0], "Turkey", re.IGNORECASE))
    True
    """
    data = _converter().data
    return tuple((str(r.ISO3), str(r.regex), str(r.ISO2)) for r in data.itertuples(index=False))
