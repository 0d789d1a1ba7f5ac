"""What follows the list after a reverse trigger: the body a membership is in, named after
its members ("confirmed membership of India and Pakistan in the SCO"), and the names a list
set between dashes goes on with ("four Central Asian states - A, B, C, D - as well as Russia
and China"); and the leader a bloc "also includes" others beside (:func:`leader_also`)."""

from __future__ import annotations

from graphkit.extract.groups import End, group_around
from graphkit.extract.sentence import Sentence
from graphkit.extract.vocabulary import POSSESSIVE_MARKS

__all__ = ["DASHES", "added_after_dash", "leader_also", "member_in"]


def member_in(sent: Sentence, end: int, targets) -> list[End]:
    """The body a membership is in, named after its members ("signed the Astana Declaration
    and confirmed membership of India and Pakistan in the SCO", "... in the group": the
    organisation, not the declaration); none if "in" and a name of it do not follow."""
    doc = sent.doc
    at = end + (doc[end:end + 2].text.lower() == "in the")
    named = [m for m in sent.mentions if m.start == at + 1 and m.kind in targets
             and doc[m.end:m.end + 1].text not in POSSESSIVE_MARKS]  # not "in the EU's Eastern Partnership"
    if doc[end:end + 1].text.lower() != "in" or not named:
        return []
    return [End(named[0].node, named[0].kind, "name", named[0].start, named[0].end)]


DASHES = {"-", "—", "–"}
_ADDING = (["as", "well", "as"], ["and"], ["plus"])


def added_after_dash(sent: Sentence, end: int, kinds) -> list:
    """The names a list closed by a dash goes on with ("- as well as Russia and China")."""
    doc = sent.doc
    if doc[end:end + 1].text not in DASHES:
        return []
    words = [t.lower_ for t in doc[end + 1:end + 4]]
    joiner = next((a for a in _ADDING if words[:len(a)] == a), None)
    at = end + 1 + len(joiner) if joiner else None
    at = at + 1 if at is not None and doc[at:at + 1].text.lower() == "the" else at  # "– and the EU"
    nxt = next((k for k, m in enumerate(sent.mentions) if m.start == at and m.kind in kinds), None)
    group = group_around(sent.mentions, nxt, doc, 1) if nxt is not None else []
    rest = {t.lower_ for t in doc[group[-1].end:min(group[-1].end + 8, sent.end)]} if group else set()
    if group and joiner == ["and"] and doc[group[-1].end:group[-1].end + 1].text not in {".", ",", ";", ""}:
        return []  # "– and the UK is not a member", "– and the UAE applied in 2023": a clause of its own
    return [] if rest & _OTHER_STATUS else group  # not "as well as Mongolia, which holds observer status"


_OTHER_STATUS = {"observer", "observers", "partner", "partners", "guest", "guests", "candidate", "candidates"}


_WHICH_ALSO = ([",", "which", "also"], [",", "that", "also"])


def leader_also(sent: Sentence, trigger_start: int, kinds, objects=()) -> list[End]:
    """The country whose name leads the bloc a trigger "also includes" others of ("the Russia-led
    defense alliance, which also includes Belarus, Kazakhstan": Russia is in it too): the nearest
    name before "-led", with only the bloc's description or name (``objects``) and "also" or
    ", which also" between it and the trigger (not "After the US-led withdrawal, the SCO, which
    also includes")."""
    doc = sent.doc
    if trigger_start - 1 < sent.start or doc[trigger_start - 1].lower_ != "also":
        return []
    leads = [m for m in sent.mentions if m.kind in kinds and sent.start <= m.start and m.end + 2 < trigger_start
             and doc[m.end:m.end + 2].text.replace(" ", "") in {"-led", "–led"}]
    if not leads:
        return []
    lead = leads[-1]
    between = list(doc[lead.end + 2:trigger_start])
    words = between[:-3] if [t.lower_ for t in between[-3:]] in _WHICH_ALSO else between[:-1]
    own = {i for o in objects for i in range(o.start, o.end)}  # "the Russia-led Collective Security
    # Treaty Organization, which also includes": the bloc's own name
    if any((t.is_punct or t.is_title and t.i > lead.end + 2) and t.i not in own for t in words):
        return []
    return [End(lead.node, lead.kind, "leader", lead.start, lead.end)]
