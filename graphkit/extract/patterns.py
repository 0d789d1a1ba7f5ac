"""Trigger words of each relation, read from schema.yaml, found in a spaCy doc with negation
and hedging marked.

Each relation's ``extract`` entry in ``graphkit/schema/schema.yaml`` lists ``verbs``
(subject before, object after), ``nouns`` (likewise, "Russia's ratification of") and
``reverse`` phrases (object before, subjects after: passives, "drew interest from"),
``inner`` ones (subjects inside, object after: "appointing Latvia and Djibouti to") and
``appositions`` (subject just before, after a comma: "Egypt, a member of").
Verbs are inflected here ("sign" -> signs, signed, signing; "lead|led" gives the irregular
past), ``*`` stands for up to six words or numbers (in ``inner`` phrases also a list of
names), and an index by first word finds them (spaCy's Matcher did the same ten times
slower); the longest match wins where two overlap.
The phrases and forms are read in :mod:`graphkit.extract.schema_words` (``TriggerSpec``,
``forms``, ``kind_of_word``, ``load_specs``: importable from here too).
A verb after "not", "never", "declined to"... is negated (no claim); after "will", "plans
to", "could"... it is hedged (a lower confidence, status ``announced``); an invitation
("BRICS invited Peru to join") is no claim until accepted; what after a trigger undoes
it ("in principle", "as an observer", "... are mistaken") is read by
:mod:`graphkit.extract.undoing`. A participle right after an article ("the proposed
reactor") is an adjective, not a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from graphkit.extract.aspiring import ASPIRE, aspired_at, list_lead_in, past_adverbs, sought_list
from graphkit.extract.attending import an_event_after, attendees
from graphkit.extract.datecomma import date_comma
from graphkit.extract.partner_status import as_partner
from graphkit.extract.schema_words import TriggerSpec, forms, kind_of_word, load_specs
from graphkit.extract.steps import a_step
from graphkit.extract.undoing import (
    a_title,
    as_observer,
    denied,
    in_principle_after,
    own_clause,
    process_after,
)
from graphkit.extract.vocabulary import (
    ACCEPTANCES,
    ASKED_FOR,
    INVITATIONS,
    NEGATING,
    PROPOSALS,
    after_non,
    compound_first,
    role_of_none,
)

__all__ = ["Trigger", "TriggerSpec", "find_triggers", "forms", "kind_of_word", "load_specs"]

_BARRING = {f for w in ("prevent", "bar", "block", "stop", "keep", "exclude", "deter", "dissuade",
                       "discourage") for f in forms(w)} | {
    "kept", "barred", "barring", "stopped", "stopping", "deterred", "deterring", "back"}  # "holding back A"
_FROZEN_AFTER = {"frozen", "suspended", "halted"}  # "Armenia's participation in X is frozen"
_HEDGE = {"will", "would", "could", "may", "might", "plans", "plan", "planning", "expected",
          "intends", "intend", "set", "hopes", "aims", "aimed", "wants", "considering", "should",
          "'ll", "soon", "likely", "possible", "potential", "seeks", "poised", "ready",
          "prepared", "proposed", "consider", "invited", "invite", "invites", "inviting",
          "thought", "believed", "reportedly", "allegedly", "rumoured", "rumored"}
# a treaty's acts, each its own relation: "signed or ratified" says neither
_TREATY_ACTS = {"signature", "signed", "sign", "ratification", "ratified", "ratify", "accession",
                "acceded", "accede", "adherence", "adhered", "approval", "approved", "acceptance",
                "accepted"}
_SPECULATIVE = {"could", "might", "hope", "hopes", "hoped", "hoping", "possibly", "perhaps",
                "maybe", "likely", "unlikely", "procedure", "process", "whether", "allow", "allows", "allowed",
                "allowing", "principle", "eventual", "prospective", "optimistic", "pessimistic",
                "achieve", "achieving", "needed", "towards", "toward", "possibility",
                "principally",  # "agreed in principle to admit", "principally agreed to admit"
                "pave", "paves", "paved", "paving",  # "pave the way for Belarus to become"
                "forward", "chance", "chances",  # "look forward to welcoming", "a chance to lead"
                "theoretically", "hypothetically"}
_TALKED_OF = {"issue", "importance", "option", "options",  # "the importance of Ethiopia joining",
              "advocating", "advocate", "advocated"}  # "advocating for Kenya's participation"
_GAINING = {"gain|gained", "get|got|gotten", "obtain|obtained", "secure|secured"}  # "* membership"
_TALKS = {"talks", "discussions", "negotiations", "consultations"}  # "in talks to join"
_OWN_CLAUSE = {"have", "has", "had", "is", "are", "was", "were", "will", "their", "its"}
_ASKING = {"should", "will", "would", "could", "can", "might", "shall", "whether", "if",
           "n't", "n’t", "not"}  # "Why haven't Finland and Sweden already joined NATO?"
_TERMS = {"conditions", "requirements", "criteria", "terms", "rules", "prerequisites", "modalities"}
_UNREALISED = {"potential", "possible", "eventual", "prospective", "future", "hypothetical",
               "planned", "proposed", "intended"}  # "from the planned entry into BRICS": none
_OWNED_AIMS = {"bid", "bids", "application", "applications", "request", "wish", "desire", "hope",
               "hopes", "aim", "goal", "plan", "plans", "ambition", "intention", "attempt", "quest",
               "invitation", "invitations", "offer", "proposal", "call",  # "Russia's invitation to become"
               "push", "drive", "effort", "efforts", "chance", "chances", "path", "road", "way"}  # "in a year", "within two years"
# "BRICS invited Peru to join", "authorised X to sign": not the act (unless accepted)
_INVITE = INVITATIONS | {
    "authorized", "authorised", "authorize", "authorise", "authorizes", "authorises",
    "welcome", "welcomes", "welcomed", "welcoming",  # "welcome other countries to join"
    "permit", "permits", "permitted", "permitting",  # "will permit the seven to become"
    "urge", "urges", "urged", "urging", "encourage", "encourages", "encouraged", "encouraging",
    "expect", "expects",  # "NASA expects / urges more countries to sign": no act of NASA's
    "discussing", "debating", "considering", "mulling", "weighing"}  # "discussing including A"
_WILD = 6  # words a "*" stands for: "founded in August 1967 in Bangkok by"
_LIST_GLUE = {",", "and", "the", "&"}
_PLACES = {"top", "bottom", "far", "centre", "center", "upper", "lower", "second", "third"}
_PATHS = {"road", "path", "way", "roadmap", "route", "steps", "step", "progress"}
_ADVERBS = {"also", "already", "now", "then", "finally", "just", "still", "since", "recently",
            "formally", "officially", "jointly", "eventually", "subsequently", "thus", "too",
            "henceforth"}  # "The CSTO members henceforth are A, B"
# "The alliance, consisting of A, B and C,": its parts, not "countries, including Egypt"
_CONSTITUTING = {"consisting", "comprising", "uniting", "grouping", "encompassing", "bringing"}
_HEADING = {"on", "out", "to", "for", "home", "back", "off", "into", "toward", "towards", "up",
            "down", "north", "south", "east", "west", "abroad", "there"}
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
           "most", "some", "other", "top"}
_NOT_ADVERBS = {"only", "early", "family", "italy", "assembly", "supply", "july", "rally"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                "our", "newly", "recently", "jointly-"}


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a doc: token range, its specs (several when relations share the
    words, told apart by the object's kind), and whether negated or hedged."""

    start: int
    end: int
    specs: tuple[TriggerSpec, ...]
    negated: bool
    hedged: bool
    aspired: bool = False  # a plan of the subject's own ("ready to join"): interest at most


def _pattern(spec: TriggerSpec) -> list[frozenset[str] | None]:
    """A phrase as a list of sets of accepted lower-case words (``None``: up to six words
    or numbers, "founded * by" takes "founded on 15 June 2001 by" too)."""
    pattern = []
    for i, word in enumerate(spec.phrase.split()):
        if word == "*":
            pattern.append(None)
        elif (i == 0 and spec.form not in ("noun", "apposition")) or "|" in word:
            pattern.append(frozenset(forms(word)))
        else:
            pattern.append(frozenset({word.lower()}))
    return pattern


_INDEXES: dict[int, tuple] = {}


def _index(specs: tuple[TriggerSpec, ...]) -> dict[str, list[tuple[TriggerSpec, list]]]:
    """Specs by the words their phrase may start with: one dict look-up per token.

    spaCy's Matcher found the same matches, but with 127 phrases holding ``*`` it spent
    ~5 ms per 100 words; this index takes a tenth of that.
    """
    known = _INDEXES.get(id(specs))
    if known is not None and known[0] is specs:  # keyed by identity: hashing 127 specs per
        return known[1]                           # sentence cost more than matching them
    index: dict[str, list[tuple[TriggerSpec, list]]] = {}
    for spec in specs:
        pattern = _pattern(spec)
        for word in pattern[0]:
            index.setdefault(word, []).append((spec, pattern[1:]))
    _INDEXES[id(specs)] = (specs, index)
    return index


def _ends(words: list[str], alpha: list[bool], i: int, rest: list,
          names: list[bool] | None = None) -> list[int]:
    """Every end position where ``rest`` matches ``words`` from ``i``; with ``names``, a
    ``*`` also takes a list of names ("inclusion of Argentina, Egypt and Iran into")."""
    if not rest:
        return [i]
    head, tail = rest[0], rest[1:]
    if head is None:
        found = []
        nxt = tail[0] if tail else None
        commas = 0  # one date's own comma is no word: "founded in Shanghai on June 15, 2001 by"
        for skip in range(_WILD + 2):
            if skip and (i + skip > len(words) or not alpha[i + skip - 1]):
                break
            commas += skip > 0 and alpha[i + skip - 1] == 2
            if skip - commas > _WILD:
                break
            k = i + skip  # try only where the next word can follow (one call in seven)
            if nxt is None or (k < len(words) and (words[k] in nxt and not (words[k] == "by" and words[k - 1] in PROPOSALS) or (
                    k + 1 < len(words) and words[k + 1] in nxt and _adverb(words[k])))):
                found += _ends(words, alpha, k, tail, names)
        listed = 0
        while names is not None and i + listed < len(words) and names[i + listed] and listed < 40:
            listed += 1
            if tail and tail[0] is not None and i + listed < len(words) and words[i + listed] in tail[0]:
                found += _ends(words, alpha, i + listed, tail, names)
        return found
    if i < len(words) and words[i] in head:
        return _ends(words, alpha, i + 1, tail, names)
    if i + 1 < len(words) and words[i + 1] in head and _adverb(words[i]):
        return _ends(words, alpha, i + 2, tail, names)  # "were also admitted to", "was formally signed by"
    return []


def _after_as(doc, start: int, end: int) -> list[str]:
    """The words of a match after its last "as" ("joined ... as one of the partners")."""
    words = [t.lower_ for t in doc[start:end]]
    return words[len(words) - words[::-1].index("as"):] if "as" in words else []


def _headline_future(doc, start: int, sent_start: int) -> bool:
    """Whether "to" right after names that open the sentence puts the verb in a headline's
    future: "Armenia to leave Russian-led CSTO" (it will)."""
    names = doc[sent_start:start - 1]
    return (start - 1 > sent_start and doc[start - 1].lower_ == "to"
            and all(t.is_title or t.is_upper or t.lower_ in {"and", ",", "the", "-"} for t in names))


def _inner_hyphen(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining two words ("full-fledged")."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS)


def _of_intent(doc, start: int, end: int) -> set[str]:
    """{"intent"} when "of intent" stands inside a trigger ("signed letters of intent": a
    document, no wish), else nothing."""
    return {"intent"} if any(doc[k].lower_ == "intent" and doc[k - 1].lower_ == "of"
                             for k in range(start + 1, end)) else set()


def _heads_of(doc, end: int, sent_end: int) -> bool:
    """Whether "heads" before ``end`` is the noun of "heads of state", "heads-of-government"."""
    k = end + (end < sent_end and doc[end].text == "-")
    return doc[end - 1].lower_ == "heads" and k < sent_end and doc[k].lower_ == "of"


def _window(doc, start: int, sent_start: int, size: int = 4) -> list[str]:
    """Up to ``size`` words before ``start``, not crossing a comma or the sentence start."""
    words = []
    i = start - 1
    while i >= sent_start and len(words) < size:
        if doc[i].text in {",", ";", ":", "—", "–"}:
            break
        words.append(doc[i].lower_)
        i -= 1
    return words


def _in_title(before: list[str]) -> bool:
    """Whether the words before a noun trigger (nearest first) end an agreement's name
    ("Protocol on (full) membership in", "Protocol on the Accession of") or a way towards
    it ("a roadmap to full membership in")."""
    words = [w for w in before[:5] if w not in {'"', "'", "“", "”", "‘", "’"}]
    for k, word in enumerate(words[:3]):
        if word == "the":
            continue
        head = words[k + 1] if k + 1 < len(words) else ""
        if word in {"on", "of", "for", "concerning", "regarding"}:
            return bool(head) and kind_of_word().get(head) == kind_of_word().get("agreement")
        if word in {"to", "towards", "toward"}:  # "a roadmap to full membership": a way there
            return head in _PATHS
        if not word.isalpha():
            return False
    return False


def find_triggers(doc, sent_start: int, sent_end: int,
                  specs: tuple[TriggerSpec, ...] | None = None) -> list[Trigger]:
    """The trigger phrases in one sentence (token range) of ``doc``, longest first where
    two overlap, in text order."""
    specs = specs if specs is not None else load_specs()
    index = _index(specs)
    kept = [t.i for t in doc[sent_start:sent_end] if not t.is_quote]  # 'deposited "instruments of accession" to'
    words = [doc[i].lower_ for i in kept]
    # "the 32nd member"; "its full-fledged members": a hyphen inside a word is part of it, and
    # a date's own comma is part of the date ("was signed on October 13, 2020 by A")
    alpha = [not (doc[i].is_punct or doc[i].is_space) or _inner_hyphen(doc, i) or 2 * date_comma(doc, i)
             for i in kept]  # 2: a date's comma
    names = None  # a list of names ("Argentina, Egypt and the UAE"), for inner phrases only
    found = []
    for i, word in enumerate(words):
        for spec, rest in index.get(word, ()):
            if spec.form == "inner" and names is None:
                names = [doc[k].text[:1].isupper() or doc[k].lower_ in _LIST_GLUE for k in kept]
            ends = _ends(words, alpha, i + 1, rest, names if spec.form == "inner" else None)
            if ends:
                found.append((kept[i], kept[max(ends) - 1] + 1, spec))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    same: dict[tuple[int, int], list[TriggerSpec]] = {}
    for start, end, spec in found:
        same.setdefault((start, end), []).append(spec)
    taken: set[int] = set()
    triggers = []
    for start, end, spec in found:
        if any(i in taken for i in range(start, end)):
            continue
        if spec.phrase == "lead|led" and end < sent_end and doc[end].lower_ == "to":
            continue  # "the attempts to dominate Europe led to a coalition": a cause, no leader
        if spec.phrase == "head|headed" and end < sent_end and doc[end].lower_ in _HEADING:
            continue  # "they sign copies, pose for pictures, and then head on out": a way, no lead
        if spec.phrase == "head|headed" and _heads_of(doc, end, sent_end):
            continue  # "the upcoming heads-of-government summit", "heads of state": people
        if doc[start].text == "United" and start + 1 < sent_end and doc[start + 1].is_title:
            continue  # "the United Nations", "United Kingdom": a name, not the verb "united"
        if spec.phrase[:2] in ("'s", "’s") and any(t.text in {"'s", "’s"} for t in doc[start + 1:end]):
            continue  # "Finland's and Sweden's applications to join": a list of owners, no "*"
        if spec.phrase[:2] in ("'s", "’s") and any(t.lower_ in _OWN_CLAUSE for t in doc[start + 1:end - 1]):
            continue  # "NATO's partners have declared their candidacy for membership": a clause between
        before = _window(doc, start, sent_start)
        if spec.form == "verb" and before[:1] and before[0] in _DETERMINERS and (
                before[0] not in {"newly", "recently"} or before[1:2] in (["the"], ["a"], ["an"])):
            continue  # "the signed agreement", "the recently signed": an adjective (not "have recently joined")
        if spec.form == "verb" and compound_first(doc, end):
            continue  # "Colombia's first left-wing head of state": no leaving
        if (spec.form == "verb" and start > sent_start and doc[start].lower_.endswith("ing")
                and (doc[start - 1].text.isdigit() or doc[start - 1].lower_ in _COUNTS)):
            continue  # "the five leading BRICS countries": an adjective after a count
        if (spec.form == "verb" and spec.phrase.split()[0] not in forms("be")
                and [w for w in before[:2] if not _adverb(w)][:1] in (["was"], ["were"], ["been"])
                and not doc[start].lower_.endswith("ing")):
            continue  # "a joint forum with Japan was established": a passive names no agent
        if spec.form == "reverse" and role_of_none(doc, start, spec.phrase, before):
            continue  # "member states and partner countries, including A, B"; "an EU member state – A, B"
        if spec.form == "inner" and not any(t.text[:1].isupper() for t in doc[start + 1:end]):
            continue  # "appointed a special envoy to resolve issues": no name inside, no one appointed
        if spec.form == "inner" and ([w for w in before[:2] if not _adverb(w)][:1] in (
                ["was"], ["were"], ["been"], ["being"]) or doc[start + 1].lower_ in {"been", "being"}):
            continue  # "has been welcomed into ASEAN as its 11th member", "have been admitted
            # as members of": a passive, no one inside
        if (spec.form == "verb" and start > sent_start and doc[start].is_title
                and doc[start - 1].lower_ in {"of", "the"}):
            continue  # "the Council of Heads of State": a word of a name, no verb
        if (spec.form == "verb" and doc[start].lower_ in {"'s", "’s"} and start + 1 < sent_end
                and doc[start + 1].lower_ in _OWNED_AIMS):
            continue  # "Kenya's bid to become a full member of": a possessive, no "is"
        if spec.phrase.split()[0] in _GAINING and (
                "for" in {t.lower_ for t in doc[start + 1:end]}
                or end < sent_end and doc[end].lower_ in _OWNED_AIMS | ASKED_FOR):
            continue  # "gained support for its NATO membership bid": not the membership
        if spec.form == "noun" and before[:2] in (["for", "opened"], ["for", "open"], ["for", "opens"]):
            continue  # "it opened for signature on 18 December 1979": no one signed
        if spec.form in ("noun", "inner") and _in_title(before) and not (
                spec.parties and not _bloc(spec.relation) and _signed_before(doc, start, sent_start)):
            continue  # "the Protocol on full membership in NATO": a document's title, no act
            # (but "signed a memorandum on cooperation in the ILRS": its signers cooperate)
        if (spec.form == "reverse" and doc[start].lower_.endswith("ing") and start > sent_start
                and doc[start - 1].text == "," and doc[start].lower_ not in _CONSTITUTING):
            continue  # "interest from several countries, including Egypt": a list, no verb
        if spec.form == "reverse" and doc[start].lower_ == "group" and end == start + 1:
            continue  # "join the BRICS group, including Iran": a noun; the verb is "groups"
        if spec.form == "reverse" and attendees(doc, start, sent_start):
            continue  # "with leaders in attendance including A and B": present, not members
        if spec.form == "verb" and an_event_after(doc, end, sent_end):
            continue  # "took part in the meeting alongside the organisation's secretary-general"
        if (end - start == 1 and start > sent_start and end < sent_end and doc[end].text in {",", ")"}
                and (doc[start - 1].text in {",", "("} or doc[start - 1].lower_ in _PLACES
                     or doc[start - 1].lower_ == "from" and doc[start - 2].text == "(")):
            continue  # a caption: "NASA Administrator Bill Nelson, left, and", ", bottom left,", "(from left)"
        if (spec.form == "noun" and end - start == 1 and end < sent_end
                and kind_of_word().get(doc[end].lower_) == kind_of_word().get("agreement")):
            continue  # "the accession protocols": a document's name, no act
        if " as * " in spec.phrase and "to" in _after_as(doc, start, end):
            continue  # "joined the ILRS as China continues its push to attract partners": a clause
        if any(after_non(doc, i) for i in range(max(sent_start + 2, start), end + 1)):
            continue  # "NATO non-members are", "has several non-members, including": what they are not
        taken.update(range(start, end))
        inside = {t.lower_ for t in doc[start + 1:end]}
        after = {t.lower_ for t in doc[end:min(end + 8, sent_end)]} if spec.form == "noun" else set()
        negated = bool(NEGATING & (set(own_clause(doc, start, before, spec.phrase))  # not the
                                    | inside - set(spec.phrase.split()))  # bid's "observer status"
                       or _FROZEN_AFTER & after
                       or as_observer(doc, end, sent_end))
        wide = set(_window(doc, start, sent_start, 8))
        # speculation is no claim: "I hope Japan could join", "the procedure for granting"
        negated = (negated or bool(_SPECULATIVE & wide) or "principle" in inside
                   or spec.form != "reverse" and bool(_TALKED_OF & wide)  # talked of, not done
                   or any(t.text in {"may", "can"} for t in doc[max(sent_start, start - 3):start])  # not "May"
                   # "nearing decisions on whether to ditch their policy of nonalignment and join"
                   or any(t.lower_ == "whether" for t in doc[max(sent_start, start - 15):start])
                   or any(t.lower_ in {"if", "unless"} for t in doc[max(sent_start, start - 8):start])
                   or in_principle_after(doc, end, sent_end)
                   or doc[sent_end - 1].text == "?" and any(  # "should Nigeria join BRICS?"
                       t.lower_ in _ASKING for t in doc[sent_start:start])
                   or denied(doc, sent_start, start, end, sent_end)
                   # "obstacles preventing Papua New Guinea from joining"
                   or before[:1] == ["from"] and bool(_BARRING & wide))
        if spec.form in ("noun", "inner") and (process_after(doc, end, sent_end)
                                               or a_title(doc, sent_start, start, sent_end)):
            negated = True  # "The accession of East Timor to ASEAN is a process": not done
        if before[:1] == ["or"] and before[1:2] and before[1] in _TREATY_ACTS or (
                doc[end:end + 1].text == "or" and doc[end + 1:end + 2].text.lower() in _TREATY_ACTS):
            negated = True  # "instruments of ratification or accession": neither is said
        if spec.form == "noun" and before[:1] in (["for"], ["on"], ["about"]) and before[1:2] and (
                before[1] in {"negotiations", "talks", "consultations", "discussions", "consideration"}):
            negated = True  # "open negotiations for accession to X": talks, not an accession
            # ("into serious consideration for membership in NATO": weighed, not admitted)
        if spec.form == "noun" and before[:1] and before[0] in _UNREALISED:
            negated = True  # "its potential participation in the ILRS"
        if before[:1] in (["of"], ["for"]) and before[1:2] and before[1] in _TERMS:
            negated = True  # "waiting for details on the conditions of membership": terms, no member
        if before[:2] in (["on", "decision"], ["about", "decision"]) and "to" in wide:
            negated = True  # "in order to make a decision on joining": none taken yet
        if before[:2] in (["to", "preparing"], ["to", "prepares"], ["to", "prepare"]):
            negated = True  # "Russia is preparing to sign a memorandum": a plan, no signature
        if past_adverbs(before)[:1] == ["to"]:  # "decided to invite six countries, A, B and C, to become"
            back = {t.lower_ for t in doc[max(sent_start, start - 30):start]}
            negated = negated or bool(_INVITE & back and not ACCEPTANCES & back)
            near = [t.lower_ for t in doc[max(sent_start, start - 8):start]]
            if "for" in near[1:] and kind_of_word().get(
                    near[len(near) - 1 - near[::-1].index("for") - 1]) == kind_of_word().get("agreement"):
                negated = True  # "signed the accession protocol for Finland to join": a document
        if spec.form == "reverse" and _INVITE & set(before[:4]) and not ACCEPTANCES & set(before[:6]):
            negated = True  # "the seven invited countries - A, B - to become members", "invited to become new members"
        if INVITATIONS & inside and "invit" not in spec.phrase and not ACCEPTANCES & inside:
            negated = True  # "have been invited to become full members of BRICS": a "*" took the invitation
        bracketed = all(s.form == "reverse" and s.phrase.endswith("(") for s in same[start, end])
        if bracketed:
            negated = bool(NEGATING & inside)  # "will consider whether to join the BRICS
            wide = set()  # (Brazil, ...) group": the brackets say who the members are
        bare = doc[start].lower_.endswith("ing") or doc[start].lower_ == spec.phrase.split("|")[0]
        hedged = bool(_HEDGE & wide or "will" in inside) or _headline_future(doc, start, sent_start) or (  # "the new partners will be A, B"
            spec.form == "verb" and doc[start].lower_.endswith("ing") and "to" in before[:1]) or (
            before[:1] == ["and"] and bare and any(  # "are expected to decide on A and granting
                doc[i].lower_ in _HEDGE and doc[i + 1].lower_ == "to"  # B partner status"
                for i in range(max(sent_start, start - 30), start - 1)))
        triggers.append(Trigger(start, end, as_partner(doc, end, sent_end, same[start, end], specs,
                                                   start, sent_start), negated, hedged,
                                not bracketed and (  # "seeking to join the BRICS (A, B)": A, B are members
                                aspired_at(doc, start, sent_start, _window(doc, start, sent_start, 8))
                                or bool(ASPIRE & inside - _of_intent(doc, start, end))
                                # "are aspiring members of", "intent on becoming"; not "letters of intent"
                                or before[:1] == ["to"] and before[1:2] and before[1] in _TALKS
                                or a_step(doc, spec.form, start, sent_start, sent_end,
                                          _window(doc, start, sent_start, 6))
                                or spec.form == "reverse" and "include" in spec.phrase and sought_list(
                                    list_lead_in(doc, start, sent_start)))))
    return sorted(triggers, key=lambda t: t.start)


def _signed_before(doc, start: int, sent_start: int) -> bool:
    """Whether a signing verb stands a few words before a document's title ("signed a
    memorandum on cooperation in the ILRS")."""
    return any(t.lower_ in {"signed", "sign", "signs", "signing", "inked"}
               for t in doc[max(sent_start, start - 6):start])


@cache
def _bloc(relation: str) -> bool:
    from graphkit.schema import load_schema

    return bool(load_schema().relations[relation].bloc)
