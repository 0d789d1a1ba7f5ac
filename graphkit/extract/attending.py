"""Who attends is no member: a list after "including" that names those present at a
meeting ("with world leaders in attendance including the US President and the Chinese
President", "a summit attended by leaders including ...") says who came, not who belongs to
the bloc the meeting is of; and taking part in, or joining, a meeting ("took part in the
meeting alongside the organisation's secretary-general") is no act on the organisation."""

from __future__ import annotations

import re

from graphkit.extract.time_owners import time_owned
from graphkit.extract.vocabulary import EVENTS, OWNER_MARKS, VISITORS, event_after

__all__ = ["an_event_after", "attendees", "delegates_before", "event_included", "gathered", "guests_joining",
           "there_at"]

_PRESENT = {"attendance", "attending", "attended", "attendees", "guests", "participants",
            "present", "invitees", "dignitaries", "delegations", "delegates", "visitors"}


def attendees(doc, start: int, sent_start: int) -> bool:
    """Whether the trigger at ``start`` ("including") lists those present: a word of
    attendance among the three words before it, a comma aside, or in the clause of an
    "include" ("other nations present at the meeting included"); or the trigger is "joined
    by" after an event."""
    if doc[start].lower_ in {"include", "includes", "included"}:  # "other nations present at
        words, i = [], start - 1  # the meeting included A, B": the clause's own words
        while i >= sent_start and len(words) < 6 and doc[i].text not in {",", ";", ":"}:
            words.append(doc[i].lower_)
            i -= 1
        return bool(_PRESENT & set(words))
    if doc[start].lower_ != "including":
        return _event_joined(doc, start, sent_start)
    words = [t.lower_ for t in doc[max(sent_start, start - 4):start] if t.text != ","]
    return bool(_PRESENT & set(words[-3:]))


#: who a country sends: "delegates from A, B", "troops from A, B", "special purpose formations from A, B"
_SENT = {"delegates", "delegations", "delegation", "representative", "representatives", "troops", "soldiers",
         "peacekeepers", "contingent", "contingents", "formations", "unit", "units", "battalion", "battalions",
         "paratroopers"}
_BEHALF = 8  # tokens before a list in which "on behalf of" stands ("... of the Group of 77 and China")


def delegates_before(doc, first: int) -> bool:
    """Whether a list at ``first`` is of delegates ("the group comprised delegates from A, B
    and C" at a session of the Committee, "the representative of Egypt") or of troops sent
    ("comprises some 600 troops from A, B and C": a mission's contributors) or of those a
    statement speaks for ("on behalf of the Group of 77 and China", "on behalf of A, B and
    C"), or of the people an event hosts (:func:`_hosted`) or a photo's caption shows
    (:func:`_captioned`): who came or spoke, not (by that) who is a member."""
    k = first - int(first >= 1 and doc[first - 1].lower_ == "the")  # "forces of the A, B"
    words = [t.lower_ for t in doc[k - 2:k]] if k >= 2 else []
    if words[:1] and words[0] in _SENT and words[1:] in (["from"], ["of"]):
        return True
    before = [t.lower_ for t in doc[max(0, first - _BEHALF):first]]
    return any(before[i:i + 3] == ["on", "behalf", "of"] and not {".", ";"} & set(before[i:])
               for i in range(len(before) - 2)) or _hosted([t.lower_ for t in doc[max(0, first - _HOSTED):first]]
                                                           ) or _captioned(_line_opening(doc, first)) or (
        event_included(doc, first))


def event_included(doc, first: int) -> bool:
    """Whether the words before token ``first`` (a list's, or the end of a reverse trigger) are
    "a meeting of ..., which also included": the meeting's people ("hosted a meeting of Quad
    nations, which also included Brazil")."""
    before = [t.lower_ for t in doc[max(0, first - _HOSTED):first]]
    if before[-3:] not in (["which", "also", "included"], ["that", "also", "included"]):
        return False  # not "BRICS, which now included Iran": the bloc's
    at = max((k for k, w in enumerate(before) if w in {"which", "that"}), default=0)
    return any(w in EVENTS and before[k + 1:k + 2] == ["of"] for k, w in enumerate(before[:at]))


_HOSTING = {"host", "hosts", "hosted", "hosting", "welcomes", "welcomed", "welcoming"}


_HOSTED = 14  # tokens before a list in which an event's hosting of its people stands


def _hosted(before: list[str]) -> bool:
    """Whether the words before a list say an event hosts its people, a colon opening the list
    ("G20 2017 also hosts the leaders from the following nations: A, B", a name no node stands
    for first): its guests; not "hosted by A, B", nor "hosted the leaders of A, B and C, its
    fellow members of NATO"."""
    at = max((k for k, w in enumerate(before) if w in _HOSTING), default=None)
    rest = before[at + 1:] if at is not None else []
    if ":" not in rest:
        return False
    opening = rest[:rest.index(":")]
    return (bool(opening) and opening[0] != "by" and bool(VISITORS & set(opening))
            and "," not in opening and not {".", ";"} & set(rest))  # (the opening is part of the rest)


#: a caption's marks: "(L to R)", "(left to right)", "From left:" (not "From left, the ministers
#: of A and B, the alliance's newest members, arrive")
_CAPTION = re.compile(r"\(\s*(?:l\s+to\s+r|left\s+to\s+right)\s*\)|\b(?:from\s+left|left\s+to\s+right)\s*:")


_LINE = 400  # tokens back to a line's start


def _line_opening(doc, first: int) -> list[str]:
    """The first eight words (lower case) of the line token ``first`` stands in, up to it."""
    i = first
    while i > max(0, first - _LINE) and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_space:
        i -= 1
    return [t.lower_ for t in doc[i:min(first, i + 8)]]


def _captioned(opening: list[str]) -> bool:
    """Whether a photo's caption opens the line ("Front Row (L to R): Brazilian President Jair
    Bolsonaro, French President Emmanuel Macron, ... (Host), ..."): who stood in the picture."""
    return bool(_CAPTION.search(" ".join(opening)))


_THEY_JOINED = re.compile(r"^\W*they\s+(?:will\s+be|were|are|have\s+been|had\s+been|would\s+be)\s+joined\s+by\b",
                          re.IGNORECASE)


def guests_joining(doc, start: int, first: int, before_start: int, before_first: int) -> bool:
    """Whether the sentence at ``start`` opens "They will be joined by" before its list (at
    ``first``) and the sentence before (from ``before_start``) opens with people whose names
    follow, its first name at ``before_first`` ("Ministers from the G8 – A, B – will take part
    in X. They will be joined by C, D": the ministers' guests, no members; not "Officials said
    A and B had joined the SCO. They were joined by C")."""
    if not _THEY_JOINED.match(doc[start:first].text):
        return False
    words = [t.lower_ for t in doc[before_start:before_first]]
    return any(w in VISITORS and words[k + 1:k + 2] in ([], ["from"], ["of"], ["–"], ["—"], ["-"])
               for k, w in enumerate(words))


def there_at(words: list[str]) -> bool:
    """Whether the words after a list (lower case) place it at something, with no verb of its
    own ("The United States at the 2022 COPUOS Legal Subcommittee"): who was there, not who
    belongs; not "at present", "at least", "at the time", "at the same time"."""
    return words[:1] == ["at"] and not {"present", "least", "once", "time", "first"} & set(words[1:])


def gathered(doc, start: int, first: int) -> bool:
    """Whether an event brings together or gathers those listed from token ``first`` on, in words
    from ``start`` ("The summit brings together world leaders ..., including presidents of A, B",
    "The NATO summit gathered leaders from A, B")."""
    words = [t.lower_ for t in doc[start:first]]
    at = next((k for k in range(1, len(words)) if words[k] == "together"
               and words[k - 1] in {"brings", "bring", "brought", "bringing"}
               or words[k] in {"gather", "gathers", "gathered"}  # not "ministers gathered in Astana,
               and not {",", "where", "which"} & set(words[k:])), None)  # where Iran was welcomed"
    return at is not None and bool(EVENTS & set(words[:at]))


def _event_joined(doc, start: int, sent_start: int) -> bool:
    """Whether the trigger at ``start`` is "(will) be joined by" after an event ("The ASEAN
    summit in Brunei will be joined by the leaders of China and Russia"): guests."""
    words = [t.lower_ for t in doc[start:start + 4]]
    joined = "joined" in words[:-1] and words[words.index("joined") + 1] == "by"
    return joined and bool(EVENTS & {t.lower_ for t in doc[max(sent_start, start - 6):start]})


_PEOPLE = {"members", "leaders", "allies", "counterparts", "partners", "officials", "ministers"}
_HOSTS = {"leaders", "officials", "ministers", "counterparts"}
_GROUPS = {"countries", "nations", "states", "forces", "troops"}
_WORKS = {"mechanisms", "mechanism", "initiatives", "projects", "activities", "documents", "agenda"}
_AFTER_EVENT = {"in", "on", "at", "of", "alongside", "with", "held", "hosted", "and", "as",
                "for", "which", "that", "there", "here", "today", "yesterday"}


def an_event_after(doc, end: int, sent_end: int) -> bool:
    """Whether a verb's object is an event ("took part in the meeting", "joined the talks
    in Geneva"), those at one ("will join NATO members for the alliance's summit") or those
    in an act ("joined NATO countries in ensuring the peace"), not the organisation named."""
    k = end
    while k < sent_end and (doc[k].lower_ in {"the", "a", "an", "this", "that", "its", "their"}
                            or time_owned(doc, k)):  # "join this year's Artemis Accords signing ceremony"
        k += 1
    if k < sent_end and doc[k].lower_ in {"delegations", "delegates"}:
        return True  # "joined delegations from around the globe ... at the session": a guest
    people = next((j for j in range(k, min(k + 3, sent_end)) if doc[j].lower_ in _HOSTS), None)
    if people is not None and all(t.text[:1].isupper() for t in doc[k:people]):
        return True  # "Modi will join G7 leaders this week during a summit": a guest of theirs
    named = k  # "participated in a BRICS sherpa meeting": a name and a word before the event
    while k < sent_end and k - named < 4 and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha:
        k += 1
    if named == k < sent_end - 1 and doc[k].is_alpha and doc[k + 1].text in OWNER_MARKS:
        k += 1  # "the alliance's military drills"
    if named < k < sent_end and doc[k].lower_ in _WORKS:
        return True  # "will participate in BRICS mechanisms": the bloc's works, not the bloc
    if named < k < sent_end and doc[k].text in OWNER_MARKS:  # "participated in NATO's military drills"
        k += 1
        while k < min(named + 5, sent_end - 1) and doc[k].is_lower and doc[k].lower_ not in EVENTS | _WORKS:
            k += 1
        if doc[k].lower_ in _WORKS:
            return True  # "contribute to the group's outcome documents": its works
    if (named < k < sent_end - 2 and doc[k].lower_ in _PEOPLE | _GROUPS and doc[k + 1].lower_ == "in"
            and doc[k + 2].lower_.endswith("ing") and doc[k + 2].is_alpha):
        return True  # "troops joined NATO countries in ensuring the peace": their act, not the bloc
    if named < k < sent_end - 1 and doc[k].lower_ in _PEOPLE and doc[k + 1].lower_ in {"for", "at", "in"}:
        return bool(EVENTS & {t.lower_ for t in doc[k + 2:min(k + 7, sent_end)]})  # "will join
        # NATO members for the alliance's summit": guests at it
    if named < k < sent_end - 1 and doc[k].is_lower and doc[k + 1].lower_ in EVENTS:
        k += 1
    elif named < k < sent_end and event_after(doc, k, sent_end):
        return True  # "joined NATO defense ministers meetings"
    if k >= sent_end or doc[k].lower_ not in EVENTS:
        return False
    return k + 1 >= sent_end or not doc[k + 1].is_alpha or doc[k + 1].lower_ in _AFTER_EVENT
