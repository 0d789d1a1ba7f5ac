"""The countries whose leaders or ministers meet for a bloc's own meeting: "The foreign
ministers of A, B, C and D will convene in Washington for the 2025 Quad Foreign Ministers'
Meeting", "Leaders of A, B and C met in Tokyo for the fourth Quad summit". A bloc's summit
or ministers' meeting is held by its members (the annotation conventions: the four leaders
meeting for the first Quad summit are its members), so each country listed is a member.
Only for a meeting the countries meet *for* (not "attended", "on the sidelines of", "at the
invitation of": guests attend and meet at summits too), only for two or more countries
named right after "leaders / ministers / heads of state of", and not after a negation or a
hedge ("could meet", "did not meet"). The meeting's date is not the membership's: no date.
The leaders may also be named one by one in a dashed aside, each by title, name and "of"
country: "we—Prime Minister A of Fiji, ..., and President B of Chile—met for the Quad Summit".
"At" the meeting only in a declaration's preamble, "We, the Heads of State and Government of
A, B, ... met in C at the 10th X Summit".
"""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["bloc_leaders", "meeting_members"]

_OFFICIALS = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?:foreign|defen[cs]e|"
                        r"trade|finance|economy|energy)\s+ministers|ministers|presidents|prime\s+"
                        r"ministers|top\s+diplomats|national\s+security\s+advisers)\s+(?:from|of)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
_MEET_FOR = re.compile(r"^\s*,?\s*(?:(?:will|are\s+set\s+to|are\s+to|are\s+due\s+to)\s+|have\s+|"
                       r"had\s+)?(?:met|meet|convene|convened|gather|gathered|assemble|assembled|"
                       r"come\s+together|came\s+together)\b(?P<mid>[^.;]{0,80}?)\b(?P<prep>for|at)\s+(?:the|a|"
                       r"their)\s+(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_MEETING = re.compile(r"(?:[\s-]+[\w'’-]+){0,3}?\s+(?:summit|meeting|session)\b", re.IGNORECASE)
# "—Prime Minister Anthony Smith of (the)": a dashed aside that names a leader of a country
_TITLED = re.compile(r"[—–]\s*(?:[A-Z][\w.'’-]*\s+){2,7}of\s+(?:the\s+)?$")
_NEXT_TITLED = r"\s*(?:,\s*and|,|and)\s+(?:[A-Z][\w.'’-]*,?\s+){2,8}of\s+(?:the\s+)?"
# a declaration's own preamble, "We, the Heads of State and Government of A, B, ... met in
# Johannesburg at the 10th BRICS Summit": those who declare meet *at* their own summit too
_WE_THE = re.compile(r"^\W*we\s*,\s*the\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|sidelines|invitation|could|might|(?-i:may)|would)\b",  # not "May 2019"
                  re.IGNORECASE)


def meeting_members(doc, text: str, sentence, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for each list of countries whose officials meet for the
    bloc's own summit or meeting in ``sentence`` (its ``mentions`` in order)."""
    mentions, found, k = sentence.mentions, [], 0
    while k < len(mentions):
        m = mentions[k]
        start = doc[m.start].idx
        before = text[max(sentence.c_start, start - 60):start]
        titled = m.kind == country and bool(_TITLED.search(before))
        if m.kind != country or not (titled or _OFFICIALS.search(before)):
            k += 1
            continue
        group, glue = [m], _NEXT_TITLED if titled else r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?"
        while k + 1 < len(mentions) and mentions[k + 1].kind == country and re.fullmatch(
                glue, text[end_char(doc, group[-1].end):doc[mentions[k + 1].start].idx]):
            k += 1
            group.append(mentions[k])
        k += 1
        bloc = mentions[k] if k < len(mentions) and mentions[k].kind in blocs else None
        between = text[end_char(doc, group[-1].end):doc[bloc.start].idx] if bloc else ""
        if titled:  # the aside closes with its dash: "... of Chile—met for"
            between = between[1:] if between[:1] in "—–" else "\n"
        meet = _MEET_FOR.match(between) if bloc else None
        if meet and meet["prep"].lower() == "at" and not _WE_THE.match(
                text[sentence.c_start:doc[group[0].start].idx]):
            meet = None  # guests meet at summits too ("met at the summit")
        if (meet and len(group) >= 2 and not _NOT.search(meet["mid"])
                and _MEETING.match(text, end_char(doc, bloc.end))):
            found.append((group, bloc))
    return found



_LEADERS_ASIDE = re.compile(r"\s+leaders\s*[—–-]\s*")
_FIRST_TITLED = r"(?:[A-Z][\w.'’-]*\s+){2,7}of\s+(?:the\s+)?"


def bloc_leaders(doc, text: str, sentence, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for a bloc's leaders named in a dashed aside, each by title,
    name and "of" country: "The Quad leaders - PM Modi of India, PM Suga of Japan, ... -"
    (two or more countries; the bloc's own leaders are its members)."""
    mentions, found = sentence.mentions, []
    for k, bloc in enumerate(mentions):
        aside = _LEADERS_ASIDE.match(text, end_char(doc, bloc.end)) if bloc.kind in blocs else None
        if not aside or k + 1 >= len(mentions) or mentions[k + 1].kind != country or not re.fullmatch(
                _FIRST_TITLED, text[aside.end():doc[mentions[k + 1].start].idx]):
            continue
        group, j = [mentions[k + 1]], k + 1
        while j + 1 < len(mentions) and mentions[j + 1].kind == country and re.fullmatch(
                _NEXT_TITLED, text[end_char(doc, group[-1].end):doc[mentions[j + 1].start].idx]):
            j += 1
            group.append(mentions[j])
        if len(group) >= 2:
            found.append((group, bloc))
    return found
