"""Countries named as the setting of a story rather than as its actors: the place an event
was held ("the NATO summit in Strasbourg, France", "held in Lomé (Togo)") and the sides of a
conflict ("amid the Russia-Ukraine conflict", "after Russia's invasion of Ukraine"); also a
publication's country ("the French monthly magazine") and a place that only names a meeting or
a document ("the Singapore Ministerial Conference", "the Agreement of Luxembourg"). Such a name
is no party to any claim of its sentence (:meth:`graphkit.extract.gazetteer.Gazetteer.mentions`
drops it).

A country where a summit or meeting is held ("the SCO summit in India") is its host, not a
party either. "Russia-China cooperation" and "the China-Russia Commission" keep their
countries: only a conflict's words make a hyphened pair a setting.
"""

from __future__ import annotations

from graphkit.extract.dates import is_month_name
from graphkit.extract.demonyms import region_prefixed
from graphkit.extract.likeness import CONTRAST
from graphkit.extract.vocabulary import EVENTS, POSSESSIVE_MARKS, dated_act

__all__ = ["CONFLICT_WORDS", "as_host", "named_as_setting"]

#: the nouns after "A-B" that make the pair the sides of a conflict
CONFLICT_WORDS = {"conflict", "conflicts", "war", "wars", "crisis", "tensions", "tension",
                  "dispute", "disputes", "hostilities", "fighting", "standoff", "stand-off",
                  "clashes", "ceasefire", "border", "frontier", "front", "peace"}
#: what one country does to another in a conflict ("Russia's invasion of Ukraine")
_ACTS_OF_WAR = {"invasion", "invasions", "war", "aggression", "annexation", "attack", "attacks",
                "occupation", "offensive", "bombing", "strikes"}
#: the words before the country attacked: "the invasion of Ukraine", "the war in Ukraine"
_ATTACKED = {("invasion", "of"), ("war", "in"), ("war", "on"), ("war", "against"),
             ("attack", "on"), ("attacks", "on"), ("aggression", "against"),
             ("occupation", "of"), ("annexation", "of"), ("offensive", "against"),
             ("invasion", "into")}
#: what may stand between "Russia's" and its act: "full-scale", "unprovoked", "ongoing"
_WAR_ADJECTIVES = {"full", "-", "scale", "unprovoked", "ongoing", "brutal", "illegal", "military"}
#: what a country does to another that turns it elsewhere: "Pressured by US, Iran turns to China"
_PRESSED = {"pressured", "pressed", "threatened", "sanctioned", "targeted", "isolated", "squeezed"}
_DASHES = {"-", "–", "—"}
_HOSTING = EVENTS | {"held", "venue"}  # "the summit in India", "held in Russia"
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}
_PARTICLES = {"de", "do", "da", "del", "di", "es", "al", "el", "la", "le"}  # "Rio de Janeiro", "Dar es Salaam"
#: what may follow "in Strasbourg, France": the sentence goes on with a time, a place or a clause
_AFTER_PLACE = {".", ";", ")", ":", "on", "in", "at", "during", "last", "this", "earlier", "next",
                "from", "to", "for", "with", "after", "before", "where", "when", "which", "that",
                "ahead", "between", "until", "since", "late", "early", "yesterday", "today", "tomorrow"}


def _conflict_side(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one side of "A-B conflict" (either side)."""
    if end + 2 < len(doc) and doc[end].text in _DASHES and not doc[end].whitespace_:
        after = end + 1  # "Russia-Ukraine conflict": the other side, then the conflict's noun
        while after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha:
            after += 1
        return after > end + 1 and after < len(doc) and doc[after].lower_ in CONFLICT_WORDS
    if start >= 2 and doc[start - 1].text in _DASHES and not doc[start - 2].whitespace_:
        return end < len(doc) and doc[end].lower_ in CONFLICT_WORDS and doc[start - 2].text[:1].isupper()
    return False


def _place(doc, start: int, end: int, named: set[int]) -> bool:
    """Whether the name at ``start:end`` follows a place and a comma after "in", "at" or
    "near" ("in Strasbourg, France, and Kehl, Germany, after", "in New Delhi, India on", "in
    Montebello, Quebec, Canada on"): the country of that place. Not "in Moscow, Russia and
    China signed", nor a list of names. Also one in brackets after the place: "the O.A.U
    Summit held in Lomé (Togo)"."""
    bracketed = start >= 3 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
    if start < 3 or doc[start - 1].text != "," and not bracketed:
        return False
    k = start - 2
    while k >= 0 and start - 2 - k < 4 and doc[k].is_alpha and k not in named and (
            doc[k].lower_ not in _PLACE_PREPOSITIONS) and (  # "In Sochi (Russia), the summit"
            doc[k].text[:1].isupper() or doc[k].lower_ in _PARTICLES and k and doc[k - 1].text[:1].isupper()):
        k -= 1  # "in Rio de Janeiro, Brazil"
    if k >= start - 2 or k < 0:
        return False
    if doc[k].text == "," and not bracketed:  # "in Montebello, Quebec, Canada on July 20": a region between
        j = k - 1
        while j > 0 and k - 1 - j < 4 and doc[j].is_alpha and doc[j].text[:1].isupper() and j not in named:
            j -= 1
        k = j if j < k - 1 and doc[j].lower_ in _PLACE_PREPOSITIONS else k
    if doc[k].lower_ == "and" and k >= 2 and doc[k - 1].text == ",":
        j = k - 2  # "in Strasbourg, France, and Kehl, Germany": a second place
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
            j -= 1
        return j in named and _place(doc, j, k - 1, named)
    if doc[k].lower_ not in _PLACE_PREPOSITIONS:
        return False
    if bracketed:  # "the Summit held in Lomé (Togo)", "in 2002 in Durban (South Africa)", not
        return k == 0 or doc[k - 1].lower_ in _HOSTING or doc[k - 1].like_num  # "member in Europe (Finland)"
    if end >= len(doc) or doc[end].lower_ in _AFTER_PLACE:
        return True
    if doc[end].text != "," or end + 1 >= len(doc):
        return False
    after = doc[end + 1]  # ", after Slovenia ..." or ", and Kehl, Germany"; "in Okinawa, Japan, July 21-23"
    return (after.lower_ in _AFTER_PLACE or is_month_name(after.text) or after.like_num
            or after.lower_ == "and" and end + 3 < len(doc)
            and doc[end + 2].text[:1].isupper() and end + 2 not in named and doc[end + 3].text == ",")


def _at_war(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` wages or suffers an act of war: "Russia's invasion
    of Ukraine", "the Russian invasion", "the war in Ukraine"."""
    if start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in _ATTACKED:
        return True
    k = end + (end < len(doc) and doc[end].text in POSSESSIVE_MARKS)
    if k > end:  # "Russia's February 2022 invasion", "Russia's full-scale invasion"
        k = next((j for j in range(k, min(k + 5, len(doc))) if not dated_act(doc[k:j + 1])
                  and doc[j].lower_ not in _WAR_ADJECTIVES), k)
    return k < len(doc) and doc[k].lower_ in _ACTS_OF_WAR


def _opposed(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is what others stand against: "collective security
    against the Soviet Union", "a bulwark against China", "a counterweight to the Soviet
    Union" (not "against Sweden's bid")."""
    k = start - (start >= 1 and doc[start - 1].lower_ == "the")
    against = k >= 1 and doc[k - 1].lower_ == "against" or (  # "founded as a counterweight to the USSR"
        k >= 2 and doc[k - 1].lower_ == "to" and doc[k - 2].lower_ in CONTRAST) or (
        k >= 2 and doc[k - 1].lower_ == "by" and doc[k - 2].lower_ in _PRESSED)  # "Pressured By US, Iran"
    # not "against Sweden's bid", "a rival to the U.S.-led Artemis program"
    return against and not (end < len(doc) and (doc[end].text in POSSESSIVE_MARKS or doc[end].text == "-"))


def _host(doc, start: int) -> bool:
    """Whether the name at ``start`` is where an event is held: "the summit in India",
    "a meeting held in Russia"."""
    return (start >= 2 and doc[start - 1].lower_ in {"in", "at"}
            and doc[start - 2].lower_ in _HOSTING)


_CHAIRS = {"presidency", "chairmanship", "chairship", "chair"}
#: a publication a demonym names the country of: "the French monthly magazine Le Monde
#: diplomatique", "the German weekly newspaper Die Zeit", "the Russian news agency TASS"
_PUBLICATIONS = {"magazine", "magazines", "newspaper", "newspapers", "tabloid", "tabloids", "broadsheet",
                 "dailies", "weeklies"}
_PERIODS = {"daily", "weekly", "monthly"}
_SAID = {"reported", "reports", "said", "says", "wrote", "writes", "quoted", "quotes", "cited", "cites"}
_PUBLICATION_WORDS = _PUBLICATIONS | _PERIODS | {
    "business", "financial", "economic", "news", "state", "-", "run", "owned", "leading", "popular", "online",
    "agency", "language", "nationalist", "opposition", "independent", "liberal", "conservative"}


def _publication(doc, end: int) -> bool:
    """Whether a publication's noun follows the name ending at ``end``: "French monthly
    magazine", "Russian news agency", "the Russian daily Kommersant" (not "Indian daily life")."""
    k = end
    while k < len(doc) and k < end + 4 and doc[k].lower_ in _PUBLICATION_WORDS:
        k += 1
    run = [t.lower_ for t in doc[end:k]]
    if set(run) & _PUBLICATIONS or "agency" in run and "news" in run:
        return True
    return bool(run) and run[-1] in _PERIODS and k < len(doc) and (doc[k].is_title or doc[k].lower_ in _SAID)


#: the head of a meeting's name after a place: "the Singapore Ministerial Conference of the WTO"
_MEETING_HEADS = {"Conference", "Summit"}
#: the head of a document's name before "of" and a place: "the Agreement of Luxembourg of 19 December 1996"
_DOCUMENT_HEADS = {"agreement", "treaty", "declaration", "convention", "protocol", "accord", "accords"}


def _in_event_or_document_name(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` only places a meeting or a document named after it:
    "the Singapore Ministerial Conference", "the Luxembourg (1997) and Helsinki (1999) European
    Council decisions", "the Agreement of Luxembourg" (not "the Treaty of Accession of Croatia",
    nor "the Russia-Africa Summit")."""
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 3].lower_ == "the" and (
            doc[start - 2].lower_ in _DOCUMENT_HEADS and doc[start - 2].text[:1].isupper()):
        return doc[end:end + 1].text not in POSSESSIVE_MARKS  # not "the Protocol of Finland's accession"
    if start < 1 or doc[start - 1].lower_ != "the":
        return False
    j = _past_year(doc, end)  # "the Luxembourg (1997) and Helsinki (1999) European Council decisions"
    if j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].text[:1].isupper():
        j = _past_year(doc, j + 2)
    k = j
    while k < len(doc) and k < j + 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
        if doc[k].text in _MEETING_HEADS or doc[k - 1:k + 1].text == "European Council" and k > j:
            return True
        k += 1
    return False


def _past_year(doc, at: int) -> int:
    """The token after a bracketed year at token ``at`` ("(1997)"), else ``at``."""
    bracket = doc[at:at + 3]
    closed = len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")"
    return at + 3 if closed and bracket[1].like_num else at


def as_host(doc, mentions, start: int) -> bool:
    """Whether the name at token ``start`` (one of ``mentions``) is named as a meeting's host
    or a bloc's chair ("As host, Brazil has had to find common ground", "The Indonesian
    Presidency established an agenda", "South Africa's presidency"): a role a reader may not
    take for membership."""
    end = next((m.end for m in mentions if m.start == start), start + 1)
    before = [t.lower_ for t in doc[max(0, start - 4):start] if t.lower_ not in {"the", "its"}]
    k = end + (end < len(doc) and doc[end].text in POSSESSIVE_MARKS)
    return before[-3:] in (["as", "host", ","], ["as", "hosts", ","]) or (
        k < len(doc) and doc[k].lower_ in _CHAIRS)


def named_as_setting(doc, m, named: set[int] = frozenset()) -> bool:
    """Whether mention ``m`` (a country) names where something happened or a side of a
    conflict ("amid the Russia-Ukraine war"), not an actor (``named``: the tokens of every
    name found, which no place is).

    Examples
    --------
    >>> import spacy
    >>> from types import SimpleNamespace as M
    >>> doc = spacy.blank("en")("It joined amid the Russia-Ukraine war at a summit in Kehl, Germany.")
    >>> [named_as_setting(doc, M(start=i, end=i + 1)) for i in (4, 6, 14)]
    [True, True, True]
    >>> doc = spacy.blank("en")("Finland applied after Russia's invasion of Ukraine.")
    >>> [named_as_setting(doc, M(start=i, end=i + 1)) for i in (0, 3, 7)]
    [False, True, True]
    >>> doc = spacy.blank("en")("Russia's February 2022 invasion prompted Sweden to apply.")
    >>> [named_as_setting(doc, M(start=i, end=i + 1)) for i in (0, 6)]
    [True, False]
    >>> doc = spacy.blank("en")("Iran took part in the SCO summit in India.")
    >>> [named_as_setting(doc, M(start=i, end=i + 1)) for i in (0, 8)]
    [False, True]
    >>> doc = spacy.blank("en")("The summit opened in Rio de Janeiro, Brazil, with a launch.")
    >>> named_as_setting(doc, M(start=8, end=9))
    True
    >>> doc = spacy.blank("en")("Russia-China cooperation grew; in Moscow, Russia and China met.")
    >>> [named_as_setting(doc, M(start=i, end=i + 1)) for i in (0, 2, 9, 11)]
    [False, False, False, False]
    >>> doc = spacy.blank("en")("a bulwark against the Soviet Union, not against Sweden's bid")
    >>> [named_as_setting(doc, M(start=s, end=e)) for s, e in ((4, 6), (9, 10))]
    [True, False]
    """
    return (_conflict_side(doc, m.start, m.end) or _at_war(doc, m.start, m.end)
            or _place(doc, m.start, m.end, named) or _host(doc, m.start)
            or _opposed(doc, m.start, m.end) or region_prefixed(doc, m.start)  # "Latin America"
            or _publication(doc, m.end)  # "the French monthly magazine"
            or _in_event_or_document_name(doc, m.start, m.end))  # "the Singapore Ministerial Conference"
