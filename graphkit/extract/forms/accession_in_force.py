"""An accession told by its treaty's entry into force: "Treaties aiming for Armenia's and
Kyrgyzstan's accession to the Eurasian Economic Union were signed in 2014. Armenia's accession
treaty came into force on 2 January 2015": the country is a member from that date, of the bloc
the treaty names ("Croatia's Treaty of Accession to the EU entered into force") or else of the
bloc named last in the sentence or the two before."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char, last_bloc

__all__ = ["accession_in_force"]

_IN_FORCE = re.compile(r"\s*['’]s\s+(?:(?:treaty|agreement|protocol)\s+of\s+accession|accession\s+"
                       r"(?:treaty|agreement|protocol))\s+(?P<to>to\s+(?:the\s+)?[^,.;]{2,60}?\s+)?"
                       r"(?:came|comes|entered|enters|went|has\s+come|had\s+come)\s+into\s+(?:force|effect)\b",
                       re.IGNORECASE)


def accession_in_force(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i`` (``words``: its text)."""
    s, out = sents[i], []
    for m in s.mentions:
        if m.kind != country:
            continue
        at = end_char(doc, m.end) - s.c_start
        said = _IN_FORCE.match(words, at)
        if not said:
            continue
        named = [b for b in s.mentions if b.kind in blocs
                 and at <= doc[b.start].idx - s.c_start < said.end()]
        obj = named[0] if said["to"] and named else None if said["to"] else (
            last_bloc(doc, sents, i, blocs, 2))
        date = next((d for d in s.dates if d.start - s.c_start >= said.end()), None)
        if obj is not None and date is not None:
            out.append(([m], obj, date, 0.8, "an accession treaty in force", ""))
    return out
