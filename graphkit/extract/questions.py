"""A yes-or-no question states nothing: "Is Denmark in the eurozone?", "Are Norway, Sweden
and Finland part of the EU?", "Did Norway join the EU?". One that asks why, how or when
("Why did Sweden join NATO in 2024?") takes its fact as given, and stands; so does a clause of
its own inside the question ("Will the EU, which Croatia joined in 2013, admit Montenegro?",
"Has NATO grown stronger since Finland joined?")."""

from __future__ import annotations

__all__ = ["asks_whether"]

_AUXILIARIES = {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will",
                "would", "can", "could", "should", "shall", "may", "might", "must"}
#: words that open a clause of its own inside the question
_CLAUSE_OPENERS = {"which", "who", "whom", "whose", "that", "since", "after", "when", "because",
                   "as", "where", "while", "before", "once", "though", "although", "whereas", "until"}
#: what may open the line before the question itself: a quote mark, a label ("Q: Did ...")
_OPENERS = {'"', "“", "'", "‘", "q", ":", "-", "—"}
_CLOSING = {'"', "”", "'", "’"}


def asks_whether(doc, start: int, end: int, at: int) -> bool:
    """Whether the sentence of tokens ``start`` to ``end`` opens with an auxiliary verb (after
    a quote mark or a label) and ends with a question mark, and token ``at`` (a trigger, a
    subject) stands in its own clause, no relative pronoun or conjunction between."""
    last = end - 1
    while last > start and (doc[last].is_space or doc[last].text in _CLOSING):  # "“Did Norway join?”"
        last -= 1
    if doc[last].text != "?":
        return False
    words = [t for t in doc[start:last + 1] if not t.is_space]
    first = next((k for k, t in enumerate(words) if t.lower_ not in _OPENERS), len(words))
    return (len(words) - first > 2 and words[-1].text == "?" and words[first].lower_ in _AUXILIARIES
            and not any(t.lower_ in _CLAUSE_OPENERS for t in doc[start:at]))
