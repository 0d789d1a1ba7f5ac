"""Known names written another way: the same words in another order or number, in either
spelling ("the International Research Lunar Station", "the Artemis Accord" for the
dataset's "International Lunar Research Station" and "Artemis Accords"). Such a name is
the node's, not a new node's.

Only a capitalised name with a kind's head noun (:func:`graphkit.extract.new_nodes.unknown_names`)
is compared, and only with names of two words or more that no other node shares the words
of: "International Space Station" shares two of the ILRS's four words and stays a name of
its own.
"""

from __future__ import annotations

import re
import unicodedata

from graphkit.extract.new_nodes import unknown_names
from graphkit.extract.vocabulary import SPELLINGS

__all__ = ["other_number", "unaccented", "variant_index", "variant_spans", "word_bag"]

_GLUE = {"the", "of", "for", "on", "and", "in"}


def _word(word: str) -> str:
    """The word singular, in one of its two spellings (always the same one)."""
    word = word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word
    return min(word, SPELLINGS.get(word, word))


def unaccented(name: str) -> str:
    """The name without its accents, as news often types it ("Cote d'Ivoire", "Turkiye")."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)))


def other_number(name: str) -> str:
    """The name with its last word in the other number, for a name the matcher takes in
    lower case too ("international lunar research stations").

    Examples
    --------
    >>> other_number("Artemis Accords"), other_number("International Lunar Research Station")
    ('Artemis Accord', 'International Lunar Research Stations')
    """
    head, _, last = name.rpartition(" ")
    if not last.isalpha() or last.isupper() or len(last) < 4 or last.endswith("ss"):
        return name
    if last.endswith("ies"):
        return f"{head} {last[:-3]}y"
    if last.endswith("s"):
        return f"{head} {last[:-1]}"
    return f"{head} {last[:-1]}ies" if last.endswith("y") else f"{head} {last}s"


def word_bag(text: str) -> tuple[str, ...]:
    """The words of a name, sorted, singular, in one spelling, without "the", "of" and such.

    Examples
    --------
    >>> word_bag("the Artemis Accords") == word_bag("Artemis Accord")
    True
    >>> word_bag("International Research Lunar Station")
    ('international', 'lunar', 'research', 'station')
    >>> word_bag("Asia Pacific Space Cooperation Organization") == word_bag(
    ...     "Asia-Pacific Space Co-operation Organisation")
    True
    """
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower())  # "co-operation" one word
    words = [part for w in words for part in ([w] if w in SPELLINGS else w.split("-"))]
    return tuple(sorted(_word(w) for w in words if w not in _GLUE))  # "Asia Pacific" as "Asia-Pacific"


#: words news leaves out of a name: "the Shanghai Organisation", "the Asia-Pacific Space
#: Organization", "the Eurasian Union" (the node's name without them is the node's too)
_LEFT_OUT = {_word("cooperation"), _word("economic")}


def variant_index(spellings: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Word bag -> node, for every name or alias of two words or more (``spellings``: node
    -> its name and aliases) whose words no other node's name has, with and without
    "Cooperation" and "Economic"."""
    index: dict[tuple[str, ...], str] = {}
    shared = set()
    for node, texts in spellings.items():
        for text in texts:
            full = word_bag(text)
            for bag in {full, tuple(w for w in full if w not in _LEFT_OUT)}:
                if len(bag) < 2:
                    continue
                if index.setdefault(bag, node) != node:
                    shared.add(bag)
    return {bag: node for bag, node in index.items() if bag not in shared}


def variant_spans(doc, mentions, index, country_kind: str) -> list[tuple[int, int, str]]:
    """(start, end, node) of each name in ``doc`` that writes a known node's name another
    way (``mentions``: the names already found, which no variant overlaps)."""
    if not index:
        return []
    found = []
    for name in unknown_names(doc, mentions, country_kind):
        node = index.get(word_bag(name.name))
        if node is not None:
            found.append((name.start, name.end, node))
    return found
