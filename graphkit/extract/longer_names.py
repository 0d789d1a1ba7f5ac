"""A node's name inside a longer name, which is another body's: "the BRICS Remote Sensing
Satellite Constellation" is no BRICS, nor "ASEAN Plus Three" ASEAN, "the Hong Kong Observatory" no act of Hong Kong,
"Ethiopia's Space Science and Geospatial Institute" the institute's, not Ethiopia's
(:meth:`graphkit.extract.gazetteer.Gazetteer.mentions` drops such a mention)."""

from __future__ import annotations

from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import EVENTS, OWNER_MARKS

__all__ = ["inside_name", "institution"]

#: one word after a node's name that names the same body: "the ILRS Program", "the BRICS Bloc"
_ITS_OWN_HEAD = {"program", "programme", "project", "initiative", "bloc", "alliance", "group",
                 "grouping"}


#: a lower-case head noun after a bloc's name that makes another body: "the BRICS bank", "the
#: BRICS committee comprises ten countries" (not an organ that acts for the bloc: "the ECOWAS
#: commission said", "the EU Parliament backs a motion to freeze Turkey's accession")
_OTHER_BODY = {"bank", "committee"}
#: a body's own club, fund or arrangement in title case, which ends a longer name of two words or
#: more as a kind's head noun does: "the SCO Energy Club", "the BRICS Contingent Reserve
#: Arrangement" (not "Indonesia Joins BRICS Club", nor a lower-case "club")
_ORGANS = {"Club", "Fund", "Arrangement", "Mechanism"}
_HEADLINE_GLUE = {"As", "To", "And", "After", "With", "In", "On", "For", "Under", "Hoping", "Amid", "Over", "Of"}


def inside_name(doc, end: int) -> bool:
    """Whether capitalised words after a node's name make it part of a longer name with a
    kind's head noun or an organ's ("the BRICS Remote Sensing Satellite Constellation" is no
    BRICS, nor "the SCO Energy Club"), or acronyms ("NATO CCD COE") or a lower-case "bank" or
    "committee" follow it ("the BRICS bank")."""
    if doc[end:end + 1].text.lower() in _OTHER_BODY or _plus_count(doc, end) or _acronyms_after(doc, end):
        return True
    j = end
    while j < len(doc) and j < end + 8 and (doc[j].is_alpha and doc[j].text[:1].isupper() or (
            doc[j].text in {"-", "and", "&"} and j > end and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
            and (doc[j].text == "-" or doc[j - 1].lower_ not in _ITS_OWN_HEAD | kind_of_word().keys()))):
        j += 1  # "NATO Euro-Atlantic Partnership Council", "the AU Peace and Security Council"
    if j == end + 1 and doc[end].lower_ in _ITS_OWN_HEAD:
        return False  # "the International Lunar Research Station Program" is the ILRS
    return j > end and (doc[j - 1].lower_ in kind_of_word() or doc[j - 1].text in _ORGANS and j - end >= 2
                        and not any(t.text in _HEADLINE_GLUE for t in doc[end:j]))  # not "Iran Joins SCO As
    # Bloc Launches Joint Payment Mechanism": a title-case headline runs on past the name


def _acronyms_after(doc, end: int) -> bool:
    """Whether one to three acronyms follow a node's name and close its phrase, in running text
    ("signed on as Sponsoring Nations of NATO CCD COE, and": NATO's centre, another body); not
    a measure or a place of the bloc's ("the BRICS GDP club", "NATO HQ in Brussels") nor a
    headline set in capitals."""
    j = end
    while (j < min(end + 3, len(doc)) and doc[j].is_alpha and doc[j].text.isupper() and len(doc[j]) >= 2
           and doc[j].text not in _NO_BODY):
        j += 1
    after = doc[j].text if j < len(doc) else "."
    return (j > end and after in {",", ".", ";", ")"}
            and any(t.is_alpha and t.is_lower for t in doc[max(0, end - 6):end]))


#: acronyms after a bloc's name that name no other body
_NO_BODY = {"GDP", "GNP", "HQ", "PM", "TV", "CEO", "GMT", "UTC", "UN", "US", "UK", "EU"}


_COUNTS = {"one", "two", "three", "six", "eight", "1", "2", "3", "6", "8"}
#: an outreach meeting of a bloc with others: "the inaugural “SCO+” meeting", "the BRICS Plus summit"
_OUTREACH = EVENTS | {"outreach", "dialogue"}  # (not "joined the BRICS Plus format as a member")
_QUOTES = {"”", "\"", "’", "'"}


def _plus_count(doc, end: int) -> bool:
    """Whether "Plus Three" or "+3" follows a bloc's name, its gloss aside ("the ASEAN
    (Association of Southeast Asian Nations) Plus Three summit": another forum, with China,
    Japan and Korea), or "+" or "Plus" and an event's word ("the inaugural “SCO+” meeting will
    gather leaders from A, B": its guests, no members)."""
    if doc[end:end + 1].text == "(":
        end = next((j + 1 for j in range(end, min(end + 10, len(doc))) if doc[j].text == ")"), end)
    end += doc[end:end + 1].text == ")"  # a name inside the gloss: "ASEAN (Association of ... Nations) Plus"
    if doc[end - 1].text.lower() in {"plus", "+"}:  # the name's own "Plus": "the BRICS Plus meeting"
        end -= 1
    elif doc[end:end + 1].text.lower() not in {"plus", "+"}:
        return False
    after = end + 1 + (doc[end + 1:end + 2].text in _QUOTES)
    return doc[end + 1:end + 2].text.lower() in _COUNTS or doc[after:after + 1].text.lower() in _OUTREACH


_INSTITUTIONS = {"observatory", "university", "college", "museum", "library", "hospital",
                 "airport", "school", "academy", "laboratory", "planetarium", "institute"}


def institution(doc, m, agency_kind: str) -> bool:
    """Whether a country's name begins an institution's ("the Hong Kong Observatory" is no
    act of Hong Kong), or owns one ("Ethiopia's Space Science and Geospatial Institute"); not
    when an agency's head noun (of ``agency_kind``) comes first."""
    owned = doc[m.end:m.end + 1].text in OWNER_MARKS
    j = start = m.end + owned
    while j < len(doc) and j < start + (6 if owned else 4) and doc[j].is_alpha and (
            doc[j].text[:1].isupper() or owned and doc[j].lower_ in {"and", "of"}
            and doc[j + 1:j + 2].text[:1].isupper()):
        if doc[j].lower_ in _INSTITUTIONS:
            return m.how == "country"
        if kind_of_word().get(doc[j].lower_) == agency_kind:
            return False  # "Egypt's Space Agency and Academy": the agency stands for Egypt
        j += 1
    return False
