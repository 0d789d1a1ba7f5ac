"""An acronym in brackets after another body's name glosses that body: "the Eurasian Economic
Commission (EEC)" is not the European Economic Community (the EU), though "EEC" is one of the
EU's names, and neither is a later "EEC" of the page. A name the node's own words make up ("the
North Atlantic Treaty Organisation (NATO)", "the Association of South East Asian Nations
(ASEAN)") keeps its acronym. Countries named in "(including ...)" right after a country are its
parts, not countries of their own: "the Kingdom of Denmark (including Greenland and the Faroe
Islands)". And an acronym in brackets right after a node's own name that none of the node's
names has ("the European Community (EC)") names that node wherever the page uses it again."""

from __future__ import annotations

from dataclasses import replace

__all__ = ["with_own_glosses", "without_others_glosses"]

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


def with_own_glosses(doc, mentions: list) -> list:
    """``mentions`` and each other use of an acronym that a bracket right after a node's name
    glosses ("the European Community (EC) ... joined the EC"), where no name stands already;
    not an acronym that is a name already ("(SCO)": the gazetteer's to find), nor one the page
    also glosses for another name."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    glossed: dict[str, list] = {}  # acronym: the mentions it glosses
    for m in (m for m in mentions if m.how != "demonym"):  # not "the Russian Olympic Committee (ROC)"
        k = m.end
        if (k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and k + 1 not in taken
                and _acronym(doc[k + 1].text) and _heads_the_name(doc, m, doc[k + 1].text)):
            glossed.setdefault(doc[k + 1].text, []).append(m)
    extra = []
    for word, names in glossed.items():
        brackets = {t.i for t in doc[1:-1]
                    if t.text == word and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"}
        if len({m.node for m in names}) != 1 or brackets - {m.end + 1 for m in names}:
            continue  # "the European Commission (EC)" too
        extra += [replace(names[0], start=t.i, end=t.i + 1, how="name") for t in doc
                  if t.text == word and t.i not in taken]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _heads_the_name(doc, m, acronym: str) -> bool:
    """Whether mention ``m`` opens the name the acronym glosses: the same first letter, and no
    "of" or "and" before it ("the Development Bank of South Africa (DBSA)": not South Africa's)."""
    return (doc[m.start].text[:1] == acronym[0]
            and not (m.start and doc[m.start - 1].lower_ in {"of", "for", "and", "&"}))


def _acronym(text: str) -> bool:
    """Two to eight letters, all capitals ("EC", "EFTA")."""
    return _capitals(text) and len(text) <= 8


def _capitals(text: str) -> bool:
    """Two or more letters, all capitals ("EEC")."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


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
    return (m.end - m.start == 1 and 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "("
            and doc[m.end].text == ")" and _capitals(doc[m.start].text))


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
