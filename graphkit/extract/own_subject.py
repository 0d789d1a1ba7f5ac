"""When the words between a name and a trigger give the trigger a subject of its own, so
that the name before is none of its subjects: a reporting verb ("X said more than 40
countries had expressed interest"), a clause set against the names ("A and B will become
members, while many more countries have expressed interest", "..., but some areas of
cooperation in the EU will apply later"), a clause of other countries ("as more countries have
sought to join"), or an absolute clause ("The
bloc, comprising A, B and C, has grown, with several nations expressing interest")."""

from __future__ import annotations

from graphkit.extract import vocabulary as vocab

__all__ = ["others_act", "reported"]

_OTHERS = vocab.GROUP_NOUNS | {"others"}  # a clause's own subject: "many more countries"
_SOME = {"more", "other", "many", "several", "new", "some", "additional", "numerous"}
_AUXILIARIES = {"have", "has", "had", "are", "were", "is", "was", "will", "would", "could"}
_WHOEVER = {"those", "anyone", "anybody", "whoever", "others"}  # "for those who want to join"
# "doesn't want any of its allies to join BRICS": "any of" them, no country before
_ANY_OF = {"country", "nation", "state", "government", "member", "of", "allies"} | vocab.GROUP_NOUNS


def _after_conjunction(words: list[str], k: int) -> bool:
    """Whether the quantity word at ``k`` ("more", "several other") follows "as", "while",
    "since" or "because", past other quantity words ("as more and more countries", "as
    several other countries")."""
    j = k - 1
    while j >= 0 and words[j] in _SOME | {"and", "even"}:
        j -= 1
    return j >= 0 and words[j] in {"as", "while", "since", "because"}


_BE = {"is", "are", "was", "were", "be", "been", "being", "become", "became", "remain", "remains"}
_JOINING = {"join", "joins", "joined", "joining"}  # "Peru joined 36 other nations that have signed"


def _relative_of_others(words: list[str]) -> bool:
    """Whether the words end in a relative clause of a group noun of their own after a verb
    of the name's ("received six new partners who", "welcomed the members which have",
    "received six new partners, who"; not ", two countries that", "are the two countries that",
    nor "joined 36 other nations that have": one of them)."""
    k = len(words) - 1
    while k > 0 and words[k] in _AUXILIARIES:
        k -= 1
    noun = k - 1 - int(k >= 2 and words[k - 1] == ",")
    return (noun >= 1 and words[k] in {"who", "which", "that"} and words[noun] in _OTHERS
            and words[0] != "," and not (_BE | _JOINING) & set(words[:noun]))


def reported(doc, start: int, end: int) -> bool:
    """Whether a reporting verb with a subject of its own clause after it stands between
    ``start`` and ``end``: "X said more than 40 countries had" (not "X announced its")."""
    words = [t.lower_ for t in doc[start:end]]
    said = [i for i, w in enumerate(words) if w in vocab.REPORTING]
    if not said:
        return False
    return any(w.isalpha() and w not in vocab.CLAUSE_GLUE for w in words[said[-1] + 1:])


def others_act(doc, start: int, end: int) -> bool:
    """Whether a clause with a subject of countries of its own stands between ``start`` and
    the trigger at ``end``: set against the names before it ("while many more countries
    have expressed interest"), any country at all ("required any country wanting to
    participate in", "for those who want to participate in"), or "with" and its subject
    before an -ing trigger ("with several nations expressing interest"; not "along with
    several other countries, expressed").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("BRICS grew, with several nations expressing interest.")
    >>> others_act(doc, 0, 6), others_act(doc, 0, 5)
    (True, False)
    >>> doc = spacy.blank("en")("Iran, along with several other countries, expressed interest.")
    >>> others_act(doc, 1, 8)
    False
    """
    words = [t.lower_ for t in doc[start:end]]
    turn = [i for i, w in enumerate(words) if w in vocab.CONTRAST_TURN]
    if turn and any(w in _OTHERS | vocab.AREAS for w in words[turn[-1] + 1:]):
        return True  # "A and B became members in 2004, but some areas of cooperation in the EU"
    if any(w in {"any", "every"} and words[k + 1:k + 2] and words[k + 1] in _ANY_OF
           for k, w in enumerate(words)):
        return True  # "the United States intended to require any country wanting to participate in"
    if any(w in _WHOEVER and words[k + 1:k + 2] in (["who"], ["that"]) for k, w in enumerate(words)):
        return True  # "norms of behavior for those who want to participate in the program"
    if any(w in _SOME and _after_conjunction(words, k)
           and words[k + 1:k + 2] and words[k + 1] in _OTHERS and words[k + 2:k + 3]
           and words[k + 2] in _AUXILIARIES and len(words) - k - 3 <= 2 and "," not in words[k + 3:]
           for k, w in enumerate(words)):
        return True  # "Originally consisting of A, B, the alliance has expanded as more countries
        # have sought to join": their own clause, running into the trigger (not "Finland, as many
        # other nations have noted, joined", nor "Georgia, whose application some other members")
    if _relative_of_others(words):
        return True  # "Cambodia received six new partners who signed the TAC": the partners
    with_ = [i for i, w in enumerate(words) if w == "with"]
    return (bool(with_) and end < len(doc) and doc[end].lower_.endswith("ing")
            and "," not in words[with_[-1]:]
            and any(w in _OTHERS for w in words[with_[-1] + 1:]))
