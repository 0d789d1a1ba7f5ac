"""A candidacy: a bloc's candidates and the countries it negotiates accession with want to
join it (interest, not membership).

- "Ukraine and Moldova were granted EU candidate status", "the EU granted candidate status
  to Ukraine and Moldova", "talks with Bosnia, which has been granted candidate status";
- "the EU agreed to open accession negotiations with Ukraine and Moldova", "membership talks
  with Albania and North Macedonia"; talks "with" a country are that country's, whoever is
  named before them ("Hungary blocked EU accession talks with Ukraine": Ukraine's);
- "Current candidate countries include Albania, North Macedonia, Montenegro and Serbia" (the
  bloc named in the sentence or the two before);
- "NATO welcomes Ukraine's and Georgia's aspirations for membership";
- "Georgia, Ukraine and Bosnia and Herzegovina are NATO aspirant countries", "those countries
  who received a MAP (membership action plan) such as Macedonia, Montenegro and Bosnia and
  Herzegovina" (a bloc's aspirants and those on its membership action plan);
- "Georgia's ... membership aspirations", "ten countries that aspire to NATO membership -- A,
  B --";
- a bloc's applicants, after a dash or a verb of listing: "the 10 applicants from central and
  eastern Europe - Poland, Hungary, ..." (not "asylum applicants", nor "applicants for cohesion
  funds");
- a bloc's invitation to its accession talks: "Allies also invited A, B and C to begin accession
  talks", "we invite to accession talks with NATO the following nations: A, B" (the annotators
  record an invitation as the invitee's interest, FRESH_SETS.md).

A sentence that says the candidacy was refused, withdrawn or never given ("not", "no",
"denied", "frozen") gives none, nor does an invitation refused ("never invited") or one whose
invitees joined in the same sentence.
"""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around
from graphkit.extract.lookups import end_char, last_bloc

__all__ = ["RULE", "candidacies", "not_yet_members"]

#: the rule name of a candidacy's claims
RULE = "a candidacy"
_CANDIDACY = re.compile(
    r"\bcandidate(?:\s+|-)(?:status|country|countries|state|states|member|members)\b"
    r"|\b(?:accession|membership|entry)\s+(?:negotiations|talks)\b"
    r"|\baspirations?\s+(?:to\s+become\s+(?:a\s+)?members?\s+of|of\s+becoming)\b"
    # "aspirations for (NATO) membership", not "aspirations for inclusive growth"
    r"|\baspirations?\s+for\s+(?:[\w-]+\s+){0,2}?(?:membership|accession|integration|entry|joining)\b"
    r"|\baspirants?(?:\s+(?:countries|country|nations?|states?|partners?|members?))?\b"
    r"|\baspiring\s+(?:members?|countries|nations|states)\b"
    # "Georgia's Intensified Dialogue on its membership aspirations", "Ukraine's NATO membership aspirations"
    r"|(?P<owned>\b(?:membership|accession)\s+aspirations?\b)"
    # "ten countries that aspire to NATO membership -- Albania, Bulgaria, ..."
    r"|(?P<aspire>\baspire\s+to\s+(?:[\w-]+\s+){0,2}?(?:membership|accession)\b)"
    r"|\bmembership\s+action\s+plans?\b"
    # "the 10 applicants from central and eastern Europe - Poland, Hungary, ..."
    # (not "applicants for cohesion funds", "the applicants' critics")
    r"|(?P<applicants>\bapplicants?(?:\s+(?:countries|country|nations?|states?))?\b(?!['’])"
    r"(?!\s+for\s+(?!(?:[\w-]+\s+){0,2}?(?:membership|accession|entry|joining)\b)))", re.IGNORECASE)
#: applicants of another kind: "asylum applicants", "visa applicants"
_OTHER_APPLICANTS = re.compile(r"\b(?:asylum|visa|job|grant|funding|loan|refugee|patent|licen[cs]e)\s+$", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:(?:readiness|ready|prepared)\s+to\s+grant|not|no|never|invite|invited|invites|inviting|invitation|denied|"
                      r"refused|rejected|withdrew|withdrawn|frozen|suspended|stalled|halted|"
                      r"former|ex-)\b|n['’]t\b", re.IGNORECASE)
#: a membership gained in the same sentence: "invited to accession talks in 2002 and joined
#: NATO in 2004" says the membership, which the verb's own claim gives
_JOINED = re.compile(r"\b(?:joined|join|joins|acceded|became\s+(?:a\s+)?(?:full\s+)?members?)\b",
                     re.IGNORECASE)
_LIST_WORDS = {",", "and", "'s", "’s", "the", "both"}
#: "with Bosnia, which has been granted candidate status in 2022": the country before it
_GRANTED_WHICH = re.compile(r"\s*,\s*(?:which|that)\s+(?:has\s+|had\s+|have\s+)?(?:been|was|were)\s+"
                            r"(?:granted|given|awarded)\s+(?:(?:formal|official|full|the|EU|an?)\s+)*$",
                            re.IGNORECASE)
#: negotiations with the countries after them: "accession talks with Ukraine", "membership
#: negotiations will begin early next year with Slovakia"
_TALKS_WITH = re.compile(r"\w+\s+(?:negotiations|talks)(?:\s+[\w-]+){0,5}?\s+with\b", re.IGNORECASE)
# a bloc's invitation to its accession talks: "invited A, B and C to begin accession talks"
# (not "have never invited": _NOT_INVITED in its clause), and after the list, nothing but its
# company ("together with six other Central European countries") before the talks; the talks'
# own bloc after "with"
_INVITED_TO = re.compile(r"\binvit(?:e|ed|es|ing)\s+(?:the\s+)?", re.IGNORECASE)
_TO_TALKS = re.compile(r"^(?:\s+together\s+with\s+[\w\s-]{0,60}?(?:countries|nations|states))?\s+to\s+(?:begin|start|open|"
                       r"launch|hold)\s+(?:(?:formal|official)\s+)?(?:accession|membership)\s+(?:talks|negotiations)"
                       r"(?P<own>\s+with\b)?", re.IGNORECASE)
_NOT_INVITED = re.compile(r"\b(?:not|never|no|refused|declined|rejected)\b|n['’]t\b", re.IGNORECASE)
_INVITED_LIST = re.compile(r"\binvit(?:e|ed)\s+to\s+(?:accession|membership)\s+(?:talks|negotiations)\s+with\s+"
                           r"[^.;:]{1,40}?\s+the\s+following\s+(?:nations|countries|states)\s*:\s*", re.IGNORECASE)
_TO_WITH = re.compile(r"\b(?:to|with|for|include|includes|included|including|are|were|is|"
                      r"was|such\s+as|like)\W*$", re.IGNORECASE)
#: the applicants' own before them: "Cyprus is one of the applicants", "(plus Cyprus) of the 10 applicants"
_OF_THE = re.compile(r"^\)?\s*(?:(?:is|are|was|were)\s+)?(?:among\s+|one\s+)?(?:of\s+)?the\s+(?:[\w-]+\s+){0,2}$")
#: after an applicants' dash list, the list's end: "- Poland, Hungary and Slovenia - while", "...: A and B."
_LIST_END = re.compile(r"\s*(?:[-–—;.)]|,\s+(?:while|although|but|and)\b|$)")
#: a list after a dash, perhaps after where its countries are from ("countries that aspire to
#: NATO membership -- A, B", "applicants from central and eastern Europe - Poland, Hungary")
_FROM_DASH = re.compile(r"^(?:\s+from\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s*(?:-|--|—|–|:)\s*$")
# whose aspirations: "Ukraine's NATO membership aspirations", "Georgia has membership aspirations"
_OWNER_GAP = re.compile(r"^(?:['’]s\b|\s+(?:has|have|had)\s+(?:(?:its|their|clear|strong)\s+)?(?:[A-Z][\w-]*\s+)?$)")


def _before(doc, text: str, mentions, at: int, country: str) -> list:
    """The countries listed right before the candidacy's words ("Ukraine and Moldova were
    granted EU", "Ukraine's and Georgia's aspirations"), with no clause break between."""
    named = [k for k, m in enumerate(mentions) if m.kind == country and end_char(doc, m.end) <= at]
    if not named:
        return []
    last = mentions[named[-1]]
    gap = text[end_char(doc, last.end):at]
    if len(gap) > 45 or (re.search(r"[,;:(]|\b(?:which|who|while|but|after|before|as)\b", gap)
                         and not _GRANTED_WHICH.match(gap)):
        return []
    group, k = [last], named[-1]
    while k > 0 and mentions[k - 1].kind == country:
        between = {t.lower_ for t in doc[mentions[k - 1].end:mentions[k].start]}
        if not between or not between <= _LIST_WORDS:
            break
        k -= 1
        group.insert(0, mentions[k])
    return group


def _after(doc, text: str, mentions, at: int, country: str, dash: bool = False) -> list:
    """The countries the candidacy's words give their status to or negotiate with ("to
    Ukraine and Moldova", "with Albania", "include Albania, North Macedonia ...")."""
    named = [k for k, m in enumerate(mentions) if m.kind == country and doc[m.start].idx >= at]
    if not named:
        return []
    gap = text[at:doc[mentions[named[0]].start].idx]
    if len(gap) > 45 or not (_TO_WITH.search(gap) or dash and _FROM_DASH.match(gap)):
        return []
    return [m for m in group_around(mentions, named[0], doc, 1) if m.kind == country]


def _nearest_bloc(doc, mentions, match, blocs):
    """The bloc its sentence names nearest the candidacy's words: "the EU's decision to open
    accession talks with Ukraine ..., despite its status as ... an aspirant for NATO" (the EU's
    talks, NATO's aspirant)."""
    def distance(m):
        start, end = doc[m.start].idx, end_char(doc, m.end)
        return match.start() - end if end <= match.start() else start - match.end()
    return min((m for m in mentions if m.kind in blocs), key=distance, default=None)


def _invited_to_talks(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """([country mentions], bloc mention) for the countries a bloc invites to its accession
    talks: "Allies also invited A, B and C to begin accession talks" (the talks' bloc after
    "with", else the inviter named before the invitation, else the bloc the three sentences
    before name last), "decided to invite Slovakia together with six other ... countries to
    start accession negotiations", "we invite to accession talks with NATO the following
    nations: A, B"."""
    s = sents[i]
    for match in _INVITED_TO.finditer(text, s.c_start, s.c_end):
        clause = re.split(r"[,;]", text[max(s.c_start, match.start() - 30):match.start()])[-1]
        if _NOT_INVITED.search(clause):  # "NATO has never invited Serbia", "refused to invite" (not
            return []  # "Although France did not agree at first, NATO invited")
        group = _listed_at(doc, s.mentions, match.end(), country)
        if not group:
            continue
        after = end_char(doc, group[-1].end)
        talks = _TO_TALKS.match(text[after:s.c_end])
        if not talks:
            continue
        if _JOINED.search(text, after + talks.end(), s.c_end):
            return []  # "... to begin accession talks, and the three joined the alliance in 1999"
        own = [m for m in s.mentions if m.kind in blocs and doc[m.start].idx >= after + talks.end()]
        inviting = [m for m in s.mentions if m.kind in blocs and doc[m.start].idx < match.start()]
        bloc = (own[:1] if talks["own"] else inviting[-1:]) or [last_bloc(doc, sents, i - 1, blocs, 2)]
        if bloc[0] is not None:  # the talks' bloc after "with", else the inviter, else one named before
            return [(group, bloc[0])]
    for match in _INVITED_LIST.finditer(text, s.c_start, s.c_end):
        group, bloc = _listed_at(doc, s.mentions, match.end(), country), _nearest_bloc(doc, s.mentions, match, blocs)
        if group and bloc is not None:
            return [(group, bloc)]
    return []


def _listed_at(doc, mentions, at: int, country: str) -> list:
    """The countries listed from the first named within two characters of ``at`` on, or none."""
    named = [k for k, m in enumerate(mentions) if m.kind == country and doc[m.start].idx >= at]
    if not named or doc[mentions[named[0]].start].idx - at > 2:
        return []
    return [m for m in group_around(mentions, named[0], doc, 1) if m.kind == country]


def candidacies(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """([country mentions], bloc mention) for each candidacy sentence ``i`` states."""
    s = sents[i]
    found = []
    if _REFUSED.search(text, s.c_start, s.c_end):
        return _invited_to_talks(doc, text, sents, i, country, blocs)
    for match in _CANDIDACY.finditer(text, s.c_start, s.c_end):
        if _JOINED.search(text, match.end(), s.c_end):
            return []
        bloc = _nearest_bloc(doc, s.mentions, match, blocs) or last_bloc(doc, sents, i - 1, blocs, 1)
        if bloc is None:
            continue
        after = _after(doc, text, s.mentions, match.end(), country, dash=bool(match["aspire"] or match["applicants"]))
        # "Hungary blocked EU accession talks with Ukraine": the talks are Ukraine's
        talks_with = after and _TALKS_WITH.match(text, match.start(), doc[after[0].start].idx)
        before = _before(doc, text, s.mentions, match.start(), country)
        gap = text[end_char(doc, before[-1].end):match.start()] if before else ""
        if before and (match["owned"] and not _OWNER_GAP.match(gap) or match["aspire"] and gap.strip()):
            before = []  # "Russia opposes the NATO membership aspirations of Ukraine", "Russia warned countries that aspire to"
        if match["applicants"]:  # "the first five (plus Cyprus) of the 10 applicants ... - Poland, Hungary"
            if _OTHER_APPLICANTS.search(text, s.c_start, match.start()):
                continue  # "asylum applicants"
            group = (before if _OF_THE.match(gap) else []) + _applicants_listed(doc, text, s, match, after)
        else:
            group = after if talks_with else (before or after)
        if group:
            found.append((group, bloc))
    return found


#: a verb of listing after the applicants' words: "applicants for membership are A, B"
_LISTING = re.compile(r"\s+(?:for\s+(?:[\w-]+\s+){0,2}?(?:membership|accession)\s+)?"
                      r"(?:are|were|include[sd]?|including|such\s+as|like)\s+", re.IGNORECASE)


def _applicants_listed(doc, text: str, s, match, after: list) -> list:
    """The countries ``after`` the applicants' words that are their list: after a dash, up to the
    list's end ("applicants from central Europe - Poland, Hungary - while"), or after a verb of
    listing ("applicants for membership are A, B"); not "applicants went to Germany", "applicants
    ... with Turkey lifting its veto", nor "applicants - France wants"."""
    if not after:
        return []
    gap = text[match.end():doc[after[0].start].idx]
    dashed = _FROM_DASH.match(gap) and _LIST_END.match(text, end_char(doc, after[-1].end), s.c_end)
    return after if dashed or _LISTING.fullmatch(gap) else []


def not_yet_members(claims, member: str):
    """``claims`` without the memberships that a candidacy in the same sentence denies
    ("candidate countries of the EU include A": A is no member), unless a verb says it
    ("A, a candidate country since 2003, joined the EU in 2013")."""
    wanting = {(c.subject, c.object, c.start) for c in claims if c.rule == f"structure:{RULE}"}
    return [c for c in claims if c.relation != member or c.rule.startswith("verb:")
            or (c.subject, c.object, c.start) not in wanting]
