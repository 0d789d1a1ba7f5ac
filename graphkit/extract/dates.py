"""Dates written in a sentence, resolved against the publication date at the text's precision.

"on 30 November 2023" is a day, "in June" a month of the publication's year (or of the
year before, when June has not come yet by the publication), "in 2019" and "last year"
years. A day is given only when the text gives one: "on November 30th" with a
publication dated only ``2024`` is ``2024-11-30``, "in June" is ``2024-06``, never a day.
Every value is checked by :func:`graphkit.io.dates.parse_partial_date`. :func:`date_for`
says which trigger of a sentence each date belongs to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import CONTRAST_TURN
from graphkit.io.dates import parse_partial_date

if TYPE_CHECKING:
    from graphkit.extract.patterns import Trigger

__all__ = ["AGE_WORDS", "DateMention", "date_for", "find_dates", "is_month_name", "month_number",
           "parse_published", "shared_dates", "year_in_brackets"]

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def is_month_name(word: str) -> bool:
    """Whether a word is a month's name or its abbreviation ("June", "Jun", "Sept."; not
    "decided")."""
    return word.lower().rstrip(".") in _MONTHS


def month_number(name: str) -> int | None:
    """A month's number from its name or the first three letters of it ("June", "Jun",
    "Sept."); None for no month."""
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _MONTHS.get(name[:3])


_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
       r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

#: an agreement kind's head nouns, capitalised as in a name ("the Rescue Agreement of 1968")
_AGREEMENT_HEADS = "|".join(sorted(w.capitalize() for w, kind in kind_of_word().items()
                                   if kind == kind_of_word()["agreement"]))

# Longest forms first: each match consumes its text, so "30 November 2023" is one date.
_PATTERNS = [
    ("iso-day", re.compile(r"\b(?P<year>(?:19|20)[0-9]{2})-(?P<m>[0-9]{2})-(?P<day>[0-9]{2})\b")),
    # a span of days is dated by its first: "met in Brussels on 4-5 June 2014", "June 4-5, 2014"
    ("day-month-year", re.compile(rf"\b{_DAY} ?[-–] ?[0-9]{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MON},? {_YEAR}\b")),
    ("month-day-year", re.compile(rf"\b{_MON} {_DAY} ?[-–] ?[0-9]{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b")),
    ("day-month-year", re.compile(rf"\b{_DAY} (?:of )?{_MON},? {_YEAR}\b")),
    ("month-day-year", re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b")),
    ("month-year", re.compile(rf"\b{_MON},? {_YEAR}\b")),
    # "in December of the same year": the year of the date before it (see find_dates)
    ("same-year", re.compile(rf"\b(?:{_MON} (?:of )?(?:the )?same year|(?:[Ll]ater|[Ee]arlier) (?:that|"
                             rf"the same) year|(?:in )?(?:that|the) same year)\b")),
    # "A year later, A and B joined": the year of the date before it, counted on (see find_dates)
    ("years-later", re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[0-9]{1,2}) "
                               r"years? later\b")),
    # "from Jan 1 next year", "in March last year": the day or month in the year named after it
    ("month-day-rel", re.compile(rf"\b{_MON} {_DAY},? (?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b(?!['’]s)")),
    ("day-month-rel", re.compile(rf"\b{_DAY} (?:of )?{_MON},? (?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b(?!['’]s)")),
    ("month-rel", re.compile(rf"\b{_MON} (?:of )?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b(?!['’]s)")),
    ("day-month", re.compile(rf"\b{_DAY} (?:of )?{_MON}\b")),
    ("month-day", re.compile(rf"\b{_MON} {_DAY}\b(?!,? (?:19|20)[0-9]{{2}})(?![0-9])")),
    ("in-month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|"
                            rf"[Oo]n|[Ll]ast|[Tt]his|[Ff]rom|[Uu]ntil) {_MON}(?![a-z])")),
    # "applied in 2022 or 2023": no one year is stated, so none is taken (the match consumes both)
    ("either-year", re.compile(rf"\b{_YEAR} or (?:19|20)[0-9]{{2}}\b")),
    # "ratified the Rescue Agreement of 1968 in 2013": the year names the agreement (consumed, no date)
    ("name-year", re.compile(rf"\b(?:{_AGREEMENT_HEADS}) of {_YEAR}\b")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|"
                        rf"[Bb]y|[Oo]f|[Tt]hroughout) (?:early |late |mid-?)?{_YEAR}\b(?![-–][0-9])")),
    ("year", re.compile(rf"\b[Ii]n{_YEAR}\b")),  # "followed by Vietnam in1995": a lost space
    ("relative-year", re.compile(r"\b(?P<rel>last|this|past|previous|next) year\b", re.IGNORECASE)),
    ("relative-month", re.compile(r"\b(?:earlier |later )?(?P<rel>last|this|previous) month\b",
                                  re.IGNORECASE)),
    ("relative-day", re.compile(r"\b(?P<rel>yesterday|today)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?:on |last )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)\b")),
]


@dataclass(frozen=True)
class DateMention:
    """A date in the text: its characters, its ISO value at its precision, and the rule."""

    start: int
    end: int
    value: str
    rule: str


def parse_published(text: str | None) -> tuple[int, int | None, int | None] | None:
    """``--published`` as (year, month or None, day or None); ``None`` when not given.

    Raises
    ------
    ValueError
        When ``text`` is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Examples
    --------
    >>> parse_published("2024-08"), parse_published(None)
    ((2024, 8, None), None)
    """
    if text is None:
        return None
    parse_partial_date(text)
    parts = [int(p) for p in text.split("-")]
    return parts[0], (parts[1] if len(parts) > 1 else None), (parts[2] if len(parts) > 2 else None)


def _month_year(month: int, published) -> int | None:
    """The year of a month named without one: the publication's, or the year before when
    that month lies after the publication's month, or the year after when it lies ten months
    or more before it ("on January 1" in a December article: the coming New Year's Day)."""
    if published is None:
        return None
    year, pmonth, _ = published
    if pmonth is not None and pmonth - month >= 10:
        return year + 1
    return year - 1 if pmonth is not None and month > pmonth else year


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    try:
        return parse_partial_date(text)
    except ValueError:
        return None


def _resolve(rule: str, m: re.Match, published) -> str | None:
    groups = m.groupdict()
    month = _MONTHS.get((groups.get("mon") or "").lower().rstrip(".")[:4].rstrip("t")
                        if groups.get("mon") else "", None)
    if groups.get("mon") and month is None:
        month = _MONTHS.get(groups["mon"].lower().rstrip(".")[:3])
    day = int(groups["day"]) if groups.get("day") else None
    if rule == "iso-day":
        return _iso(int(groups["year"]), int(groups["m"]), day)
    if rule in ("day-month-year", "month-day-year", "month-year"):
        return _iso(int(groups["year"]), month, day)
    if rule in ("day-month", "month-day", "in-month"):
        year = _month_year(month, published)
        return _iso(year, month, day) if year else None
    if rule in ("either-year", "name-year"):
        return None
    if rule == "year":
        return _iso(int(groups["year"]))
    if published is None:
        return None
    year, pmonth, pday = published
    rel = (groups.get("rel") or "").lower()
    if rule in ("relative-year", "month-day-rel", "day-month-rel", "month-rel"):
        return _iso(year + {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[rel],
                    month, day)
    if rule == "relative-month":
        if pmonth is None:
            return None
        if rel == "this":
            return _iso(year, pmonth)
        return _iso(year - 1, 12) if pmonth == 1 else _iso(year, pmonth - 1)
    if pday is None:  # a weekday, today or yesterday needs a published day
        return None
    published_day = dt.date(year, pmonth, pday)
    if rule == "relative-day":
        return (published_day - dt.timedelta(days=1 if rel == "yesterday" else 0)).isoformat()
    back = (published_day.weekday() - _WEEKDAYS.index(groups["wd"].lower())) % 7
    return (published_day - dt.timedelta(days=back)).isoformat()


def find_dates(text: str, published: str | None = None, *, offset: int = 0,
               earlier: list[DateMention] = ()) -> list[DateMention]:
    """Every date written in ``text``, resolved against ``published`` (``YYYY[-MM[-DD]]``).

    Dates that need the publication date (a month without a year, "last year", "on
    Tuesday") are left out when it is not given or too coarse; those that need a date before
    them ("later that year", "a year later") take it from ``text`` or else from ``earlier``
    (the dates of the sentences before). ``offset`` is added to the character positions.

    Examples
    --------
    >>> [d.value for d in find_dates("In June, Egypt signed; on 30 November 2023 Peru.", "2024-08")]
    ['2024-06', '2023-11-30']
    >>> [d.value for d in find_dates("Last year, on November 30th.", "2024")]
    ['2023', '2024-11-30']
    >>> [d.value for d in find_dates("It happened on Tuesday.", "2024-08")]
    []
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    same: list[re.Match] = []
    parsed = parse_published(published)
    for rule, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if rule in ("same-year", "years-later"):
                same.append((rule, m))
                continue
            value = _resolve(rule, m, parsed)
            if value:
                found.append(DateMention(m.start() + offset, m.end() + offset, value, rule))
    found = _years_shared(text, found, offset)
    for rule, m in sorted(same, key=lambda ruled: ruled[1].start()):  # once every other date is known
        value = _same_year(m, list(earlier) + [d for d in found if d.start < m.start() + offset])
        if value and rule == "years-later":  # "a year later": the year after, at a year's precision
            value = str(int(value[:4]) + (_COUNTED.get(m["n"].lower()) or int(m["n"])))
        if value:
            found.append(DateMention(m.start() + offset, m.end() + offset, value, rule))
    return sorted(found, key=lambda d: d.start)


_COUNTED = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_JOINING = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|through|-|–|—)\s*(?:on\s+|in\s+)?$")
_FULL = {"day-month-year", "month-day-year", "month-year"}
_PARTIAL = {"day-month", "month-day", "in-month"}


def _years_shared(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """``found`` with a day and month (or a month) joined to a full date after them taking its
    year ("on 9 October and 23 December 2014": 2014-10-09, not the publication's year), or the
    year before when they fall after it ("from 31 December to 2 January 2015": 2014-12-31)."""
    out = []
    for d in found:
        after = next((e for e in found if e.rule in _FULL and e.start >= d.end
                      and _JOINING.match(text[d.end - offset:e.start - offset])), None)
        if d.rule in _PARTIAL and after is not None:
            year = int(after.value[:4]) - (d.value[5:] > after.value[5:len(d.value)])
            d = DateMention(d.start, d.end, f"{year:04d}{d.value[4:]}", d.rule)
        out.append(d)
    return out


def _same_year(m: re.Match, before: list[DateMention]) -> str | None:
    """"December of the same year", "later that year": the year of the last date before it."""
    years = sorted(before, key=lambda d: d.start)
    if not years:
        return None
    mon = m.groupdict().get("mon")
    month = _MONTHS.get(mon.lower().rstrip(".")[:3]) if mon else None
    return _iso(int(years[-1].value[:4]), month)


def date_for(trigger: Trigger, triggers: list[Trigger], dates: list[DateMention], doc,
              opens: int = -1):
    """The date of ``trigger``'s clause: a date belongs to the last trigger before it ("Finland
    joined NATO on Tuesday, as leaders signed"), or to the first one when it opens the
    sentence ("In 2019, Russia and China initiated"; the first one not negated: "In 1999
    Azerbaijan refused to sign and withdrew"); the nearest of its own dates."""
    def owner(d: DateMention) -> Trigger:
        before = [t for t in triggers if doc[t.start].idx < d.start]
        return before[-1] if before else next((t for t in triggers if not t.negated), triggers[0])

    if any(AGE_WORDS & set(spec.phrase.split()) for spec in trigger.specs):
        return None  # "marked the 20th anniversary of its membership on Tuesday": not the joining's day
    own = [d for d in dates if owner(d) == trigger]
    start = doc[trigger.start].idx
    if not own and trigger.start and doc[trigger.start - 1].lower_ in {"founding", "original"}:
        # "was created in 2009 by four founding members including A": the founding's date
        own = [d for d in dates if d.start < start and _FOUNDED & {
            t.lower_ for t in doc[max(0, _token_at(doc, d.start) - 4):_token_at(doc, d.start)]}]
    turn = next((t.idx for t in doc[trigger.end:_token_at(doc, max(d.start for d in own))]
                 if t.lower_ in CONTRAST_TURN), None) if own else None
    if turn is not None:  # "named after its members (A, B), although, as of 1 January 2024,
        own = [d for d in own if d.start < turn]  # C and D": the other clause's date
    if _at_present(doc, trigger.start):  # "was founded on Aug. 8, 1967, and currently
        own = [d for d in own if d.start > start]  # includes A, B": today's members
    opening = [d for d in own if d.start == opens]
    if opening:  # "In 2017, India and Pakistan joined, followed by Iran in 2023"
        return opening[0]
    after = [d for d in own if d.start > start]  # "independence in 2002 and applied in 2011"
    return min(after or own, key=lambda d: abs(d.start - start)) if own else None


_PRESENT = {"currently", "presently"}
#: the words of a trigger's phrase that tell a state's age: "marks NATO membership anniversary",
#: "celebrates 20 years of membership in NATO" (the day said is the celebration's)
AGE_WORDS = {"anniversary", "years"}
_FOUNDED = {"founded", "created", "established", "formed", "launched", "initiated", "inaugurated",
            "set", "born"}


def _token_at(doc, char: int) -> int:
    """The index of the token that starts at or first after character ``char``."""
    return next((t.i for t in doc if t.idx >= char), len(doc))


def _at_present(doc, start: int) -> bool:
    """Whether the trigger at ``start`` tells the state at the time of writing: "currently
    includes", "and now includes" (not a date of the sentence's earlier clause)."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return bool(_PRESENT & set(before)) or before == ["and", "now"]


_YEAR_ONLY = re.compile(_YEAR)
_COORDINATION = 4  # words from a name to the bracket of the group it ends ("India and Pakistan")


def year_in_brackets(doc, end: int, sent_end: int) -> DateMention | None:
    """The date in brackets right after a name, or after the coordinated names it starts,
    with no comma between ("India and Pakistan (2017), Iran (2022), and Belarus (2024)",
    "Canada (since 1976)", "Hungary (April 2003)")."""
    for i in range(end, min(end + _COORDINATION + 1, sent_end - 2)):
        if doc[i].text in {",", ";", ")"}:
            return None
        if doc[i].text == "(":
            return _bracket_date(doc, i, sent_end)
    return None


_INSIDE = 6  # words a name's own bracket may hold ("since 1 July 2013")
_SINCE = {"since", "starting", "from"}
_DEADLINE = {"by", "until", "till", "before"}  # "Ukraine (by 2030)": a target, not a start
_LIST_MARKS = {",", "and", "or", ":", ";", "including"}


def _bracket_close(doc, i: int, sent_end: int) -> int | None:
    """The closing bracket of the one opening at token ``i``, if it holds 1 to ``_INSIDE`` words."""
    close = next((j for j in range(i + 1, min(i + _INSIDE + 2, sent_end)) if doc[j].text == ")"), None)
    return None if close is None or close == i + 1 else close


def _bracket_date(doc, i: int, sent_end: int) -> DateMention | None:
    """The date that the bracket opening at token ``i`` holds and nothing else: "(2017)",
    "(since 1976)", "(April 2003)", "(from 1 July 2013)"; not a target ("(by 2030)")."""
    close = _bracket_close(doc, i, sent_end)
    if close is None or doc[i + 1].lower_ in _DEADLINE:
        return None
    first = i + 1 + (doc[i + 1].lower_ in _SINCE and close > i + 2)
    text, at = doc[first:close].text, doc[first].idx
    if _YEAR_ONLY.fullmatch(text):
        return DateMention(at, at + 4, text, "year in brackets")
    found = find_dates(text, None)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
    return DateMention(at, at + len(text), found[0].value, "year in brackets") if whole else None


def _listed(doc, k: int, start: int) -> bool:
    """Whether the words from token ``k`` are an item of a list: a list mark (or the
    sentence's start) before them, "the" aside."""
    k -= k > start and doc[k - 1].lower_ == "the"
    return k <= start or doc[k - 1].lower_ in _LIST_MARKS


def shared_dates(doc, dates: list[DateMention], names, start: int, end: int) -> list[DateMention]:
    """The dates of sentence ``start`` to ``end`` less those of a bracket that tells the time
    of one item of a list alone: a listed name's date ("Canada (since 1976)", "including
    Croatia (July 2013)"), or a listed item's start ("and the President of the European
    Commission (starting officially in 1981)"); not the clause's ("a member of NATO (since
    April 2023)", "a ceremony in the United States (July 2023)")."""
    name_at = {m.end: m for m in names if start <= m.start < end}
    own = []
    for i in range(start, end - 2):
        close = _bracket_close(doc, i, end) if doc[i].text == "(" else None
        if close is None:
            continue
        name = name_at.get(i)
        if name is not None:
            mine = _listed(doc, name.start, start) and (
                doc[i + 1].lower_ in _SINCE or _bracket_date(doc, i, end) is not None)
        else:  # "and the President of the European Commission (starting ...)"
            mark = next((k for k in range(i - 1, max(start, i - 8) - 1, -1) if doc[k].lower_ in _LIST_MARKS), None)
            mine = doc[i + 1].lower_ in _SINCE and mark is not None
        if mine:
            own.append((doc[i].idx, doc[close].idx))
    return [d for d in dates if not any(a <= d.start < b for a, b in own)]
