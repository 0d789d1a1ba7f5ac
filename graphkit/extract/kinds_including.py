"""Objects a verb names by their kind's plural and then lists: "Indonesia has ratified the
agreement and the other conventions, including the Rescue Agreement of 1968, the Liability
Convention of 1972, and the Registration Convention of 1976" ratifies each one listed."""

from __future__ import annotations

from graphkit.extract.groups import ends_of, group_around
from graphkit.extract.schema_words import kind_of_word

__all__ = ["listed_by_kind"]

_REACH = 8  # tokens after the verb in which the plural head noun stands


def listed_by_kind(sent, trigger, kinds, end: int) -> list:
    """The ends listed after "including" that follows, within a few words of ``trigger``, a
    plural head noun of their kind ("conventions, including A, B"), no name between."""
    doc, heads = sent.doc, kind_of_word()
    names = {i for m in sent.mentions for i in range(m.start, m.end)}
    for i in range(trigger.end, min(trigger.end + _REACH, end)):
        if i in names or doc[i].text in {";", ":", "."}:
            return []
        kind = heads.get(doc[i].lower_)
        if kind is None or kind not in kinds or not doc[i].lower_.endswith("s"):
            continue
        at = i + 1 + (doc[i + 1:i + 2].text == ",")
        if doc[at:at + 1].text.lower() != "including":
            return []
        first = next((k for k, m in enumerate(sent.mentions)
                      if at < m.start <= at + 3 and m.end <= end and m.kind == kind), None)  # ": the"
        return [] if first is None else ends_of(group_around(sent.mentions, first, doc, 1), {kind})
    return []
