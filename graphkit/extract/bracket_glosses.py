"""An acronym in brackets after another body's name glosses that body: "the Eurasian Economic
Commission (EEC)" is not the European Economic Community (the EU), though "EEC" is one of the
EU's names, and neither is a later "EEC" of the page. A name the node's own words make up ("the
North Atlantic Treaty Organisation (NATO)", "the Association of South East Asian Nations
(ASEAN)") keeps its acronym. Countries named in "(including ...)" right after a country are its
parts, not countries of their own: "the Kingdom of Denmark (including Greenland and the Faroe
Islands)"."""

from __future__ import annotations

__all__ = ["without_others_glosses"]

_GLUE = {"of", "for", "and", "on", "the", "&"}


def without_others_glosses(doc, mentions: list, literal: dict[str, set[str]]) -> list:
    """``mentions`` less each one-token acronym in brackets whose name before it is another
    body's (:func:`_names_another`), and the later uses of that acronym for the same node;
    ``literal``: the words of each node's name and aliases, lower-case (countries have none:
    their acronyms stand)."""
    parts = _parts(doc, mentions)  # "Denmark (including Greenland and the Faroe Islands)"
    mentions = [m for m in mentions if m.start not in parts]
    glossed: dict[tuple[str, str], int] = {}  # (acronym, node): where the gloss stands
    named = {(m.end, m.node) for m in mentions}  # "the United Arab Emirates (UAE)": its own
    for m in mentions:
        if (_bracketed_acronym(doc, m) and (m.start - 1, m.node) not in named and m.node in literal
                and _names_another(doc, m.start - 1, doc[m.start].text, literal[m.node])):
            glossed.setdefault((doc[m.start].text, m.node), m.start)
    if not glossed:
        return mentions
    return [m for m in mentions if not (m.end - m.start == 1 and m.start >= glossed.get(
        (doc[m.start].text, m.node), len(doc)))]


def _parts(doc, mentions: list) -> set[int]:
    """Where the countries' names inside "(including ...)" right after a country's name start:
    its parts, not countries of their own ("the Kingdom of Denmark (including Greenland and the
    Faroe Islands)")."""
    starts = set()
    for k in (m.end for m in mentions if m.how == "country"):
        if k + 1 < len(doc) and doc[k].text == "(" and doc[k + 1].lower_ == "including":
            close = next((j for j in range(k, min(k + 12, len(doc))) if doc[j].text == ")"), k)
            starts |= {m.start for m in mentions if k < m.start < close}
    return starts


def _bracketed_acronym(doc, m) -> bool:
    """Whether mention ``m`` is one all-capitals word in brackets ("(EEC)")."""
    text = doc[m.start].text
    return (m.end - m.start == 1 and 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "("
            and doc[m.end].text == ")" and text.isalpha() and text.isupper() and len(text) >= 2)


def _names_another(doc, bracket: int, acronym: str, words: set[str]) -> bool:
    """Whether the capitalised name right before ``bracket`` has ``acronym``'s initials and
    more words the node's own names lack than words they have ("Eurasian" and "Commission" in
    "Eurasian Economic Commission"; not "Association of South East Asian Nations")."""
    k = bracket
    while k > 0 and (doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in _GLUE):
        k -= 1
    name = [t.text for t in doc[k:bracket] if t.text[:1].isupper()]
    initials = "".join(w[0] for w in name).upper()
    own = {_plain(v) for v in words}
    return initials == acronym and sum(_plain(w) not in own for w in name) * 2 > len(name)


def _plain(word: str) -> str:
    """A word in one spelling: "Organisation" and "organization" alike."""
    return word.lower().replace("isation", "ization")
