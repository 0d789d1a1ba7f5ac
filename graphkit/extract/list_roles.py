"""The role a list of names has in its sentence: the role word nearest the subject ("Observers
at the organization are A, B"), or the one said of the subject's own list ("A, B and C have
been granted Observer status", "A, B, that are officially partner members", "A, B and C were
the first guests"), for the reader's vetoes (:mod:`graphkit.extract.vetoes`); and whether a
role after a comma is no apposition of the names before it (:func:`not_apposed`)."""

from __future__ import annotations

from graphkit.extract.groups import list_span
from graphkit.extract.lookups import places_or_counterparts
from graphkit.extract.persons import post_of
from graphkit.extract.vocabulary import CONTRAST_TURN, UNREALISED, after_non

__all__ = ["apposed_to", "closes_apposition", "guests_before", "list_role", "nearest_role", "non_members_before",
           "not_apposed", "one_names_role_after", "others_donors", "parallel_posts", "role_around"]

_ROLES = {"member": "member", "members": "member", "membership": "member",
          "observer": "observer", "observers": "observer", "observership": "observer"}


def nearest_role(doc, occurrence) -> str | None:
    """The role ("member" or "observer") whose word stands nearest the subject in the sentence
    of ``occurrence`` ("Observers at the organization are A, B")."""
    roles = [(abs(t.i - occurrence.subject_at), _ROLES[t.lower_])
             for t in doc[occurrence.start:occurrence.end] if t.lower_ in _ROLES
             and (t.is_lower or t.i == occurrence.start)]  # not "a Ship Observer Mission"
    return min(roles)[1] if roles else None


_STATUS = {"status", "state", "states", "country", "countries", "nation", "nations"}
_LIST_ROLES = _ROLES | {"partner": "partner", "partners": "partner",  # "that are partner members"
                        "guest": "guest", "guests": "guest", "outreach": "guest",  # "A, B and C were the first guests"
                        "associated": "associated",  # "the three EU associated states – A, B, C"
                        "donor": "donor", "donors": "donor"}  # "The fund's major donors include A, B"


def list_role(doc, mentions, occurrence) -> str | None:
    """The role word of the list the subject stands in: the nearest within a few words after
    it ("A, B and C have been granted Observer status"), else before it ("The observer
    countries are A, B and C; the partner countries are D, E"); "seat" for a list elected to a
    body's organ ("were elected to the executive body")."""
    span = list_span(doc, mentions, occurrence.subject_at)
    role = None if span is None else role_around(doc, span, occurrence.start, occurrence.end)
    if role == "seat" and any(span[1] < m.start < occurrence.end and m.how == "name" and not m.node.isupper()
                              for m in mentions):  # a known body other than a country (ids in capitals)
        return None  # "were elected to the UN Human Rights Council and are both BRICS members"
    return role


def others_donors(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject's list is of donors and the object is not named in the sentence, or
    only as what they give to ("The fund's major donors include A, B", "two major donors to
    ASEAN"; not "Within NATO, the biggest donors are A, B", "NATO's biggest donors")."""
    def given_to(m) -> bool:  # "donors to (the) ASEAN"
        k = m.start - 1 - (m.start > 1 and doc[m.start - 1].lower_ == "the")
        return k >= 0 and doc[k].lower_ in {"to", "for"}
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end]
    return list_role(doc, mentions, occurrence) == "donor" and (not named or any(given_to(m) for m in named))


def role_around(doc, span: tuple[int, int], start: int, end: int) -> str | None:
    """:func:`list_role` for the list from ``span[0]`` to ``span[1]`` in the sentence from
    ``start`` to ``end``."""
    first, last = span
    after = doc[last:min(last + 5, end)]
    before = reversed(doc[max(start, first - 5):first])
    for words in (after, before):
        for t in words:
            if t.text in {";", "."} or t.lower_ in CONTRAST_TURN:
                break  # "observer countries include A, B, while partner countries are": not B's
            if t.lower_ in {"associated", "outreach"} and doc[t.i + 1:t.i + 2].text.lower() not in _STATES:
                continue  # "closely associated, and both are EU members", "its global outreach": no role
            if t.lower_ in _LIST_ROLES and (t.is_lower or doc[t.i + 1:t.i + 2].text.lower() in _STATUS):
                return _LIST_ROLES[t.lower_]  # not "a Ship Observer Mission"
            if words is after and t.lower_ == "elected" and doc[t.i + 1:t.i + 2].text.lower() in _SEATED:
                return "seat"  # "A, B and C were Saturday elected to the executive body": a council's
    return None


_SEATED = {"to", "as", "onto", "into"}
_STATES = {"states", "countries", "nations"}


_NON_REACH = 25  # words before a list in which "non-members" names it


def non_members_before(doc, mentions, occurrence) -> bool:
    """Whether "non-member(s)" stands before the subject's list with no clause break between
    ("invited non-member states that will participate in the Summit are the Republic of South
    Africa, the Republic of Argentina"; not "after decades as a non-member, and Sweden
    followed")."""
    span = list_span(doc, mentions, occurrence.subject_at)
    first = occurrence.subject_at if span is None else span[0]
    for t in reversed(doc[max(occurrence.start, first - _NON_REACH):first]):
        if (t.text in {";", ":", "."} or t.lower_ in CONTRAST_TURN or t.text == ","
                and doc[t.i + 1].lower_ in {"and", "but", "or", "while", "which", "who"}):
            return False
        if t.lower_ in {"member", "members"} and after_non(doc, t.i):
            return True
    return False


def not_apposed(words) -> bool:
    """Whether ``words`` (after a comma, before a role's trigger) make the role no apposition of
    the names before them: a list's next item ("A, B, and several members of ESA", "A and B, along
    with the 10 members of ASEAN") or a hedged
    role ("Bosnia, a candidate and potential member of the EU")."""
    lower = {t.lower_ for t in words}
    return (words[:1].text.lower() in {"and", "or"} or words[:1].text.lower() in _BESIDE and "other" not in lower
            or bool(({"candidate", "applicant"} | UNREALISED) & lower))  # but "along with two other members of"


_BESIDE = {"along", "together", "alongside", "plus", "besides"}


def closes_apposition(doc, end: int, sent_end: int) -> bool:
    """Whether the list ending at token ``end`` closes an apposition the clause goes on after
    ("all BRICS members, A, B and C, backed the resolution", "all NATO members, A and B
    included, ratified"), rather than running on as the next items of a list ("The
    participants are: all ASEAN members, A, B and C.")."""
    if end >= sent_end:
        return False
    word = doc[end]
    nxt = doc[end + 1] if end + 1 < sent_end else None
    return (word.is_alpha and word.is_lower and word.lower_ not in _RUNS_ON
            or word.text == "," and nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in _RUNS_ON)


_RUNS_ON = {"and", "or", "as", "the"} | _BESIDE - {"besides"}  # "..., and C", "..., along with"


_SINGLE = {"member", "state", "country", "nation", "signatory", "partner", "party"}


def apposed_to(doc, subjects: list, start: int, phrase: str) -> list:
    """The ``subjects`` an apposition's role at token ``start`` is said of: the last alone
    where the role is one name's ("Egypt and Bahrain, member of US Artemis Accords": Bahrain;
    not "members of", nor "each a member of", "both of them a member of", "all three a member");
    the first where "the former" says so."""
    head = phrase.split(" of")[0].split() or [""]
    if subjects and places_or_counterparts(doc, subjects[0].start):
        return []  # "Ever since the start of crisis in Ukraine, members of the G7 ... have stood united"
    if subjects and subjects[-1].end < start and head[-1] not in _SINGLE and post_of(doc, subjects[-1].start):
        return []  # "On the impetus of the President of the French Republic, the members of the G8" (but
        # "The Prime Minister of Sweden, the newest member of NATO": a member is said of the country)
    one = head[-1] in _SINGLE and not _each_of(doc, start)
    if one and len(subjects) > 1 and "former" in {t.lower_ for t in doc[max(0, start - 4):start]}:
        return subjects[:1]  # "Armenia and Azerbaijan, the former a member of the CSTO": Armenia
    return subjects[-1:] if one and subjects and subjects[-1].end < start else subjects


def _each_of(doc, start: int) -> bool:
    """Whether "each", "both" or "all" stands between the comma that opens an apposition and
    its role at token ``start`` ("Egypt and Ethiopia, each of them a member of")."""
    k = start - 1
    while k > max(0, start - 6) and doc[k].text != ",":
        if doc[k].lower_ in {"each", "both", "all"}:
            return True
        k -= 1
    return False


def one_names_role_after(doc, mentions, occurrence) -> bool:
    """Whether the subject's list is followed by an apposition whose role is one name's and the
    subject is not its last name ("Egypt and Bahrain, member of US Artemis Accords": Egypt)."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None or span[1] >= occurrence.end or doc[span[1]].text != ",":
        return False
    names = [m.start for m in mentions if span[0] <= m.start < span[1]]
    k = span[1] + 1 + int(doc[span[1] + 1:span[1] + 2].text.lower() in {"a", "an", "the"})
    said_of = max(names)
    if doc[k:k + 1].text.lower() == "former":  # "Armenia and Azerbaijan, the former a member of": Armenia
        said_of, k = min(names), k + 1 + int(doc[k + 1:k + 2].text.lower() in {"a", "an"})
    role = doc[k:k + 2].text.lower().split()
    return occurrence.subject_at != said_of and role[1:] == ["of"] and role[0] in _SINGLE and not _each_of(doc, k)


_GUESTS = {"guest", "guests", "invitees", "outreach"}
#: what a guest's word opens a list with: "the leaders of some guest countries include A's
#: President X, ...", "The guest list of the G7 summit included India, Brazil"
_LISTING = {"include", "includes", "included", "including", "are", "were", ":"}


#: the leaders who come to a meeting as others' guests: "Other countries whose leaders will
#: join President Obiang at the G20 summit include the United Arab Emirates"
_COMING = {"join", "joins", "joined", "joining", "attend", "attends", "attended", "attending"}
_MEETINGS = {"summit", "meeting", "talks", "gathering", "conference"}
#: words that make a list one of members, whatever else opens it
_MEMBERSHIP_WORDS = {"member", "members", "membership"}


def _joining_leaders(words: list[str]) -> bool:
    """Whether ``words`` (lower case, up to a list) open it with those whose leaders join or
    attend a meeting, then a verb of including: guests (not "The SCO's full members, whose
    leaders will attend the summit, include")."""
    k = next((k for k in range(len(words) - 1) if words[k:k + 2] == ["whose", "leaders"]), None)
    if k is None or not _COMING & set(words[k + 2:k + 5]) or _MEMBERSHIP_WORDS & set(words):
        return False
    listing = next((j for j in range(k + 3, len(words)) if words[j] in {"include", "includes", "included"}), None)
    return listing is not None and bool(_MEETINGS & set(words[k + 3:listing]))


def guests_before(doc, start: int, at: int, *, lead: bool = False) -> bool:
    """Whether the list that token ``at`` stands in is opened by a guest's word and a verb of
    including or a colon in the words from ``start`` ("the leaders of some guest countries
    include Chad's President Idriss Deby Itno, Egyptian President ..., Senegalese President
    Macky Sall"): guests, however long the list (not "With guests from 20 countries in
    attendance, the SCO admitted Iran", nor "extending its global outreach with the
    announcement of A, B"); with ``lead``, also a list whose sentence follows such a colon
    ("the G8 leaders were joined by outreach leaders:" and then the list); or opened by those
    whose leaders join a meeting ("Other countries whose leaders will join ... at the G20 summit
    include A")."""
    if lead:
        k = start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0 and doc[k].text == ":" and guests_before(doc, max(0, k - 12), k + 1):
            return True
    words = [t.lower_ for t in doc[start:at]]
    if _joining_leaders(words):
        return True
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _GUESTS:
            opening = next((j for j in range(k + 1, min(k + 8, len(words))) if words[j] in _LISTING
                            or words[j] == ","), None)
            return (opening is not None and words[opening] != ","
                    and not _MEMBERSHIP_WORDS & set(words[k:]))
    return False


def parallel_posts(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named only as one item's body in a list of office-holders that
    semicolons part, the subject another's country ("Francois Mitterrand President of France; ...;
    Jacques Delors President of the Commission of European Communities; ..."): an item beside
    the subject, not a body over it."""
    cuts = [t.i for t in doc[occurrence.start:occurrence.end] if t.text == ";"]
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end]
    if len(cuts) < 2 or not named:
        return False
    def item(k: int) -> int:
        return sum(cut < k for cut in cuts)
    def of_before(m) -> bool:
        k = m.start - 1 - int(m.start > 0 and doc[m.start - 1].lower_ == "the")
        return k >= 0 and doc[k].lower_ == "of"
    return post_of(doc, occurrence.subject_at) and all(
        item(m.start) != item(occurrence.subject_at) and of_before(m) for m in named)
