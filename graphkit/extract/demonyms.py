"""When a demonym or a region's adjective names no country: "Swiss company Nano-SPACE" (no
act of Switzerland), "Latin American" and "Ibero-American nations" (no USA), "the American
continent", "the Tajik capital Dushanbe", "the Eurasian political organisation"."""

from __future__ import annotations

__all__ = ["REGION_PREFIXES", "names_no_country", "region_prefixed", "regional"]

_PRIVATE = {"company", "companies", "firm", "firms", "startup", "start-up", "startups",
            "businessman", "businessmen", "entrepreneur", "university", "universities"}

#: the people a demonym before them names, not the country acting: "composed of Nigerian,
#: Burkinabe and Togolese soldiers", "Russian peacekeepers ... to leave"
_PEOPLE = {"soldiers", "troops", "peacekeepers", "servicemen", "personnel", "contingent", "contingents",
           "policemen", "gendarmes",  # and who speak against or about the state: "Belarusian opposition leaders"
           "opposition", "activists", "activist", "dissidents", "dissident", "protesters", "journalists", "journalist",
           "experts", "expert", "analysts", "analyst", "scholars", "scholar", "scientists", "scientist", "researchers",
           "researcher"}
#: what a demonym before it names no country by: "the American continent", "the Tajik
#: capital Dushanbe"
_LANDS = {"continent", "continents", "hemisphere", "mainland", "capital", "city", "town", "port",
          "colony", "colonies"}  # "former French colonies"
#: words before a demonym that make it a region's: "Latin American", "Ibero-American"
REGION_PREFIXES = {"latin", "south", "north", "central", "ibero", "pan", "afro"}


def names_no_country(doc, start: int, end: int, stop: int) -> bool:
    """Whether the demonym ``doc[start:end]`` (its name running on to ``stop``) names no
    country: a firm's, a place's or soldiers' ("Swiss company", "the American continent",
    "Senegalese soldiers") or a region's
    ("Latin American", "Ibero-American": the word before it, or before its hyphen)."""
    bare = stop == end and end < len(doc)
    return bare and _noun_after(doc, end) in _PRIVATE | _LANDS | _PEOPLE or region_prefixed(doc, start)


def _noun_after(doc, end: int) -> str:
    """The word after a demonym, past other demonyms listed with it ("former French, British
    and Portuguese colonies": colonies)."""
    k = end
    while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ == "and") and doc[k + 1].text[:1].isupper():
        k += 2
    return doc[k].lower_ if k < len(doc) else ""


def region_prefixed(doc, start: int) -> bool:
    """Whether a region's word stands before the name at ``start``, or before its hyphen:
    "Latin American", "Ibero-American", "North America" (no USA)."""
    before = start - 1 - int(start > 1 and doc[start - 1].text in {"-", "–"})
    return before >= 0 and doc[before].lower_ in REGION_PREFIXES


def regional(token) -> bool:
    """A capitalised adjective of a region that names no node ("the Eurasian political
    organisation", "the Transatlantic alliance")."""
    return token.text[:1].isupper() and token.text[1:].islower() and token.lower_.endswith(
        ("asian", "european", "african", "american", "atlantic", "pacific", "arctic", "nordic",
         "western", "eastern", "northern", "southern"))
