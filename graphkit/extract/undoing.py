"""What around a trigger undoes its claim though no negation word stands before it: the
object's act still under way ("... is a process"), agreed "in principle", a status no
relation stands for ("as an observer"), a claim the sentence calls false ("those who
assert that ... are mistaken"), or a page's title that names the act as its topic
("Accession of Papua New Guinea to the Association of Southeast Asian Nations")."""

from __future__ import annotations

import itertools

__all__ = ["NOT_YET", "a_title", "as_observer", "denied", "in_principle_after", "joining_denied",
           "made_possible", "once_ahead", "own_clause", "past_aside", "process_after"]


def process_after(doc, end: int, sent_end: int) -> bool:
    """"The accession of East Timor to ASEAN is a process that started in 2011": the act
    named is under way, not done (what follows the object: "is/was a process"); "Saudi
    Arabia's accession to the organization was discussed": only talked of; "Armenia's withdrawal
    from the CSTO is not off the table": weighed."""
    wider = [t.lower_ for t in doc[end:min(end + 16, sent_end)]]  # "... (CSTO) is not off the table"
    words = wider[:12]
    if any(a in {"on", "off"} and b == "the" and c == "table" for a, b, c in zip(wider, wider[1:], wider[2:])):
        return True
    return any(a in {"is", "was", "remains"} and b in {"a", "an", "the"}
               and c in {"process", "procedure", "path"}
               for a, b, c in zip(words, words[1:], words[2:], strict=False)) or any(
        a in _BE and b in _DISCUSSED for a, b in itertools.pairwise(words[:9]))


_BE = {"is", "was", "are", "were", "be", "been", "being"}
_DISCUSSED = {"discussed", "debated", "considered", "weighed", "mulled"}


_CLAIMING = {"assert", "asserts", "claim", "claims", "say", "says", "said", "reports", "report",
             "suggest", "suggests", "suggestions", "rumours", "rumors", "allege", "allegations"}
_FALSE = {"mistaken", "wrong", "false", "untrue", "incorrect", "baseless", "unfounded"}


#: "Armenia's position on leaving the bloc": a stance or a debate on an act, not the act
_STANCES = {"position", "positions", "stance", "decision", "debate", "debates", "discussion",
            "discussions", "views", "view", "thoughts", "referendum", "vote", "clarity",
            "uncertainty", "speculation"}


def denied(doc, sent_start: int, start: int, end: int, sent_end: int) -> bool:
    """"Those who assert that Armenia is withdrawing from X are mistaken", "reports that Peru
    joined are false": a claim the sentence calls false (a claiming word and "that" before
    the trigger, "is/are/were (simply) mistaken|false|..." after it), or said not to be meant
    ("did not mean they were moving closer to joining"); and an act only spoken
    of ("Armenia's position on leaving the bloc": a stance word and "on", "about" or "over"
    right before an "-ing" trigger)."""
    if (start - 2 >= sent_start and doc[start].lower_.endswith("ing")
            and doc[start - 1].lower_ in {"on", "about", "over"} and doc[start - 2].lower_ in _STANCES):
        return True
    before = [t.lower_ for t in doc[max(sent_start, start - 15):start]]
    near = before[-10:]  # "insisted the agreement did not mean they were moving closer to joining"
    if any(w in {"mean", "means", "meant"} and near[k - 1:k] and near[k - 1] in {"not", "n't", "n’t", "never"}
           and not {";", ":", "but", ",", "which", "who", "as"} & set(near[k:]) for k, w in enumerate(near)):
        return True
    if _not_said_that(before):
        return True
    if "that" not in before or not _CLAIMING & set(before[:before.index("that")]):
        return False
    after = [t.lower_ for t in doc[end:sent_end]]
    return any(w in {"is", "are", "was", "were"} and _FALSE & set(after[k + 1:k + 3])
               and not {",", "which", ";"} & set(after[:k])  # the claim's own predicate
               for k, w in enumerate(after))


_SAYING = {"indicated", "said", "signalled", "signaled", "suggested", "announced", "shown", "stated",
           "declared", "expressed", "hinted", "confirmed",
           "indicate", "say", "signal", "suggest", "announce", "show", "state", "declare", "express",
           "hint", "confirm"}  # "did not indicate"
_SAID_ADVERBS = {"at", "all", "yet", "ever", "once", "really", "explicitly", "publicly", "clearly",
                 "formally", "officially"}
_CLAUSE_BREAKS = {";", "but", ":", ",", "when", "while", "which", "who", "whose"}


def _not_said_that(before: list[str]) -> bool:
    """Whether ``before`` (the words before a trigger, in lower case) ends in a clause a denied
    saying governs: "Kazakhstan has not at all indicated in the past couple of years that it has
    plans to join" (none said)."""
    if "that" not in before:
        return False
    that = len(before) - 1 - before[::-1].index("that")
    if _CLAUSE_BREAKS & set(before[that:]):
        return False  # "has not confirmed that Iran sent drones, and Iran joined"
    said = [k for k, w in enumerate(before[:that]) if w in _SAYING]
    if not said:
        return False
    nots = [k for k in range(max(0, said[-1] - 3), said[-1]) if before[k] in {"not", "never", "n't", "n’t"}]
    return bool(nots) and all(w in _SAID_ADVERBS for w in before[nots[-1] + 1:said[-1]])  # not "who would
    # not be named said that"


def made_possible(doc, sent_start: int, start: int) -> bool:
    """"The path is now clear for those eight nations - A, B, ... - to participate in", "paved
    the way for Sweden to join": an infinitive trigger whose subjects stand after "for" and a
    way opened, a prospect and not the act."""
    if start - 1 <= sent_start or doc[start - 1].lower_ != "to":
        return False
    words = [t.lower_ for t in doc[sent_start:start - 1]]
    return any(w == "for" and _OPENED & set(words[max(0, k - 3):k]) and ";" not in words[k:]
               and _names_between(doc, sent_start + k, start - 1)
               for k, w in enumerate(words))


def _names_between(doc, i: int, j: int) -> bool:
    """Whether only a short noun phrase ("those eight nations", "Finland's") and then names,
    list glue, dashes or brackets stand between "for" at ``i`` and "to" at ``j``: no clause of
    its own ("for those eight nations - A, B and (unsurprisingly) the U.S. - to")."""
    depth = 0
    for t in doc[i + 1:j]:
        depth += (t.text == "(") - (t.text == ")")
        if t.lower_ in {"which", "who", "that"} or depth == 0 and t.i > i + 4 and t.is_lower and t.is_alpha and (
                t.lower_ not in {"and", "or", "the"}):
            return False
    return True


def once_ahead(doc, sent_start: int, start: int, phrase: str = "") -> bool:
    """"Once the two Nordic nations join the alliance, Russia will be": an act in the present
    after "once" opening the clause, a condition to come (not "Finland, once neutral, joined",
    "Once Sweden became a member, it", "Once again Brazil takes over"); the trigger's
    ``phrase`` gives its irregular past ("withdraw|withdrew")."""
    window = doc[max(sent_start, start - 10):start]
    if not any(t.lower_ == "once" for t in window):
        return False  # (most triggers: no "once" to read)
    word = doc[start].lower_
    if word.endswith("ed") or word in _PAST_IRREGULAR or word in {f for w in phrase.split() for f in w.split("|")[1:]}:
        return False
    return any(t.lower_ == "once" and (t.i == sent_start or doc[t.i - 1].text in {",", ";", "—", "–"})
               and doc[t.i + 1].lower_ not in {"again", "more", "-", "–"}  # "Once again", "Once-neutral"
               and "," not in {u.text for u in doc[t.i + 1:start]}
               for t in window)


_PAST_IRREGULAR = {"became", "led", "left", "took", "won", "began", "was", "were", "had", "got", "withdrew", "quit"}


#: what is opened for someone to act: "the way is clear for", "opens the door for"
_OPENED = {"clear", "cleared", "clears", "way", "door", "doors", "path", "stage", "ground"}


def as_observer(doc, end: int, sent_end: int) -> bool:
    """"was admitted into ASEAN as an observer", "joined APSCO with observer's status": a
    status no relation stands for, no membership ("as" or "with" and "observer" within a few
    words after the trigger)."""
    words = [t.lower_ for t in doc[end:min(end + 10, sent_end)]]
    cut = next((k for k in range(len(words) - 1) if words[k:k + 2] == [",", "with"]), None)
    if cut is not None:  # "includes A and B, with C and D as observers": the later list's
        words = words[:cut + 5]  # status, not the trigger's ("joined it, with observer status")
    return any((w in {"as", "with"} or w in {"are", "were"} and k <= 3)  # "Also participating
               and {"observer", "observers"} & set(words[k + 1:k + 4])  # in the organization
               for k, w in enumerate(words))  # are four observer countries (A, B)": inverted


def in_principle_after(doc, end: int, sent_end: int) -> bool:
    """'is to be admitted "in principle" as the 11th member': agreed, not done."""
    words = [t.lower_ for t in doc[end:min(end + 4, sent_end)] if not t.is_quote]
    return any(a == "in" and b == "principle" for a, b in itertools.pairwise(words))


_TITLE_GLUE = {"of", "to", "the", "and", "in", "into", "with"}


def a_title(doc, sent_start: int, start: int, sent_end: int) -> bool:
    """"Accession of Papua New Guinea to the Association of Southeast Asian Nations" on a
    line of its own: a title that names the act as its topic (a noun first, every word
    capitalised or glue, no full stop, a line break after), not a report that it happened."""
    if start - sent_start > 1 or sent_end >= len(doc) and not doc[sent_end - 1].is_alpha:
        return False
    words = [t for t in doc[sent_start:sent_end] if not t.is_space]
    after = doc[sent_end - 1].whitespace_ + (doc[sent_end].text if sent_end < len(doc) else "\n")
    return (len(words) >= 3 and words[-1].is_alpha and "\n" in after
            and all(t.text[:1].isupper() or t.lower_ in _TITLE_GLUE for t in words))


def own_clause(doc, start: int, before: list[str], phrase: str) -> list[str]:
    """The words before a trigger (nearest first) that may negate it: none where the trigger
    is a verb of its own after "to VERB and" in another form than the infinitive ("refused to
    sign and withdrew from the treaty": the refusal is the signing's; "refused to sign and
    ratify" keeps it)."""
    base = phrase.split()[0].split("|")[0]
    if (before[:1] in (["and"], ["but"]) and "to" in before[1:3]
            and doc[start].lower_ != base and "|" in phrase.split()[0]):
        return []
    if before[:1] == ["to"] and "for" in before[1:4]:  # "was not “opportune” for Argentina
        at = start - 2 - before[1:4].index("for")  # to join": the words before "for" too
        return before + [t.lower_ for t in doc[max(0, at - 4):at] if not t.is_punct or t.is_quote]
    return before


NOT_YET = frozenset({"not", "n't", "n’t", "never", "no", "yet"})  # "have yet to join"
_DENIED = {"join", "joined", "sign", "signed", "ratify", "ratified", "accede", "acceded", "become",
           "members", "member", "part"}


def past_aside(doc, i: int, end: int) -> int:
    """Where the words after a list go on past an aside between commas that opens at ``i``
    ("Austria, while maintaining its neutral status, is not a member of NATO"), else ``i``."""
    closing = next((k for k in range(i + 2, min(i + 12, end)) if doc[k].text == ","), None)
    if doc[i:i + 1].text == "," and closing and not doc[i + 1].text[:1].isupper():
        return closing + 1
    return i


_CLAUSE_END = {".", ";", "!", ")"}


def joining_denied(doc, i: int, end: int) -> bool:
    """Whether the words after a list deny its joining ("Russia and China have yet to join",
    "have not signed", "is not a NATO member", "but China and Russia have not."), not another
    act ("have not recognized Kosovo")."""
    words = [t for t in doc[i:min(i + 7, end)] if t.is_alpha or t.lower_ in NOT_YET]
    k = next((k for k, w in enumerate(words[:3]) if w.lower_ in NOT_YET), None)
    if k is None:
        return False
    after = words[k].i + 1 + (doc[words[k].i + 1:words[k].i + 2].text.lower() == "yet")
    if after >= len(doc) or doc[after].text in _CLAUSE_END:
        return True  # "agreed to join the Artemis Accords in June, but China and Russia have not."
    rest = [w.lower_ for w in words[k + 1:] if w.lower_ not in {"to", "yet", "been", "be", "already", "a", "the"}
            and not w.text[:1].isupper()]  # the object's name
    return bool(rest) and rest[0] in _DENIED
