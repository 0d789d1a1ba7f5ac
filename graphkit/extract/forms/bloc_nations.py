"""A bloc's name right before "nations", "states" or "countries", then its members: "the
BRICS nations—A, B, C, D and E", "The existing BRICS nations of A, B and C will be joined by",
"the SCO states: A, B", "the NATO members: A, B", "the BRICS club—A, B", a gloss ("BRICS (the informal bloc of A,
B and C)", "the SCO, a grouping of A, B"), and a list ending the sentence after a colon
following the bloc's meeting: "leaders meet for the annual G7 summit: A, B, ... and G", and
the list before the bloc's nations set between dashes ("Co-owned by A, B, C, D and E – the
five original Brics nations –"). Only with the bloc's name directly before the noun (not "the poorer
nations of A and B" in a sentence that names a bloc elsewhere, nor "three African nations—A,
B" after one), the list right after a dash, a colon or "of", and two or more countries; the
name itself, then its members set between dashes, where the name opens the sentence or follows
"the summit of", "Ministers from" and the like ("the summit of the BRICS — A, B and C —"; not
"Guests of the G7 — A, B —" nor "Non-members of the EU — A, B —"); not
after "former", "future", "would-be", "candidate" or "not" before the name, nor when "partner",
"observer" or "candidate" comes between the name and the noun."""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around
from graphkit.extract.lookups import countries_from, end_char

__all__ = ["bloc_nations"]

_NOUN = re.compile(r"^\s*(?:member\s+)?(?:nations|states|countries|members)\s*(?:[—–:]|-\s|of\s)\s*(?:the\s+)?$"
                   r"|^\s*(?:club|bloc|group|grouping)\s*[—–:]\s*$"  # "the BRICS club—A, B"
                   # "the G7 group of seven rich nations – the United Kingdom, Canada"
                   # (the words of wealth or weight only: not "the BRICS applicant countries: A, B")
                   r"|^\s*(?:(?:club|bloc|group|grouping)\s+of\s+(?:[a-z]+\s+){0,2})?(?:(?:rich|richest|wealthy|"
                   r"wealthiest|industriali[sz]ed|leading|major|advanced|largest|emerging|developed|big|biggest)\s+){1,2}"
                   r"(?:nations|states|countries|democracies|economies|powers)\s*[—–:]\s*(?:the\s+)?$",
                   re.IGNORECASE)
# "BRICS (the informal bloc of A, B and C)", "the SCO, a security grouping of A, B": a gloss
_GLOSS = re.compile(r"^\s*[(,—–]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:bloc|group|grouping|alliance|"
                    r"association|club|organi[sz]ation|forum|union)\s+(?:of|comprising)\s+(?:the\s+)?$",
                    re.IGNORECASE)
_NOT = re.compile(r"\b(?:former|future|would-be|candidate|prospective|aspiring|potential|non|not|never|invited|"
                  r"applicant|hopeful)[\s-]*$",
                  re.IGNORECASE)
_MEETING = re.compile(r"^\s*(?:summit|meeting|leaders'?\s+summit)\s*:\s*(?:the\s+)?$", re.IGNORECASE)
# "the sixth summit of the BRICS — Brazil, Russia, ... and South Africa — in mid-July": the
# name, then its members set between dashes
_DASHED = re.compile(r"^\s*(?:[—–]|\s-|--)\s*(?:the\s+)?$")
_CLOSING = re.compile(r"^\s*(?:[—–]|-\s|--)")
# whose the dashed list is: the name opening the sentence, or after "the summit of", "Ministers
# from" (not "Guests of the G7 —", "countries seeking to join the EU —", "Rivals of NATO —")
_DASHED_LEAD = re.compile(r"(?:^\W*|\b(?:summits?|meetings?|members?|leaders|ministers|heads|nations|"
                          r"countries|states)\s+(?:of|from)\s+)(?:the\s+)?$", re.IGNORECASE)


def bloc_nations(doc, text: str, s, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "the BRICS nations—A, B, C" in sentence ``s``."""
    out, ms = [], s.mentions
    for k, m in enumerate(ms[:-1]):
        nxt = ms[k + 1]
        end = end_char(doc, m.end)
        gap = text[end:doc[nxt.start].idx]
        meeting = bool(_MEETING.match(gap))
        glossed = k and ms[k - 1].node == m.node and m.how == "anaphor" and _GLOSS.match(
            text[end_char(doc, ms[k - 1].end):doc[nxt.start].idx])  # "(the informal bloc of"
        lead = _DASHED.match(gap) and _DASHED_LEAD.search(text[s.c_start:doc[m.start].idx])
        dashed = bool(lead) and not _NOT.search(text[s.c_start:s.c_start + lead.start()])  # "Non-members of"
        if (m.kind not in blocs or nxt.kind != country or not (_NOUN.match(gap) or meeting
                                                                 or glossed or dashed)
                or _NOT.search(text[max(s.c_start, doc[m.start].idx - 20):doc[m.start].idx])):
            continue
        group = countries_from(doc, ms, k + 1, country)
        if meeting and text[end_char(doc, group[-1].end):s.c_end].strip(" .\n"):
            continue
        if dashed and not _CLOSING.match(text[end_char(doc, group[-1].end):s.c_end]):
            continue  # "the EU – France and Germany disagree": no list set between dashes
        if len(group) >= 2:
            out.append((group, m))
    return out + _named_after(doc, text, s, country, blocs)


# "Co-owned by A, B, C, D and E – the five original Brics nations – the bank": the list, then
# the bloc's nations in apposition
_DASH_THE = re.compile(r"^\s*[—–]\s*the\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NATIONS = re.compile(r"^\s*(?:member\s+)?(?:nations|states|countries|members)\s*[—–]", re.IGNORECASE)


def _named_after(doc, text: str, s, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "A, B and C – the five original BRICS nations –"."""
    out, ms = [], s.mentions
    for k, m in enumerate(ms):
        if m.kind not in blocs or not k or ms[k - 1].kind != country:
            continue
        group = [c for c in group_around(ms, k - 1, doc, -1) if c.kind == country]
        if (len(group) >= 2 and _DASH_THE.match(text[end_char(doc, ms[k - 1].end):doc[m.start].idx])
                and _NATIONS.match(text[end_char(doc, m.end):])
                and not _NOT.search(text[end_char(doc, ms[k - 1].end):doc[m.start].idx])):
            out.append((group, m))
    return out
