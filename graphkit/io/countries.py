"""Country names and codes through the maintained ``country_converter`` library.

"Türkiye", "Turkey", "Republic of Türkiye" and "TUR" all become ``TUR``; display names
are the library's short names; regions are its UN regions and continents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "COW_STATES",
    "FORMER_ISO2",
    "FORMER_STATES",
    "HELD_BY",
    "CountryInfo",
    "all_countries",
    "country_codes",
    "country_info",
    "country_patterns",
    "cow_to_iso3",
    "is_iso3",
    "iso2_to_state",
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
def _rows() -> tuple[dict[str, str], ...]:
    """The library's country table as ``CountryConverter().data`` holds it, read without
    pandas: its tab-separated file, obsolete rows left out, and a repeated short name,
    official name or name regex kept in its last row only (the library's own rules).

    ``CountryConverter`` reads the same file with pandas, which takes most of a second to
    import; the codes and names every command checks need only these rows. Its name
    matching (:func:`to_iso3`) still goes through the library. Empty cells are "".
    """
    import csv
    from importlib.util import find_spec

    spec = find_spec("country_converter")  # found, not imported: its module imports pandas
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("country_converter is not installed: pip install country_converter")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = [row for row in csv.DictReader(f, delimiter="\t") if not row["obsolete"].strip()]
    for column in ("name_short", "name_official", "regex"):
        last = {row[column]: i for i, row in enumerate(rows)}
        rows = [row for i, row in enumerate(rows) if last[row[column]] == i]
    return tuple(rows)


@cache
def _converter():
    import logging

    import country_converter as coco

    # coco logs "not found" warnings for every miss; graphkit reports misses itself.
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


#: States that no longer exist but are the real subject of claims in data/ or in an
#: imported dataset, by their ISO 3166-3 code (the library knows only current ISO 3166-1
#: codes), or, for states that ended before ISO 3166 existed (Prussia, Bavaria...), by a
#: code of ISO 3166's user-assigned range ``QMA``-``QZZ``. Only ids: no name in text
#: resolves to them (``to_iso3``), and ``all_countries`` leaves them out. Add a state here
#: (as data) when an import names one graphkit does not know yet.
FORMER_STATES = {
    info.iso3: info for info in (
        CountryInfo("SUN", "Soviet Union", "Union of Soviet Socialist Republics", "Europe", "Eastern Europe"),
        CountryInfo("YUG", "Yugoslavia", "Socialist Federal Republic of Yugoslavia (1918-1992: Kingdom "
                    "of Serbs, Croats and Slovenes, Kingdom of Yugoslavia; 1992-2006: Federal Republic "
                    "of Yugoslavia, Serbia and Montenegro)", "Europe", "Southern Europe"),
        CountryInfo("CSK", "Czechoslovakia", "Czechoslovak Socialist Republic", "Europe", "Eastern Europe"),
        CountryInfo("DDR", "East Germany", "German Democratic Republic", "Europe", "Western Europe"),
        CountryInfo("QPR", "Prussia", "Kingdom of Prussia", "Europe", "Western Europe"),
        CountryInfo("QAH", "Austria-Hungary", "Austrian Empire (1804-1867), Austro-Hungarian "
                    "Monarchy (1867-1918)", "Europe", "Western Europe"),
        CountryInfo("QHA", "Hanover", "Kingdom of Hanover", "Europe", "Western Europe"),
        CountryInfo("QBA", "Bavaria", "Kingdom of Bavaria", "Europe", "Western Europe"),
        CountryInfo("QBD", "Baden", "Grand Duchy of Baden", "Europe", "Western Europe"),
        CountryInfo("QSX", "Saxony", "Kingdom of Saxony", "Europe", "Western Europe"),
        CountryInfo("QWU", "Württemberg", "Kingdom of Württemberg", "Europe", "Western Europe"),
        CountryInfo("QHG", "Hesse-Darmstadt", "Grand Duchy of Hesse", "Europe", "Western Europe"),
        CountryInfo("QHE", "Hesse-Kassel", "Electorate of Hesse", "Europe", "Western Europe"),
        CountryInfo("QMS", "Mecklenburg-Schwerin", "Grand Duchy of Mecklenburg-Schwerin", "Europe",
                    "Western Europe"),
        CountryInfo("QTS", "Two Sicilies", "Kingdom of the Two Sicilies", "Europe", "Southern Europe"),
        CountryInfo("QMO", "Modena", "Duchy of Modena and Reggio", "Europe", "Southern Europe"),
        CountryInfo("QPA", "Parma", "Duchy of Parma and Piacenza", "Europe", "Southern Europe"),
        CountryInfo("QTU", "Tuscany", "Grand Duchy of Tuscany", "Europe", "Southern Europe"),
        CountryInfo("QKR", "Korea", "Joseon Kingdom, Korean Empire (1392-1910)", "Asia", "Eastern Asia"),
        CountryInfo("YMD", "South Yemen", "People's Democratic Republic of Yemen", "Asia", "Western Asia"),
        CountryInfo("VDR", "North Vietnam", "Democratic Republic of Viet-Nam", "Asia", "South-eastern Asia"),
        CountryInfo("QVS", "South Vietnam", "Republic of Viet-Nam", "Asia", "South-eastern Asia"),
    )
}

#: Correlates of War state codes (also used by ATOP) that ``country_converter`` cannot map
#: (it has no COW column; the Gleditsch-Ward codes it has agree with COW's elsewhere), or
#: that COW keeps across a change of state: per code, ``(first day, id)`` spells in order,
#: the id being an ISO 3166-1 code or one of :data:`FORMER_STATES`. COW uses 255 for
#: Prussia and Germany, 365 for Russia and the Soviet Union, 345 for Serbia and Yugoslavia.
COW_STATES: dict[int, tuple[tuple[str, str], ...]] = {
    240: (("0000", "QHA"),),
    245: (("0000", "QBA"),),
    255: (("0000", "QPR"), ("1871-01-18", "DEU")),
    260: (("1949-05-23", "DEU"),),
    265: (("1949-10-07", "DDR"),),
    267: (("0000", "QBD"),),
    269: (("0000", "QSX"),),
    271: (("0000", "QWU"),),
    273: (("0000", "QHE"),),
    275: (("0000", "QHG"),),
    280: (("0000", "QMS"),),
    300: (("0000", "QAH"),),
    315: (("1918-10-28", "CSK"),),
    316: (("1993-01-01", "CZE"),),
    345: (("0000", "SRB"), ("1918-12-01", "YUG"), ("2006-06-05", "SRB")),
    365: (("0000", "RUS"), ("1922-12-30", "SUN"), ("1991-12-26", "RUS")),
    678: (("0000", "YEM"),),
    679: (("1990-05-22", "YEM"),),
    329: (("0000", "QTS"),),
    332: (("0000", "QMO"),),
    335: (("0000", "QPA"),),
    337: (("0000", "QTU"),),
    730: (("0000", "QKR"),),
    816: (("0000", "VDR"), ("1976-07-02", "VNM")),
    817: (("0000", "QVS"),),
    946: (("0000", "KIR"),),
    947: (("0000", "TUV"),),
    955: (("0000", "TON"),),
}


@cache
def _cow_table() -> dict[int, str]:
    """COW state code -> ISO alpha-3 through the library's Gleditsch-Ward column."""
    table = {}
    for row in _rows():
        gw, iso3 = row["GWcode"].strip(), row["ISO3"]
        if not gw or not _CODE.match(iso3):
            continue
        code = int(gw)
        if code not in COW_STATES:
            table.setdefault(code, iso3)
    return table


def cow_to_iso3(code: int, day: str) -> str | None:
    """The id of the state a Correlates of War (or ATOP) state code names on ``day``.

    ``day`` is an ISO date, at any precision (``1955``, ``1955-05``, ``1955-05-14``);
    the spells of :data:`COW_STATES` come first, then the library's codes.

    Examples
    --------
    >>> cow_to_iso3(365, "1955-05-14"), cow_to_iso3(365, "1815"), cow_to_iso3(2, "1949")
    ('SUN', 'RUS', 'USA')
    >>> cow_to_iso3(255, "1866-06"), cow_to_iso3(255, "1990-10-03"), cow_to_iso3(8152, "1990") is None
    ('QPR', 'DEU', True)
    """
    spells = COW_STATES.get(code)
    if spells:
        return _spell(spells, day)
    return _cow_table().get(code)


#: ISO 3166-1 alpha-2 codes of states gone (ISO 3166-3), as datasets such as the UN votes
#: of the ``unvotes`` package write them.
FORMER_ISO2 = {"CS": "CSK", "YU": "YUG", "DD": "DDR", "YD": "YMD", "SU": "SUN"}
#: Current codes that datasets also use for a predecessor state: per code, ``(first day,
#: id)`` spells, as in :data:`COW_STATES` (the UN votes file Soviet votes under RU).
HELD_BY: dict[str, tuple[tuple[str, str], ...]] = {
    "RUS": (("0000", "RUS"), ("1922-12-30", "SUN"), ("1991-12-26", "RUS")),
}


def _spell(spells: tuple[tuple[str, str], ...], day: str) -> str | None:
    found = None
    for first, iso3 in spells:
        if day >= first[: len(day)]:
            found = iso3
    return found


def iso2_to_state(code: str, day: str) -> str | None:
    """The id of the state an ISO alpha-2 code names on ``day`` (ISO date, any precision).

    Examples
    --------
    >>> iso2_to_state("RU", "1985-10-06"), iso2_to_state("RU", "2020"), iso2_to_state("DD", "1985")
    ('SUN', 'RUS', 'DDR')
    >>> iso2_to_state("GB", "1985"), iso2_to_state("GR", "1985")
    ('GBR', 'GRC')
    >>> iso2_to_state("ZZ", "1985") is None
    True
    """
    iso3 = FORMER_ISO2.get(code) or _iso2_table().get(code)
    if iso3 in HELD_BY:
        return _spell(HELD_BY[iso3], day)
    return iso3


@cache
def _iso2_table() -> dict[str, str]:
    table = {}
    for row in _rows():
        if _CODE.match(row["ISO3"]):
            for code in row["ISO2"].split("|"):  # some are patterns: ^GB$|^UK$
                table.setdefault(code.strip("^$"), row["ISO3"])
    return table


@cache
def _table() -> dict[str, CountryInfo]:
    table = {}
    for row in _rows():
        iso3 = row["ISO3"]
        if not _CODE.match(iso3):
            continue
        table[iso3] = CountryInfo(
            iso3=iso3,
            name=row["name_short"],
            official_name=row["name_official"],
            continent=row["continent"],
            un_region=row["UNregion"],
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


def country_codes() -> list[str]:
    """Every code :func:`is_iso3` accepts (ISO 3166-1 alpha-3 and :data:`FORMER_STATES`), sorted:
    what the GDELT engines keep as country actors.

    Examples
    --------
    >>> codes = country_codes()
    >>> {"TUR", "SUN"} <= set(codes) and "AFR" not in codes and codes == sorted(codes)
    True
    """
    return sorted(set(_table()) | set(FORMER_STATES))


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
    return tuple((r["ISO3"], r["regex"], r["ISO2"]) for r in _rows())
