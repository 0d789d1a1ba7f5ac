"""A country named in a role of a bloc, the bloc's name standing before the role noun as a
modifier or an owner: "NATO member Turkey", "NATO-member Turkey", "Turkey, a NATO member,",
"Turkey is NATO's 32nd member", "Turkey has been NATO's partner-state", "As a NATO ally,
Turkey ...", "As the 29th member country of NATO, Turkey ...", "Turkey ... play its role as
a NATO power". A member, ally or power (of an organisation) is a membership, a partner (or
partner state, country, nation, dialogue partner) a partnership. Not after a hedge or a
past ("would-be NATO member Georgia", "non-NATO member", "former", "aspiring", "future",
"potential", "candidate", "observer"), nor with a negation between ("Turkey is not a NATO
member"). "Malaysia, Laos and other ASEAN members / leaders" makes those named members too. The role says nothing of when it began: the claim takes a date of its sentence
only when "since" introduces it ("Since 2006, Montenegro has been NATO's partner-state").
"Australia's participation in the Quad" is a membership too (only a member takes part in an
organisation itself), not when the bloc's name qualifies a noun after it ("Ukraine's
participation in NATO missions", "in the NATO Response Force": no membership).

The "X is a member of Y" forms, with "of", are the schema's (``appositions``, ``verbs``).
"""

from __future__ import annotations

import re

from graphkit.extract.forms.apposed import apposed_members
from graphkit.extract.groups import group_around
from graphkit.extract.list_roles import closes_apposition
from graphkit.extract.lookups import LIST_GLUE, coordinated, end_char
from graphkit.extract.schema_words import kind_of_word

__all__ = ["role_claims"]

_HEDGED = (r"(?:non|would-be|would|be|aspiring|future|potential|prospective|candidate|former|ex|"
           r"possible|observer|associate|applicant|hopeful|wannabe|not|no|never|longer)")
# guests between the bloc's name and the role: "the G7 invited guest nations, including India"
_GUESTS = r"guest|guests|invited|invitee|outreach|visiting"
# words between the article and the role: "29th", "newest", "key", "full-fledged"
_MOD = (r"(?:(?!(?:" + _HEDGED + r"|" + _GUESTS + r"|along|with|and|or|to|of|in|for|from|by|including|like|such|"
        r"than|between|among|against|at|on|members?|partners?)\b)[\w-]+\s+)")  # not "partner country"
_MEMBER = r"(?P<member>members?(?:\s+(?:states?|countr(?:y|ies)|nations?))?|all(?:y|ies)|powers?)"
_PARTNER = (r"(?P<partner>(?:dialogue\s+)?partners?(?:[\s-](?:states?|countr(?:y|ies)|"
            r"nations?))?)")
_ROLE = r"(?:" + _MEMBER + r"|" + _PARTNER + r")\b"
_ARTICLE = r"(?:(?:a|an|the)\s+)"
# after the bloc's name: "'s 32nd member", "-member", " partner-state"
_ROLE_AFTER = re.compile(r"(?:['’]s\s+|[\s-]+)" + _MOD + r"{0,2}(?:" + _ROLE  # or a bloc's own
                         + r"|(?P<nation>nations?|countr(?:y|ies))\b)", re.IGNORECASE)  # "the only G7 nation"
# "Turkey, a ", "Turkey is ", "Turkey has been the ", "A and B, which are already " ... the bloc's name
_COPULA = re.compile(r"^\s*(?:,\s+(?:(?:a|an|the|both|all)\s+" + _MOD + r"{0,2})?|(?:\s|,\s+which\s+)(?:is|was|are|were|has\s+been|"
                     r"have\s+been|had\s+been|remains|remained|becomes|became|has\s+become|"
                     r"had\s+become)(?:\s+(?:also|now|already|still|itself|currently))?\s+" + _ARTICLE + r"?"
                     + _MOD + r"{0,2})$", re.IGNORECASE)
# "Turkey, as a ", "Turkey ... its due role as a " ... the bloc's name
_AS_AFTER = re.compile(r"^(?:\s*,\s*as\s+|[^.;:,]{0,120}?\bits\s+(?:\w+\s+)?role\s+as\s+)"
                       + _ARTICLE + _MOD + r"{0,2}$", re.IGNORECASE)
# "As a " ... bloc ... "member, Turkey"; "As the 29th member country of " ... bloc ... ", Turkey"
_AS_FRONT = re.compile(r"^\W*as\s+" + _ARTICLE + _MOD + r"{0,2}?(?:" + _ROLE + r"\s+of\s+"
                       r"(?:the\s+)?)?$", re.IGNORECASE)
_COMMA = re.compile(r"^\s*,\s*$")
_BEFORE_NAME = re.compile(r"\s*|\s*,?\s+(?:such\s+as|including|like|notably)\s+(?:the\s+)?", re.IGNORECASE)
# "The US views Greece as an indispensable partner and a key NATO Ally": a regard verb first
_REGARDS = re.compile(r"\b(?:views?|viewed|sees|saw|regards?|regarded|considers?|considered|"
                      r"counts?|counted|values?|valued)\s+(?:the\s+)?$", re.IGNORECASE)
_AS_REGARDED = re.compile(r"^\s+as\s+(?:" + _ARTICLE + r"?(?:[\w-]+\s+){1,3}?(?:and|,)\s+)?"
                          + _ARTICLE + "?" + _MOD + r"{0,2}$", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"\b" + _HEDGED + r"[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"^since\b", re.IGNORECASE)
_PARTICIPATION = re.compile(r"^\s*['’]s\s+(?:[\w-]+\s+)?participation\s+in\s+(?:the\s+)?$",
                            re.IGNORECASE)
# after the bloc's name: the clause goes on (a verb, a preposition), no noun it qualifies
_CLAUSE_ON = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:is|was|has|had|have|will|would|could|can|may|"
                        r"might|must|should|remains|remained|began|begins|ended|ends|grew|grows|"
                        r"places|placed|puts|put|makes|made|gives|gave|shows|showed|as|since|in|"
                        r"from|and|but|which|that|at|to|for|with|until|after|before|during)\b",
                        re.IGNORECASE)
# a verb right after a plural role: "A and B, the SCO member-states are considering it"
_PLURAL_VERB = re.compile(r"(?:s|[-\s]states)?\s+(?:\w+ly\s+)?(?:are|were|have|had|will|would|can|could|should|must|"
                          r"may|might|do|did)\b", re.IGNORECASE)

# "The participants are: all ASEAN members, A, B": the list's first item
_ALL_BEFORE = re.compile(r"[:;]\s*all(?:\s+of)?(?:\s+the)?(?:\s+\w+)?\s*$", re.IGNORECASE)

def _plural_for_one(text, mentions, start, end, prev, k, after, country) -> bool:
    """"As for Georgia, EU member states will support ...": a plural role after one name and
    a bare comma is the next clause's subject, not the name's apposition."""
    between = text[end[prev]:start[k]].strip()
    if between.startswith(",") and _PLURAL_VERB.match(text, after.end()):
        return True  # "obtaining observer status by A and B, the SCO member-states are considering it"
    if between != "," or not after.group().rstrip().lower().endswith("s"):
        return False
    joined = prev > 0 and mentions[prev - 1].kind == country and (
        text[end[prev - 1]:start[prev]].strip() in {",", "and", ", and"})
    return not joined


def role_claims(doc, text: str, sentence, country: str, blocs) -> list[tuple]:
    """(countries, "member" or "partner", bloc mention, date or None, confidence, rule) for
    each role phrase in ``sentence`` (its ``mentions`` in order, its ``dates``, its
    ``c_start`` in ``text``)."""
    mentions, found = sentence.mentions, []
    start = [doc[m.start].idx for m in mentions]
    end = [end_char(doc, m.end) for m in mentions]
    since = [d for d in sentence.dates if _SINCE.match(text[d.start:d.end])]
    date = since[0] if len(since) == 1 else None
    for k, b in enumerate(mentions):
        if b.kind not in blocs or _HEDGE_BEFORE.search(text[max(sentence.c_start,
                                                                start[k] - 30):start[k]]):
            continue
        after = _ROLE_AFTER.match(text, end[k], sentence.c_end)
        if after and after.group("nation") and b.kind != kind_of_word().get("organisation"):
            after = None  # "a G7 nation" is a member; an agreement's nations are not said to be
        nxt = k + 1 if k + 1 < len(mentions) and mentions[k + 1].kind == country else None
        prev = k - 1 if k and mentions[k - 1].kind == country else None
        front = _AS_FRONT.match(text[sentence.c_start:start[k]])
        if front and prev is None:  # "As a NATO member, Turkey" / "As a member of NATO, Turkey"
            named = front.group("member") or front.group("partner")  # "a member of NATO"
            role = front if named else after  # or "a NATO member"
            tail = end[k] if named else after.end() if after else end[k]
            if role and nxt is not None and _COMMA.match(text[tail:start[nxt]]):
                found.append(_claim(doc, mentions, nxt, role, b, date, 0.7, "as a role, fronted"))
            continue
        if (prev is not None and b.kind == kind_of_word().get("organisation")
                and _PARTICIPATION.match(text[end[prev]:start[k]])
                and _CLAUSE_ON.match(text, end[k])):  # "Australia's participation in the Quad"
            found.append(([mentions[prev]], "member", b, date, 0.7, "participation in"))
        if prev is not None and _and_other(text[end[prev]:start[k]]) and _OTHER_ROLE.match(
                text, end[k], sentence.c_end):  # "Malaysia, Laos and other ASEAN members"
            found.append(_claim(doc, mentions, prev, _OTHER_ROLE.match(text, end[k], sentence.c_end),
                                b, None, 0.6, "and other bloc members"))
        if not after:
            continue
        if nxt is not None and _BEFORE_NAME.fullmatch(text[after.end():start[nxt]]):  # "NATO
            # member Turkey", "BRICS members such as Egypt"
            found.append(_claim(doc, mentions, nxt, after, b, date, 0.7, "a role before the name"))
            if k and mentions[k - 1].kind in blocs and coordinated(doc, mentions[k - 1], b):
                found.append(_claim(doc, mentions, nxt, after, mentions[k - 1], date, 0.7,
                                    "a role before the name"))  # "BRICS and SCO members A and B"
        elif nxt is not None and _COMMA.match(text[after.end():start[nxt]]) and _apposed_list(
                doc, text, mentions, nxt, after, sentence.c_end) and not (_ALL_BEFORE.search(
                    text[max(sentence.c_start, start[k] - 16):start[k]]) and not closes_apposition(
                    doc, group_around(mentions, nxt, doc, 1)[-1].end, sentence.end)):  # "Two of
            # NATO's members, A and B," (not "participants are: all ASEAN members, Australia, ...")
            found.append(_claim(doc, mentions, nxt, after, b, date, 0.6, "a role, then its names"))
        elif prev is not None and _COPULA.match(text[end[prev]:start[k]]) and not _plural_for_one(
                text, mentions, start, end, prev, k, after, country):
            found.append(_claim(doc, mentions, prev, after, b, date, 0.75, "a role after the name"))
        elif prev is not None and _AS_AFTER.match(text[end[prev]:start[k]]):
            found.append(_claim(doc, mentions, prev, after, b, date, 0.7, "as a role"))
        elif prev is not None and _AS_REGARDED.match(text[end[prev]:start[k]]):
            first = prev  # "views Greece and Cyprus as": the list, not the viewer before it
            while first and mentions[first - 1].kind == country and re.fullmatch(
                    r"\s*(?:,|,?\s*and)\s+(?:the\s+)?", text[end[first - 1]:start[first]]):
                first -= 1
            if _REGARDS.search(text[max(sentence.c_start, start[first] - 20):start[first]]):
                role = "partner" if after.group("partner") else "member"
                found.append((mentions[first:prev + 1], role, b, date, 0.6, "regarded as a role"))
    return found + apposed_members(doc, text, sentence, country, blocs)  # "The leaders of X, A, B,"


_OTHER_ROLE = re.compile(r"\s+(?:(?P<member>members?(?:\s+(?:states?|countries|nations))?|allies|"
                         r"leaders|countries|nations|states)|(?P<partner>partners))\b", re.IGNORECASE)


def _and_other(between: str) -> bool:
    """Whether ``between`` ends "and other" after only names and titles ("Malaysian Prime
    Minister Anwar Ibrahim, President Marcos, and other"; not "attended with other")."""
    words = re.findall(r"[\w’'-]+", between)
    return (len(words) >= 2 and [w.lower() for w in words[-2:]] == ["and", "other"]
            and all(w[:1].isupper() or w in {"and", "the"} for w in words[:-2]))


_CLOSING = {",", "—", "–", ")"}


def _apposed_list(doc, text, mentions, k: int, role: re.Match, c_end: int) -> bool:
    """Whether a plural role and a comma stand before a list of two or more names that a
    comma or dash closes ("Two of NATO's 30 existing members, Turkey and Hungary, have yet
    to ratify"): the role's apposition (not "the 27 EU members, Ukraine said")."""
    if not role.group().rstrip().lower().endswith("s"):
        return False
    group = _list_at(doc, mentions, k)
    last = group[-1].end
    return (len(group) > 1 and group[0] is mentions[k] and last < len(doc)
            and doc[last].idx < c_end and doc[last].text in _CLOSING)


def _claim(doc, mentions, k: int, role: re.Match, bloc, date, confidence: float, rule: str):
    """The list of countries mention ``k`` belongs to and the role."""
    return (_list_at(doc, mentions, k), "partner" if role.group("partner") else "member", bloc, date,
            confidence, rule)


def _list_at(doc, mentions, k: int) -> list:
    """The list of countries mention ``k`` belongs to (commas and "and", not "Israeli and
    U.S. airstrikes on Iran, a BRICS member")."""
    def listed(a, b) -> bool:
        return a.kind == mentions[k].kind and {t.lower_ for t in doc[a.end:b.start]} <= LIST_GLUE

    group = [mentions[k]]
    for j in range(k + 1, len(mentions)):  # "NATO members Poland, Hungary and Czechia"
        if not listed(group[-1], mentions[j]) or mentions[j].kind != mentions[k].kind:
            break
        group.append(mentions[j])
    for j in range(k - 1, -1, -1):  # "Poland, Hungary and Czechia, NATO members since"
        if not listed(mentions[j], group[0]):
            break
        group.insert(0, mentions[j])
    return group
