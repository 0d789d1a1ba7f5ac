"""Where a described object's node is named past its own phrase, in a
:class:`~graphkit.extract.sentence.Sentence`: the name standing right after it ("a trilateral
security partnership — AUKUS") or the documents it lists ("signed a joint communique and a
number of other documents, including a roadmap on satellite navigation")."""

from __future__ import annotations

from graphkit.extract.groups import End

__all__ = ["listed_documents", "named_after"]

_DOCUMENTS = {"documents", "agreements", "papers", "deals", "accords", "memorandums", "memoranda",
              "treaties", "contracts"}


def named_after(sent, p_end: int, kinds, end: int) -> list[End]:
    """The name standing right after a described node: "a trilateral security
    partnership — AUKUS", "new alliance 'AUKUS'", "the partnership, called AUKUS"."""
    doc, i = sent.doc, p_end
    while i < end and (doc[i].is_quote or doc[i].text in {"—", "–", ":", ","}
                       or doc[i].lower_ in {"called", "named", "dubbed", "known", "as", "so", "-"}):
        i += 1
    if i == p_end and i < end and not doc[i].is_quote:
        return []
    found = [m for m in sent.mentions if m.start == i and m.kind in kinds]
    return [End(found[0].node, found[0].kind, "name", found[0].start, found[0].end)] if found else []


def listed_documents(sent, start: int, kinds, end: int) -> list[End]:
    """The nodes described after ", including" when the object (from ``start``) is a number
    of documents: each listed phrase with a kind's head noun, as a description."""
    doc = sent.doc
    at = next((i for i in range(start + 1, min(start + 14, end))
               if doc[i].lower_ == "including" and doc[i - 1].text == ","), None)
    if at is None or not {t.lower_ for t in doc[start:at]} & _DOCUMENTS:
        return []
    a, b = sent.first_phrase(at + 1, end)
    head = sent.head(a, b)
    if not sent.kind_head(head, b):
        return []
    return [e for x, y in sent.conjuncts(head, b) for e in sent.describe(x, y, kinds)]
