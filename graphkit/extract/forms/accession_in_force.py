"""An accession told by its treaty's entry into force: "Treaties aiming for Armenia's and
Kyrgyzstan's accession to the Eurasian Economic Union were signed in 2014. Armenia's accession
treaty came into force on 2 January 2015": the country is a member from that date, of the bloc
the treaty names ("Croatia's Treaty of Accession to the EU entered into force") or else of the
bloc "accession to" names beside the country in the two sentences before; at the date after the
clause, else the one before it."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["accession_in_force"]

# "Armenia's accession treaty (to the EAEU) came into force", "Croatia's Treaty of Accession to
# the European Union entered into force": done (not "comes into force once", "never came")
_IN_FORCE = re.compile(r"\s*['’]s\s+(?i:(?:treaty|agreement|protocol)\s+of\s+accession|accession\s+"
                       r"(?:treaty|agreement|protocol))\s+(?P<to>(?i:to\s+(?:the\s+)?)(?:[A-Z][\w-]*\s+){1,6})?"
                       r"(?i:came|entered|went|has\s+come|had\s+come)\s+(?i:into\s+(?:force|effect))\b")
# "If Serbia's accession treaty comes into force", "Had it come into force": a condition
_CONDITION = re.compile(r"^\W*(?:if|had|unless|once|when|should)\b", re.IGNORECASE)
# "Treaties aiming for Armenia's ... accession to the Eurasian Economic Union": the bloc a
# sentence before names as the one the country accedes to
_ACCESSION_TO = re.compile(r"\baccession\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def accession_in_force(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i`` (``words``: its text)."""
    s, out = sents[i], []
    for m in s.mentions:
        if m.kind != country or _CONDITION.match(words[:doc[m.start].idx - s.c_start]):
            continue
        at = end_char(doc, m.end) - s.c_start
        said = _IN_FORCE.match(words, at)
        if not said:
            continue
        named = [b for b in s.mentions if b.kind in blocs
                 and at <= doc[b.start].idx - s.c_start < said.end()]
        obj = (named[0] if named else None) if said["to"] else _acceded_before(doc, sents, i, m.node, blocs)
        date = next((d for d in s.dates if d.start - s.c_start >= said.end()), None) or next(
            (d for d in reversed(s.dates) if d.end - s.c_start <= doc[m.start].idx - s.c_start), None)
        if obj is not None and date is not None:  # "On 2 January 2015, Armenia's accession treaty"
            out.append(([m], obj, date, 0.8, "an accession treaty in force", ""))
    return out


def _acceded_before(doc, sents, i, country: str, blocs):
    """The bloc "accession to" names in one of the two sentences before, beside the country."""
    for s in (sents[k] for k in range(i - 1, max(-1, i - 3), -1)):
        if country not in {m.node for m in s.mentions}:
            continue
        text = doc.text[s.c_start:s.c_end]
        for b in s.mentions:
            if b.kind in blocs and _ACCESSION_TO.search(text[:doc[b.start].idx - s.c_start]):
                return b
    return None
