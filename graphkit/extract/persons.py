"""A country's short name that is a person's here: "the correspondent in Geneva, Jamil Chad,
revealed" names a journalist, not Chad, and so does the bare surname after him ("The
statement, according to Chad, listed ..."); and a country named only for its people ("Russia's
ambassador", :func:`envoy_of`)."""

from __future__ import annotations

from graphkit.extract.no_body import TITLES
from graphkit.extract.vocabulary import OWNER_MARKS, POSSESSIVE_MARKS, REPORTING

__all__ = ["addressed", "envoy_of", "in_post", "leader_named", "post_of", "titled", "without_people"]

#: countries whose short names are also people's given names or surnames
_PERSONAL = frozenset({"chad", "jordan", "georgia", "israel", "india"})
#: capitalised words before a country's name that make no given name ("Lake Chad", "Team India")
_NO_GIVEN_NAME = frozenset({"lake", "republic", "kingdom", "state", "north", "south", "east",
                            "west", "northern", "southern", "eastern", "western", "central",
                            "upper", "lower", "greater", "new", "mount", "river", "basin"})


def _given_name(doc, start: int) -> bool:
    """Whether the word before ``start`` is a given name: capitalised in running text (after a
    comma, a bracket, "by" or a lower-case word, so not a headline's title case, nor a
    sentence's first word) and no place's prefix; the name after it ends the name."""
    k = start - 1
    if k < 1 or doc[k].is_sent_start or doc[start].is_sent_start:
        return False
    given, before = doc[k], doc[k - 1]
    after = doc[start + 1].text if start + 1 < len(doc) else ""
    return (given.is_alpha and given.text[:1].isupper() and given.text[1:].islower()
            and given.lower_ not in _NO_GIVEN_NAME
            and (before.text in {",", "("} or before.is_lower and before.is_alpha)
            and not after[:1].isupper())


def _quoted(doc, start: int) -> bool:
    """Whether the name at ``start`` is someone quoted: "according to Chad", "Chad said",
    "said Chad"."""
    before = doc[max(0, start - 2):start].text.lower()
    near = {doc[k].lower_ for k in (start - 1, start + 1) if 0 <= k < len(doc)}
    return before == "according to" or bool(near & REPORTING)


#: a leader's titles right after a demonym: "Venezuelan President Nicolas Maduro"
_LEADERS = frozenset({"president", "prime", "premier", "chancellor", "king", "emir", "leader"})


def leader_named(doc, mention) -> bool:
    """Whether a demonym heads a leader's title ("as can be seen with Venezuelan President
    Nicolas Maduro, announcing that his country applied"): the leader's country is what "his
    country" stands for, whatever word comes before the title."""
    title = mention.start + 1  # the mention may take in the leader's name ("Venezuelan President ...")
    return mention.how == "demonym" and title < len(doc) and doc[title].lower_ in _LEADERS


def addressed(doc, mention) -> bool:
    """Whether a demonym names someone a request or letter goes to ("made an official request
    to Russian President Vladimir Putin to join BRICS", "handed over to his Russian
    counterpart an official letter of intent to become a member"): not who acts."""
    k = mention.start - 1
    if k > 0 and doc[k].lower_ in {"his", "her", "their", "the"}:
        k -= 1  # "to his Russian counterpart"
    return mention.how == "demonym" and k >= 0 and doc[k].lower_ == "to"


def without_people(doc, found: list, country_kind: str) -> list:
    """``found`` (mentions, sorted) without the country names an article gives a person: a
    one-word name of ``_PERSONAL`` after a given name, and that word alone where someone is
    quoted ("according to Chad"); elsewhere the word stays the country's ("Egypt and Jordan
    signed ..., said Michael Jordan")."""
    people = [m for m in found
              if m.kind == country_kind and m.how == "country" and m.end - m.start == 1
              and doc[m.start].lower_ in _PERSONAL and _given_name(doc, m.start)]
    surnames = {doc[m.start].text for m in people}
    return [m for m in found if m not in people and not (
        m.how == "country" and m.end - m.start == 1 and doc[m.start].text in surnames
        and _quoted(doc, m.start))]


def titled(doc, m, mentions) -> bool:
    """Whether the name ``m`` stands in a person's title before the person's name ("NATO chief
    Mark Rutte", "NATO chief Rutte", "NATO's Secretary-General Mark Rutte", "EU chief Ursula von
    der Leyen"): the person is named, not the body's members; not a country after the title
    ("BRICS chair South Africa")."""
    k = m.end + (doc[m.end:m.end + 1].text in POSSESSIVE_MARKS)
    if doc[k:k + 1].text.lower() not in TITLES:
        return False
    k += 1
    while k < len(doc) and (doc[k].lower_ in {"-", "general"} or doc[k].lower_ in TITLES):
        k += 1  # "Secretary General", "secretary-general", "deputy chief"
    return (k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].text[1:].islower()
            and not any(n.start <= k < n.end for n in mentions))


#: a country's people, who act for themselves: "expelled Russia's ambassador from", "the
#: ambassador of Russia to ASEAN" (not "the application by Sweden's government to join")
_ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "delegation",
           "delegations", "delegate", "delegates", "representative", "representatives", "embassy",
           "mission", "nationals", "citizens", "troops", "officials", "staff", "spies", "agents"}


def envoy_of(doc, m) -> bool:
    """Whether the country mention ``m`` names only its people: "Russia's diplomats", "the
    ambassador of Russia"."""
    owned = doc[m.end:m.end + 1].text in OWNER_MARKS and bool(  # "Russia's (top) envoy"
        _ENVOYS & {t.lower_ for t in doc[m.end + 1:m.end + 3]})
    return owned or m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _ENVOYS


def post_of(doc, start: int) -> bool:
    """Whether the name at token ``start`` is the country of a person's post: "the President of
    the French Republic", "the Prime Minister of Japan" (what follows is said of the person)."""
    return _title(doc, start) >= 0


def _title(doc, start: int) -> int:
    """The first token of the person's post whose body or country is the name at ``start`` ("the
    Secretary-General of NATO": "Secretary"), or -1 when the name stands in no post."""
    k = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    if not (k > 0 and doc[k].lower_ == "of"):
        return -1
    k -= 1
    while k > 0 and doc[k].lower_ in {"general", "-"}:  # "the Secretary-General of", "Director General of"
        k -= 1
    if doc[k].lower_ not in TITLES | _LEADERS:
        return -1
    while k > 0 and doc[k - 1].lower_ in _QUALIFIERS:  # "the Deputy Secretary General", "the Vice-President"
        k -= 1
    return k


_QUALIFIERS = {"deputy", "vice", "acting", "assistant", "executive", "-"}
_HELD = {"hold", "holds", "held", "holding", "took", "takes", "take", "assumed", "assumes", "over"}


def _held(doc, title: int) -> bool:
    """Whether the post from token ``title`` is one a country holds ("Brazil, which holds the
    chair of BRICS", "took over the chair of")."""
    k = title - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "current", "rotating"}:
        k -= 1
    if k > 0 and doc[k].lower_ == "over":
        k -= 1  # "took over the chair of"; not "complained over the Secretary General of NATO"
    return k >= 0 and doc[k].lower_ in _HELD - {"over"}


def _source(doc, title: int, end: int) -> bool:
    """Whether the person whose post runs from token ``title`` to the name ending at ``end`` is
    the sentence's source ("..., the head of NATO announced", ", said the Secretary-General of
    NATO", "according to the head of NATO"; not "Russia told the head of NATO"): what they say
    stands."""
    k = title - 1 - (title > 0 and doc[title - 1].lower_ == "the")  # the word before "the <title>"
    if k > 0 and doc[k].lower_ == "to" and doc[k - 1].lower_ == "according":
        k -= 1  # "according to the Secretary General of NATO"
    inverted = k > 0 and doc[k].lower_ in REPORTING and doc[k - 1].text in {",", '"', "”", "'", "’"}
    return doc[end:end + 1].text.lower() in REPORTING or inverted or k >= 0 and doc[k].lower_ == "according"


def in_post(doc, m, mentions) -> bool:
    """Whether the name ``m`` is the body of a person's post (:func:`post_of`: "the
    Chairperson of the African Union"), or its acronym in brackets right after it ("(AU)")."""
    n = next((n for n in mentions if m.start > 0 and doc[m.start - 1].text == "(" and n.end == m.start - 1
              and n.node == m.node), m)  # the name the acronym in brackets glosses
    end = m.end + (n is not m and doc[m.end:m.end + 1].text == ")")
    title = _title(doc, n.start)
    return title >= 0 and not _held(doc, title) and not _source(doc, title, end)
