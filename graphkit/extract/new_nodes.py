"""Names of organisations, programmes, agreements and agencies the dataset has no node for:
capitalised words ending in a kind's head noun ("Moon Village Association"), not in a
headline, not a known name spelt otherwise in brackets, each a node candidate with a slug
for its id."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphkit.extract.no_body import not_a_body
from graphkit.extract.schema_words import kind_of_word

__all__ = ["NewNode", "named_own_before", "slug", "unknown_names"]

# "a Memorandum of Understanding on March 9": the name stops before a date
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday"}


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our"}


def named_own_before(doc, taken: set[int], i: int, back: int = 80) -> bool:
    """Whether a capitalised name no node has ends in the head noun at token ``i`` shortly
    before it ("Mediterranean Dialogue:" before "take part in the Dialogue"): the body "the
    Dialogue" names back, not the last organisation the dataset has."""
    return any(t.lower_ == doc[i].lower_ and t.text[:1].isupper() and t.i not in taken
               and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha and t.i - 1 not in taken
               and doc[t.i - 1].lower_ not in _DETERMINERS  # not "The Union now has 27 members"
               and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)  # nor a headline: "Expanded Bloc Meets"
               for t in doc[max(1, i - back):i])


def slug(text: str) -> str:
    """A lowercase node id from a name.

    Examples
    --------
    >>> slug("The Moon Village Association")
    'moon-village-association'
    """
    words = re.findall(r"[a-z0-9]+", text.lower())
    if words and words[0] == "the":
        words = words[1:]
    return "-".join(words)[:60].strip("-") or "node"


@dataclass(frozen=True)
class NewNode:
    """A name of an organisation, programme, agreement or agency not in the dataset."""

    start: int
    end: int
    id: str
    kind: str
    name: str


def _headline_tokens(doc) -> set[int]:
    """The tokens of headlines, lines in title case without a closing full stop ("Russia
    and China Agree to Build Research Station on the Moon"): capitals there make no name."""
    found: set[int] = set()
    start = 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        headline = line.strip() and not line.rstrip().endswith((".", "?", "!", '"', "”"))
        span = doc.char_span(start, end, alignment_mode="contract") if headline else None
        if span is not None:
            words = [t for t in span if t.is_alpha and len(t) > 3]
            if len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words):
                found.update(t.i for t in span)
        start = end + 1
    return found


def _glossed(doc, start: int, end: int, ends: set[int], starts: set[int]) -> bool:
    """Whether a name stands in brackets after a known node's, or before one in brackets:
    "ASEAN (Association of South East Asian Nations)" is ASEAN, spelt otherwise."""
    bracketed = start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
    return (bracketed and start - 1 in ends) or (
        end + 1 < len(doc) and doc[end].text == "(" and end + 1 in starts)


def _word_hyphen(doc, j: int) -> bool:
    """Whether token ``j`` is a hyphen inside a word ("Co-operation"), a lower-case part after."""
    return (doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].is_lower)


def _glue_the(doc, j: int, taken: set[int]) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are "of the", "for the" or "on the" before a
    capitalised word no node has: "the Treaty on the Prohibition of Nuclear Weapons", "the
    Agreement on the Cooperation on ...", one name through them."""
    return (j + 2 < len(doc) and doc[j].lower_ in {"of", "for", "on"} and doc[j + 1].text == "the"
            and doc[j + 2].text[:1].isupper() and doc[j + 2].is_alpha and j + 2 not in taken
            and j + 1 not in taken and doc[j + 2].lower_ not in _CALENDAR)


def _new_article(doc, j: int) -> bool:
    """Whether token ``j`` is a lower-case "the" that no "of"/"for"/"on"/"and" leads into:
    "In the framework of Commonwealth of Independent States the CIS Collective Security
    Treaty" names the treaty after it, not one name through it."""
    return doc[j].text == "the" and doc[j - 1].lower_ not in {"of", "for", "on", "and", "&"}


def _named_kind(doc, start: int, end: int) -> tuple[list[str], int | None, str | None]:
    """The words of a capitalised name, where its first "of"/"for"/"on" stands, and the kind of
    its head: the last word, or the one before that glue ("Agency for Space Activities",
    "Committee on the Peaceful Uses")."""
    words = [t.lower_ for t in doc[start:end]]
    glue_at = next((k for k, w in enumerate(words) if w in {"of", "for", "on"}), None)
    head_words = words[-1:] + ([words[glue_at - 1]] if glue_at else [])
    return words, glue_at, next((kind_of_word()[h] for h in head_words if h in kind_of_word()), None)


def unknown_names(doc, mentions, country_kind: str) -> list[NewNode]:
    """Capitalised names with a kind's head noun ("Moon Village Association") that no
    node has: node candidates (``mentions``: the nodes ``doc`` names)."""
    taken = {i for m in mentions for i in range(m.start, m.end)} | _headline_tokens(doc)
    ends, starts = {m.end for m in mentions}, {m.start for m in mentions}
    found, i = [], 0
    glue = {"of", "for", "on", "and", "the", "&", "-", "in"}
    while i < len(doc):
        tok = doc[i]
        if i in taken or not (tok.text[:1].isupper() and tok.is_alpha):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken:
            if _word_hyphen(doc, j) and j + 1 not in taken:
                j += 2  # "Co-operation": one word of the name
            elif _glue_the(doc, j, taken):
                j += 2  # "Treaty on the Prohibition": "the" inside the name
            elif (doc[j].text[:1].isupper() and doc[j].is_alpha) or (
                    doc[j].lower_ in glue and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
                    and j + 1 not in taken and doc[j + 1].lower_ not in _CALENDAR
                    and not _new_article(doc, j)):
                j += 1
            else:
                break
        while j > i and doc[j - 1].lower_ in glue:
            j -= 1
        start = i + 1 if tok.lower_ in {"the", "a", "an"} else i  # "including: A Maritime Transport Agreement"
        words, glue_at, kind = _named_kind(doc, start, j)
        if kind is None and "in" in words[1:]:  # "the Collective Security Treaty in Tashkent":
            j = start + len(words) - 1 - words[::-1].index("in")  # the treaty, then its place
            words, glue_at, kind = _named_kind(doc, start, j)
        if not_a_body(doc, start, words, glue_at):
            kind = None  # "Institute of Science and Technology", "Secretary of the Ministry of"
        if kind and j - start >= 2 and kind != country_kind and not _glossed(doc, start, j, ends, starts):
            name = doc[start:j].text
            found.append(NewNode(start, j, slug(name), kind, name))
        i = max(j, i + 1)
    return _with_anaphors(doc, _with_short_names(doc, found, taken), taken)


#: head nouns that stand for one another: "the Collective Security Treaty ... joined the pact"
_ALIKE = {w: {"treaty", "pact"} for w in ("treaty", "pact")}


def _own_name(doc, j: int) -> bool:
    """Whether the words from ``j`` on make the noun before them a name of its own: "the
    treaty of Tashkent", "the treaty on non-proliferation" (but not "on September 24")."""
    after = doc[j:j + 2].text.lower().split()
    return bool(after) and (after[0] in {"of", "for", "between"}
                            or after[0] == "on" and after[1:2] != [] and after[1] not in _CALENDAR)


def _with_anaphors(doc, found: list[NewNode], taken: set[int]) -> list[NewNode]:
    """``found`` and each "the treaty" (a head noun after "the", lower-case or the name's own
    word, or one ``_ALIKE``) that stands for the last new name before it ending in that noun
    ("the CIS Collective Security Treaty was signed ... Azerbaijan likewise signed the treaty",
    "joined the pact", "withdrew from the Treaty"), where no node took the words, though
    a name with another head stands between ("Article 51 of the Charter of the United Nations")."""
    heads = kind_of_word()
    extra = []
    for k, new in enumerate(found):
        head = doc[new.end - 1].lower_
        words = _ALIKE.get(head, {head})
        stop = next((n.start for n in found[k + 1:] if doc[n.end - 1].lower_ in words), len(doc))
        for i in range(new.end + 1, stop):
            if (doc[i].lower_ in words and doc[i - 1].lower_ == "the"
                    and (doc[i].is_lower or doc[i].lower_ == head)  # "the Treaty", not "the Pact"
                    and i not in taken and heads.get(head) == new.kind
                    and not _own_name(doc, i + 1)):
                extra.append(NewNode(i, i + 1, new.id, new.kind, new.name))
    return sorted(found + extra, key=lambda n: n.start)


def _with_short_names(doc, found: list[NewNode], taken: set[int]) -> list[NewNode]:
    """``found`` and each later use of the short name in brackets after one of them ("the New
    Development Bank (NDB) ... the NDB now includes A, B": the bank, not a bloc named near,
    "the Partnership for Peace (PfP)"), or of its initials ("the Partnership for Peace ...
    have joined PFP")."""
    bracketed, initials = [], []
    for new in found:
        k = new.end + 1
        if (k + 1 < len(doc) and doc[new.end].text == "(" and doc[k + 1].text == ")"
                and _acronym(doc[k].text) and k not in taken):
            bracketed.append((new, doc[k].text, k + 2, str.__eq__))
        elif len(short := "".join(w[0] for w in new.name.split()).upper()) >= 3:
            initials.append((new, short, new.end, _initials))
    extra, claimed = [], set(taken)
    for new, short, after, same in bracketed + initials:  # a short name given before initials
        uses = [t.i for t in doc[after:] if same(t.text, short) and t.i not in claimed]
        extra += [NewNode(i, i + 1, new.id, new.kind, new.name) for i in uses]
        claimed.update(uses)
    return sorted(found + extra, key=lambda n: n.start)


def _initials(text: str, initials: str) -> bool:
    """Whether ``text`` is an acronym of ``initials`` in any case ("PfP", "PFP")."""
    return text.upper() == initials and _acronym(text)


def _acronym(text: str) -> bool:
    """Whether ``text`` reads as an acronym: letters, two capitals or more ("NDB", "PfP")."""
    return text.isalpha() and text[:1].isupper() and sum(c.isupper() for c in text) >= 2
