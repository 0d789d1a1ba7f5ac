"""The words of a description, and when they name a node: "an agreement on cooperation in
creating a lunar research station" is read against each node's name and aliases by their
content words (lower case, no plural, British spelling, a few synonyms), as
:meth:`graphkit.extract.gazetteer.Gazetteer.describe` weighs them."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["LITERAL_HEADS", "content_words", "names_it", "says_enough"]

_NORMAL = {"center": "centre", "moon": "lunar", "program": "programme", "organization":
           "organisation", "accords": "accord", "plant": "station", "facility": "station",
           "sino": "chinese", "pact": "agreement", "deal": "agreement", "treaty": "agreement",
           "memorandum": "agreement", "roadmap": "agreement", "mou": "agreement",
           "reactor": "nuclear", "committee": "commission", "us": "usa"}
_STOP = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by", "from",
         "into", "its", "their", "his", "her", "our", "this", "that", "these", "those", "which",
         "who", "whom", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had",
         "as", "about", "between", "among", "concerning", "regarding", "dedicated", "aimed",
         "focusing", "such", "other", "several", "new", "two", "both", "build", "building",
         "deploy", "deploying", "create", "creating", "establish", "establishing"}

# a description headed by one of these matches only a node whose name says it too
LITERAL_HEADS = ({"memorandum", "memoranda", "mou", "mous"}, {"roadmap", "roadmaps"})


def content_words(text: str) -> list[str]:
    """The normalised content words of a phrase (lower case, no plural, British spelling).

    Examples
    --------
    >>> content_words("agreements concerning space technology intellectual property")
    ['agreement', 'space', 'technology', 'intellectual', 'property']
    """
    words = []
    for word in re.findall(r"[^\W\d_]+(?:'s)?", text.lower()):
        word = word.removesuffix("'s")
        if word in _STOP or len(word) < 2:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.append(_NORMAL.get(word, word))
    return words


@cache
def _name_words(name: str) -> frozenset[str]:
    return frozenset(content_words(name))


def names_it(words: list[str], name: str) -> bool:
    """Whether a description says a node's name uncapitalised: three words of the name, and
    three quarters of them, side by side ("China's ambitious lunar research station
    initiative" for the International Lunar Research Station; not "an international
    coalition to build a space station to orbit the moon", whose words stand apart);
    ``words``: the description's :func:`content_words`, in order."""
    own = _name_words(name)
    at = [i for i, w in enumerate(words) if w in own]
    shared = {words[i] for i in at}
    return len(shared) >= max(3, 0.75 * len(own)) and at[-1] - at[0] < len(at) + 1


def says_enough(words: set[str], shared: set[str], heads: set[str]) -> bool:
    """Whether a memorandum's or roadmap's description fits the one node named so
    (``words``: the description's, less who signs it): three words besides its head ("a
    memorandum on building a power station for the ILRS": lunar, power, station), or every
    word it has ("a roadmap on satellite navigation")."""
    said = shared - heads
    return len(said) >= 3 or len(said) >= 2 and words - heads <= shared
