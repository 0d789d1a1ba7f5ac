"""A depositary's list of participants, as the UN Treaty Collection gives each treaty's status:
a header "Participant  Signature  Ratification, Accession(a), Succession(d)", then one entry
per state, its name, the date it signed, and the date of its consent to be bound with a letter
for how it gave it ("Austria 21 May 1980 11 Jun 1984", "Armenia 19 Jan 2018 a"). Pages often
keep the list run together ("Armenia19 Jan 2018 aAustralia 7 Jul 1986 a"); the dates and the
letters mark where each entry ends.

The treaty is the node whose name or alias the page gives before the list. An entry with two dates
signed on the first and ratified (or accepted or approved) on the second; with one date and
"a" it acceded, with "d" it succeeded; with one date and no letter it signed. A name the
country library does not know gives no claim.
"""

from __future__ import annotations

import re

from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import month_number
from graphkit.io.countries import to_iso3

__all__ = ["depositary_claims"]

_ACT = (r"(?:Ratification|Accession|Acceptance|Approval|Succession|Formal confirmation|"
        r"Definitive signature|Consent to be bound)(?:\s*\((?:AA|A|a|d|c|s)\))?")
_HEAD = re.compile(r"Participant(?:\s|<[^>]*>|\d)*Signature(?:\s*,?\s*Succession to "
                   rf"signature\s*\(d\))?(?:[\s,]*{_ACT})+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_DATE = re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH})[a-z]* (?P<y>\d{{4}})"
                   r"(?:[ \t]*(?P<how>AA|A|a|d)(?![a-z]))?")
_END = re.compile(r"Declarations|Objections|Reservations|Notes:|Territorial Application|"
                  r"Communications")
#: what the letter after the second column's date says the state did
_BOUND = {None: "RATIFIED", "A": "RATIFIED", "AA": "RATIFIED", "a": "ACCEDED_TO",
          "d": "SUCCEEDED_TO"}
_TAG = re.compile(r"<[^>]*>[^<]*</[^>]*>|<[^>]*>")  # "<superscript>2</superscript>": a note


def depositary_claims(text: str, gazetteer, agreement: str, offset: int = 0) -> list[Candidate]:
    """The claims of every participants' list in ``text`` (character offsets plus
    ``offset``), for the node of kind ``agreement`` the text names before it."""
    claims: list[Candidate] = []
    for head in _HEAD.finditer(text):
        treaty = gazetteer.named_in(text[:head.start()], agreement)
        if treaty is None:
            continue
        stop = _END.search(text, head.end())
        body_end = stop.start() if stop else len(text)
        claims += _entries(text, head.end(), body_end, treaty, offset)
    return claims


def _entries(text: str, start: int, end: int, treaty: str, offset: int) -> list[Candidate]:
    out: list[Candidate] = []
    name_start, dates = start, []

    def close() -> None:
        name = " ".join(_TAG.sub("", text[name_start:dates[0].start()]).split()).rstrip("0123456789")
        state = to_iso3(name.strip()) if name else None
        if state is None:
            return
        evidence_end = dates[-1].end()
        evidence = text[name_start:evidence_end].strip()
        first = name_start + len(text[name_start:evidence_end]) - len(
            text[name_start:evidence_end].lstrip())
        for column, date in _columns(dates):
            day = f"{date.group('y')}-{month_number(date.group('m')):02d}-{int(date.group('d')):02d}"
            out.append(Candidate(
                state, column, treaty, day, evidence, first + offset, evidence_end + offset, 0.9,
                f"depositary: a list of participants; column:{column.lower()}",
                f"0-{len(name)}", "", "the entry's date"))

    for date in _DATE.finditer(text, start, end):
        if dates and text[dates[-1].end():date.start()].strip():  # a name between: a new entry
            close()
            name_start, dates = dates[-1].end(), []
        dates.append(date)
    if dates:
        close()
    return out


def _columns(dates: list[re.Match]) -> list[tuple[str, re.Match]]:
    """(relation, date) of one entry's dates: signature first, then consent to be bound."""
    if len(dates) >= 2:
        return [("SIGNED", dates[0]), (_BOUND.get(dates[1].group("how"), "RATIFIED"), dates[1])]
    how = dates[0].group("how")
    return [(_BOUND[how] if how else "SIGNED", dates[0])]
