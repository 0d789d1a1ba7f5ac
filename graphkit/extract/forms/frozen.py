"""A membership frozen or suspended, read as a membership: "Armenia earlier froze its
participation in the alliance", "Armenia will continue to suspend its membership in the
CSTO", "Armenia's membership in the CSTO is frozen", and by the bloc: "Mali was suspended by
the African Union", "The African Union suspended Niger from all of its institutions", "The
AU said Monday it had suspended Burkina Faso", "decided to suspend the participation of Gabon
in all activities of the AU", "resolved to immediately suspend the participation of the Republic
of Niger from all activities of the AU", "African Union Suspends Participation of Niger", "The AU
has lifted its suspension of Gabon", or by the bloc a pronoun stands for ("This is not the
first time the AU will suspend a member state ... It had suspended Mali, Guinea and Burkina
Faso"). Only a member can freeze its membership, so the country is a member (the annotation
conventions: a frozen membership is no withdrawal and still a membership), with status
``suspended`` as data/ records it; the freezing's own date is not the membership's, so the
claim takes no date of the sentence (the publication's year, as any undated claim).
"""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around
from graphkit.extract.lookups import end_char

__all__ = ["frozen_memberships", "pronoun_suspensions"]

_FREEZE = r"(?:froze|frozen|freeze|freezes|freezing|suspended|suspend|suspends|suspending|pause|paused|pauses|pausing)"
_STAKE = r"(?:participation|membership|involvement)"
# "Armenia [has|earlier|will continue to] froze its participation in (the)" + bloc
# "A, B and C pause participation in the meetings of the" + bloc, "the seven states (A, B and
# C) suspended their involvement in" + bloc
_ITS = re.compile(r"^\s*\)?[^.;:,()]{0,40}?\b" + _FREEZE + r"\s+(?:its\s+|their\s+)?(?:\w+\s+)?" + _STAKE
                  + r"\s+in\s+(?:(?:all\s+)?(?:the\s+)?meetings\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "Armenia's membership in (the)" + bloc + "is frozen", "Egypt's membership to the African Union was suspended"
_OWN = re.compile(r"^\s*['’]s\s+(?:\w+\s+)?" + _STAKE + r"\s+(?:in|of|to)\s+(?:the\s+)?$", re.IGNORECASE)
_IS_FROZEN = re.compile(r"^\W*(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                        + _FREEZE + r"\b", re.IGNORECASE)
_FREEZING_OF = re.compile(r"\b(?:freezing|suspension|suspending)\s+of\s+$", re.IGNORECASE)
# "decided to immediately suspend the participation of Gabon in all activities of the AU": done
# (not "refused to" nor "threatened to suspend")
_STAKE_OF = re.compile(r"\b(?:suspended|suspends|froze|(?:decided|voted|agreed|resolved)\W*to\s+(?:(?!not\b|never\b)\w+\s+)?"
                       r"(?:suspend|freeze))\s+(?:the\s+)?" + _STAKE + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WORK = r"(?:activities|meetings|bodies|organs|institutions)"
_IN_ITS_WORK = re.compile(r"^\s*(?:in|from)\s+(?:all\s+)?(?:(?:of\s+)?(?:the\s+)?" + _WORK + r"\s+of\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
# after the bloc's name: its work ("in all AU activities") or no word of another thing ("in EU programmes")
_ITS_WORK_AFTER = re.compile(r"^(?:\s+" + _WORK + r"\b|\s*[^\w\s]|\s+(?:until|since|from|over|after|in|on|for|and)\b|\s*$)",
                             re.IGNORECASE)
# the bloc suspends the country (or its participation, membership): "Mali was suspended by the
# African Union", "The African Union on Tuesday suspended Niger from all of its institutions",
# "AU suspends membership of Sudan", "the AU suspended Gabon's membership"
_NOT_DONE = r"(?!(?:not|never|no|to|will|would|may|might|could|threat\w*)\b)"  # "was not", "threatened to"
_SUSPENDED_BY = re.compile(r"^\s*(?:was|were|has\s+been|had\s+been|is|are)\s+(?:" + _NOT_DONE + r"\w+\s+)?"
                           r"suspended\s+(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SAID_IT = r"(?:(?:said|says|announced)\s+(?:\w+\s+){0,3}?(?:that\s+)?it\s+(?:had\s+|has\s+)?)?"  # "said on Monday that it had"
_SUSPENDS = re.compile(r"^[\s)]*" + _SAID_IT + r"(?:" + _NOT_DONE + r"[\w-]+\s+){0,3}?(?:(?P<done>suspended|suspends|suspend)|"
                       r"(?:lifted|lifts|lift)\s+(?:its\s+|the\s+)?suspension\s+of)\s+(?:the\s+)?"
                       r"(?P<of>(?:membership|participation)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# what the bloc suspends the country from, after its name: "Niger from all of its institutions",
# "Gabon's membership" (or nothing: "ECOWAS had already suspended Guinea"); not "Russia's visa
# facilitation agreement", "Niger's budget support" nor "Russia from its programmes"; or from
# the bloc itself: "suspended Madagascar from the continental body"
_OWNED_OR_FROM = re.compile(r"^\s*(?:['’]s\b|from\b)", re.IGNORECASE)
_FROM_IT = re.compile(r"^\s*(?:['’]s\s+(?:membership|participation)\b|from\s+(?:all\s+(?:of\s+)?)?(?:its|the"
                      r"\s+(?:bloc|union|organi[sz]ation|community|body|group|grouping)['’]s)\s+(?:institutions|"
                      r"activities|bodies|organs|meetings)\b|from\s+the\s+(?:continental\s+|regional\s+|pan-african\s+)?"
                      r"(?:body|bloc|union|organi[sz]ation|group|grouping|community|alliance)"
                      r"(?=\s*[,.;:)]|\s*$|\s+(?:after|in|over|until|for|on|following|and|since|from|with)\b))",
                      re.IGNORECASE)


# "It had suspended Mali, Guinea and Burkina Faso": the bloc of the sentence before suspends the
# list that follows ("The bloc has also suspended Guinea" names its bloc: the gazetteer reads "the
# bloc" as the bloc named before)
_IT_SUSPENDED = re.compile(r"^\W*it\s+(?:(?:had|has|have|also|already|previously|earlier|since|then|similarly|"
                           r"likewise)\s+)*suspended\s+(?:the\s+)?$", re.IGNORECASE)


_SUSPENSION_BEFORE = re.compile(r"\bsuspen", re.IGNORECASE)
_BLOC_OPENS = re.compile(r"^\W*(?:the\s+)?$", re.IGNORECASE)


# after a participation the bloc suspends: nothing more, a time or a cause, or its own work ("in all AU activities")
_PART_ENDS = re.compile(r"^\s*(?:$|[,.;:)]|(?:following|after|over|until|since|on|for|amid|due|pending|indefinitely)\b"
                        r"|in\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"  # "in 2013"
                        r"|in\s+all\s+(?:of\s+)?(?:its|the\s+\w+['’]s|\w+)\s+" + _WORK + r"\b)", re.IGNORECASE)


def frozen_memberships(doc, text: str, mentions, country: str, blocs) -> list[tuple]:
    """(country mention, bloc mention, status) for each frozen or suspended membership in
    ``doc`` (``text``: its text; ``mentions`` of one sentence, in order): ``suspended``, or
    none where the bloc lifts the suspension ("has lifted its suspension of Gabon")."""
    found = []
    for k, m in enumerate(mentions):
        if m.kind != country:
            continue
        end = end_char(doc, m.end)
        for b in mentions[k + 1:k + 3]:
            if b.kind not in blocs:
                continue
            gap = text[end:doc[b.start].idx]
            after = text[end_char(doc, b.end):][:40]
            before = text[max(0, doc[m.start].idx - 20):doc[m.start].idx]
            owned = after.startswith(("'s", "’s"))  # "suspended from the EU's programmes"
            group = [c for c in group_around(mentions, k, doc, -1) if c.kind == country]
            if _ITS.match(gap) or _SUSPENDED_BY.match(gap) and not owned or (_OWN.match(gap) and (
                    _IS_FROZEN.match(after) or _FREEZING_OF.search(before))) or (
                    _IN_ITS_WORK.match(gap) and not owned and _ITS_WORK_AFTER.match(after) and _STAKE_OF.search(
                        text[max(0, doc[group[0].start].idx - 80):doc[group[0].start].idx])):
                glossed = m.start and doc[m.start - 1].text == "(" and len(group) > 1  # "the United
                # States (US) paused": the bracket glosses the list's last name
                if gap.lstrip().startswith(")") and not glossed and doc[group[0].start - 1].text != "(":
                    break  # "the seven other states (all except Russia) paused": not Russia
                found += [(c, b, "suspended") for c in group]
            break  # "Canada, Denmark, ... and US pause participation in": each of the list
    for k, b in enumerate(mentions[:-1]):  # the bloc suspends the country
        c = mentions[k + 1]
        said = (_SUSPENDS.match(text[end_char(doc, b.end):doc[c.start].idx])
                if b.kind in blocs and c.kind == country else None)
        rest = text[end_char(doc, c.end):][:80] if said else ""  # the anchored look after it
        taking_part = said and (said["of"] or "").lower().startswith("participation")
        if taking_part:
            last = [m for m in group_around(mentions, k + 1, doc, 1) if m.kind == country][-1]
            tail = text[end_char(doc, last.end):][:80]  # after the whole list, not its first name
            if not (_FROM_IT.match(tail) or _PART_ENDS.match(tail)):
                continue  # "... of Switzerland in EU research programmes", "of Russia's Roscosmos", "as an observer"
        if said and (said["of"] or not said["done"] or _FROM_IT.match(rest)
                     or not _OWNED_OR_FROM.match(rest)):
            found += [(m, b, "suspended" if said["done"] else "")
                      for m in group_around(mentions, k + 1, doc, 1) if m.kind == country]
    return found


def pronoun_suspensions(doc, text: str, start: int, mentions, before, country: str, blocs) -> list[tuple]:
    """(country mention, bloc mention, ``suspended``) for the list of countries that "It had
    suspended" at the opening of a sentence (from character ``start``; ``mentions``: its own, in
    order), the pronoun standing for the one bloc the sentence ``before`` (with its ``c_start``,
    ``c_end`` and ``mentions``; None for the first) names first, where that bloc opens it or it
    speaks of a suspension."""
    owners = [m for m in before.mentions if m.kind in blocs] if before else []
    if not mentions or mentions[0].kind != country or len({m.node for m in owners}) != 1 or before.mentions[0] != owners[0]:
        return []  # the bloc opens the sentence before, and no other: "Russia and the EU met. It had"
    opening = text[before.c_start:doc[owners[0].start].idx]
    if not (_BLOC_OPENS.match(opening) or _SUSPENSION_BEFORE.search(text, before.c_start, before.c_end)):
        return []  # "The IMF welcomed the AU's mediation. It had suspended ...": "It" is the IMF
    if not _IT_SUSPENDED.match(text[start:doc[mentions[0].start].idx]):
        return []
    group = [m for m in group_around(mentions, 0, doc, 1) if m.kind == country]
    rest = text[end_char(doc, group[-1].end):][:80]
    if _OWNED_OR_FROM.match(rest) and not _FROM_IT.match(rest):
        return []  # "It had suspended Russia's visa facilitation", "Russia from its programmes"
    return [(m, owners[-1], "suspended") for m in group]
