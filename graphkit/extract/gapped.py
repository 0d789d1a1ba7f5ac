"""Claims whose verb is left out after the first: "Brunei joined ASEAN in 1984, followed by
Vietnam in 1995, Laos and Myanmar in 1997": each group before its own date makes the same
claim, dated by it; "Saudi Arabia has expressed interest in joining, as have Argentina, Egypt
and Thailand": the group after "as have" makes the first claim, dated as it is."""

from __future__ import annotations

from graphkit.extract.groups import End, group_around
from graphkit.extract.patterns import Trigger
from graphkit.extract.sentence import Sentence
from graphkit.extract.vocabulary import GAP_GLUE

__all__ = ["gapped_claims"]

_AUXILIARIES = {"have", "has", "had", "did", "do", "does"}  # ", as have Argentina, Egypt"


def gapped_claims(sent: Sentence, found: list, s_end: int, trigger: Trigger) -> list:
    """(subject, relation, object, factor, date) for each group after the claims ``found``
    (the first one's subject kind, relation and object) that stands before its own date."""
    doc = sent.doc
    subj, rel_type, obj, factor, _ = found[0]
    kinds = {subj.kind}
    i = max([trigger.end] + [c[0].end for c in found]
            + [c[2].end for c in found if c[2].start >= sent.start])
    if i + 3 < s_end and [t.lower_ for t in doc[i:i + 2]] == [",", "as"] and doc[i + 2].lower_ in _AUXILIARIES:
        at = [k for k, m in enumerate(sent.mentions) if m.start == i + 3 and m.kind in kinds]
        return [(End(m.node, m.kind, "name", m.start, m.end), rel_type, obj, factor * 0.9, None)
                for m in group_around(sent.mentions, at[0], doc, 1)] if at else []
    in_date = {k for d in sent.dates for k in range(i, s_end) if d.start <= doc[k].idx < d.end}
    if not sent.dates or doc[i:s_end].text.count(",") + doc[i:s_end].text.count(" and ") == 0:
        return []  # no list after the claim
    extra = []
    while i < s_end:
        while i < s_end and (i in in_date or doc[i].lower_ in GAP_GLUE):
            i += 1
        at = [k for k, m in enumerate(sent.mentions) if m.start == i and m.kind in kinds]
        if not at:
            break
        group = group_around(sent.mentions, at[0], doc, 1)
        j = group[-1].end
        starts = {doc[j].idx, doc[j + 1].idx} if j + 1 < s_end else set()
        date = next((d for d in sent.dates if d.start in starts), None)
        if date is None:
            break
        while j < s_end and doc[j].idx < date.end:
            j += 1
        extra += [(End(m.node, m.kind, "name", m.start, m.end), rel_type, obj, factor * 0.9, date)
                  for m in group]
        i = j
    return extra
