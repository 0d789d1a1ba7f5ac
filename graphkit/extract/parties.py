"""Who else acts in a trigger's claim, in a :class:`~graphkit.extract.sentence.Sentence`:
the sides "between" or "with" of an agreement ("signed a memorandum with the Egyptian Space
Agency on the ILRS": each side signs), the group after "by" behind the object ("the
signature of the Accords by Angola") and the country "on behalf of" which a minister signs."""

from __future__ import annotations

from graphkit.extract import vocabulary as vocab
from graphkit.extract.groups import End, ends_of, group_around
from graphkit.extract.patterns import Trigger
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.sentence import Sentence

__all__ = ["agents", "on_behalf", "parties"]


def agents(sent: Sentence, objects: list[End], kinds, end: int) -> list[End]:
    """"the signature of the Accords by Angola": the group after "by" behind the object."""
    after = max((o.end for o in objects), default=0)
    if not objects or after >= end or sent.doc[after].lower_ != "by":
        return []
    found = [i for i, m in enumerate(sent.mentions)
             if after < m.start <= after + 2 and m.end <= end and m.kind in kinds]
    return ends_of(group_around(sent.mentions, found[0], sent.doc, 1), kinds) if found else []


def parties(sent: Sentence, trigger: Trigger, objects: list[End], kinds, *, after: int | None = None
            ) -> list[End]:
    """The group after "between" or "with" that stands between a trigger and its object:
    "signed a memorandum with the Egyptian Space Agency on the ILRS", "a cooperation
    agreement between the CNSA and the EGSA on the ILRS" (each side signs)."""
    first = min((o.start for o in objects), default=trigger.end)
    span = range(trigger.end, first)
    if after is not None:  # "the agreement made between Russia and China"
        first = sent.end
        span = range(objects[0].start if objects else after, min(after + 3, sent.end))
    for i in span:
        word = sent.doc[i].lower_
        if word == "with" and not any(  # not "agreed to collaborate with China on"
                kind_of_word().get(t.lower_) == vocab.agreement_kind() or t.text == ")"
                for t in sent.doc[max(trigger.end, i - 2):i]) and not _of_understanding(sent.doc, i):
            continue
        if after is not None and word != "between":
            continue
        if word in {"between", "with"}:
            found = [k for k, m in enumerate(sent.mentions)
                     if i < m.start <= i + 2 and m.end <= first and m.kind in kinds]
            if found:
                group = group_around(sent.mentions, found[0], sent.doc, 1)
                words = [t.lower_ for t in sent.doc[group[-1].end:group[-1].end + 3]]
                ends = ends_of(group, kinds)
                if "agencies" in words[:3] and words[0] in {"space", "national", "agencies"}:
                    return sent.as_agencies(ends)  # "between the Chinese and South
                return ends  # African space agencies"
    return []


def _of_understanding(doc, i: int) -> bool:
    """Whether "a memorandum of understanding" ends right before token ``i``."""
    return i >= 3 and [t.lower_ for t in doc[i - 3:i]] == ["memorandum", "of", "understanding"]


def on_behalf(sent: Sentence, trigger: Trigger, kinds, end: int) -> list[End]:
    """"... signed the Artemis Accords on behalf of Uruguay": the country, not the
    minister or the agency named before the verb."""
    text = sent.doc[trigger.end:end].text
    if "behalf of" not in text:
        return []
    for i in range(trigger.end, end - 2):
        if sent.doc[i].lower_ == "behalf" and sent.doc[i + 1].lower_ == "of":
            found = [m for m in sent.mentions if i + 1 < m.start <= i + 3 and m.kind in kinds]
            return ends_of(found[:1], kinds)
    return []
