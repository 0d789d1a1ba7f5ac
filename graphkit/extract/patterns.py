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
reactor") is an adjective, not a trigger; that and the other matches that are no act where
they stand are told in :mod:`graphkit.extract.false_triggers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from graphkit.extract.aspiring import ASPIRE, aspired_at, list_lead_in, past_adverbs, sought_list
from graphkit.extract.datecomma import date_comma
from graphkit.extract.exits import no_exit
from graphkit.extract.false_triggers import adverb, no_trigger
from graphkit.extract.partner_status import as_partner
from graphkit.extract.questions import asks_whether
from graphkit.extract.schema_words import TriggerSpec, forms, kind_of_word, load_specs
from graphkit.extract.steps import a_step
from graphkit.extract.undoing import (
    a_title,
    as_observer,
    denied,
    in_principle_after,
    made_possible,
    once_ahead,
    own_clause,
    process_after,
)
from graphkit.extract.vocabulary import (
    ACCEPTANCES,
    INVITATIONS,
    NEGATING,
    PROPOSALS,
    REPORTING,
    UNREALISED,
    relation_of,
)

__all__ = ["Trigger", "TriggerSpec", "find_triggers", "forms", "kind_of_word", "load_specs"]

_BARRING = {f for w in ("prevent", "bar", "block", "stop", "keep", "exclude", "deter", "dissuade",
                       "discourage") for f in forms(w)} | {
    "kept", "barred", "barring", "stopped", "stopping", "deterred", "deterring", "back",  # "holding back A"
    # "USA prohibit China from participating in any International Space Station project"
    "prohibit", "prohibits", "prohibited", "prohibiting", "ban", "bans", "banned", "banning"}
_FROZEN_AFTER = {"frozen", "suspended", "halted"}  # "Armenia's participation in X is frozen"
_THREATS = {"threatened", "threatens", "threaten", "threatening"}  # a threat is no act


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
_TALKS = {"talks", "discussions", "negotiations", "consultations"}  # "in talks to join"
#: talks about an act or its weighing, before "for", "on" or "about" and a noun trigger
_WEIGHING = {"negotiations", "talks", "consultations", "discussions", "consideration", "discussed",
             "considered", "debated", "evaluated", "shortlisted", "assessed", "vetted", "reviewed",
             "prospects", "perspectives",  # "Lithuania's perspectives for membership in the ESA"
             "conference", "conferences"}  # "the intergovernmental conference on the accession of Iceland"
_UNWILLING = {"inability", "unwillingness", "reluctance", "unwilling", "refusal", "hesitation", "hesitant"}
_ASKING = {"should", "will", "would", "could", "can", "might", "shall", "whether", "if",
           "n't", "n’t", "not"}  # "Why haven't Finland and Sweden already joined NATO?"
#: a view held on an act, before "on": "its position on its membership", no membership
_STANCES = {"position", "positions", "stance", "stances", "view", "views"}
_TERMS = {"conditions", "requirements", "criteria", "terms", "rules", "prerequisites", "modalities"}
# "BRICS invited Peru to join", "authorised X to sign": not the act (unless accepted)
_INVITE = INVITATIONS | {
    "authorized", "authorised", "authorize", "authorise", "authorizes", "authorises",
    "welcome", "welcomes", "welcomed", "welcoming",  # "welcome other countries to join"
    "permit", "permits", "permitted", "permitting",  # "will permit the seven to become"
    "urge", "urges", "urged", "urging", "encourage", "encourages", "encouraged", "encouraging",
    "expect", "expects",  # "NASA expects / urges more countries to sign": no act of NASA's
    "discussing", "debating", "considering", "mulling", "weighing"}  # "discussing including A"
#: "completed the process of joining": the step done, no wish any more
_JOINING_PROCESSES = {"process", "procedure", "procedures"}
_COMPLETED = {"completed", "completes", "complete", "finished", "finishes", "concluded", "finalised",
              "finalized"}


def _to_admit(before: list[str]) -> bool:
    """Whether "to admit" stands among ``before`` (nearest first): a decision still to be
    carried out."""
    return any(before[k:k + 2] == ["admit", "to"] for k in range(len(before) - 1))


_WILD = 6  # words a "*" stands for: "founded in August 1967 in Bangkok by"
_LIST_GLUE = {",", "and", "the", "&"}


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
                    k + 1 < len(words) and words[k + 1] in nxt and adverb(words[k])))):
                found += _ends(words, alpha, k, tail, names)
        listed = 0
        while names is not None and i + listed < len(words) and names[i + listed] and listed < 40:
            listed += 1
            if tail and tail[0] is not None and i + listed < len(words) and words[i + listed] in tail[0]:
                found += _ends(words, alpha, i + listed, tail, names)
        return found
    if i < len(words) and words[i] in head:
        return _ends(words, alpha, i + 1, tail, names)
    if i + 1 < len(words) and words[i + 1] in head and adverb(words[i]):
        return _ends(words, alpha, i + 2, tail, names)  # "were also admitted to", "was formally signed by"
    return []


def _headline_future(doc, start: int, sent_start: int) -> bool:
    """Whether "to" right after names that open the sentence puts the verb in a headline's
    future: "Armenia to leave Russian-led CSTO" (it will)."""
    names = doc[sent_start:start - 1]
    return (start - 1 > sent_start and doc[start - 1].lower_ == "to"
            and all(t.is_title or t.is_upper or t.lower_ in {"and", ",", "the", "-"} for t in names))


def _working_to(doc, start: int, end: int) -> bool:
    """Whether "working to" stands inside a trigger ("is working to be a full member of"): a wish."""
    return any(doc[k].lower_ in {"working", "works"} and doc[k + 1].lower_ == "to" for k in range(start, end - 1))


def _inner_hyphen(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining two words ("full-fledged")."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def _of_intent(doc, start: int, end: int) -> set[str]:
    """{"intent"} when "of intent" stands inside a trigger ("signed letters of intent": a
    document, no wish), else nothing."""
    return {"intent"} if any(doc[k].lower_ == "intent" and doc[k - 1].lower_ == "of"
                             for k in range(start + 1, end)) else set()


_COMPOSED = ("comprise", "consist", "compose", "make|made up")
_ENTERED = {f for w in ("join", "enter") for f in forms(w)}  # "want to join the bloc comprised of"


def _describing(doc, start: int, sent_start: int, specs) -> bool:
    """Whether a reverse trigger of composition stands right after "join the" or "enter the" and
    a kind's noun ("Milei did not want to join the bloc comprised of A, B and C"): the list says
    what the bloc is, whatever the clause before it says of the joiner."""
    return (start - 3 >= sent_start and doc[start - 1].lower_ in kind_of_word() and doc[start - 2].lower_ == "the"
            and doc[start - 3].lower_ in _ENTERED  # not "The EU wants to strengthen the group comprised of"
            and all(s.form == "reverse" and s.phrase.startswith(_COMPOSED) for s in specs))


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


_SUPPOSING = {"would", "could", "might"}
#: a verb or relative before the modal: the gerund is not its subject
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "who", "which", "that"}


def _names_only(doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` are only names and list words ("India and Pakistan"), or none, from the
    start or after a word of saying: a gerund after them opens the subject ("Russia says A and B joining NATO could")."""
    said = [t.i + 1 for t in doc[start:end] if t.lower_ in REPORTING - {"states", "according"} or t.lower_ == "that"
            and REPORTING & {u.lower_ for u in doc[max(start, t.i - 4):t.i]}]  # "said on Wednesday that"
    return all(t.text[:1].isupper() or t.lower_ in {",", "and", "the"} for t in doc[max([start, *said]):end])


def _supposed(doc, end: int, sent_end: int) -> bool:
    """Whether "would", "could" or "might" follows before any comma outside brackets and any
    other verb: the act a gerund opening the sentence names is supposed ("Admitting A into B
    would ...", "Ukraine joining the EU by 2030 would reshape"; a past act weighed, "Greece and
    Turkey joining NATO in 1952 would prove crucial", reads the same: the year alone cannot tell)."""
    depth = 0
    for t in doc[end:sent_end]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text == "," or t.lower_ in _FINITE | _SUPPOSING:
            return t.lower_ in _SUPPOSING  # not "Joining the boycott were A and B, who"
    return False


def _by_the_members(doc, start: int, end: int, spec) -> bool:
    """Whether a "by" the gap took has the members after it: "is turned down by the permanent members of" (not
    the phrase's own "by", "was invited by NATO members to join"; nor "accepted by X as a member of")."""
    by = None if "by" in spec.phrase.split() else next((t.i for t in doc[start + 1:end] if t.lower_ == "by"), None)
    words = [t.lower_ for t in doc[by + 1:end]] if by is not None else []
    return "as" not in words and any(w in {"member", "members"} for w in words)


def _gap_words(doc, start: int, end: int, spec) -> set[str]:
    """The words a trigger's "*" took ("are likely to become permanent members of", "could be
    extended to"), in lower case, without the phrase's own words and the month "May" ("signed
    in May 2022 by"): a speculation or a hedge among them is the trigger's."""
    return {t.lower_ for t in doc[start + 1:end] if t.text != "May"} - set(spec.phrase.split())


@cache
def _wishing() -> str:
    """The relation of a wish to join (schema.yaml's interest): a speculation in its gap is
    its own ("sought eventual membership")."""
    return relation_of("apply|applied to join", "verb")


@cache
def _leaving() -> str:
    """The relation of leaving a body (schema.yaml's withdrawal)."""
    return relation_of("pull|pulled out of", "verb")


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
        before = _window(doc, start, sent_start)
        if no_trigger(doc, start, end, spec, before, sent_start, sent_end):
            continue
        taken.update(range(start, end))
        inside = {t.lower_ for t in doc[start + 1:end]}
        after = {t.lower_ for t in doc[end:min(end + 8, sent_end)]} if spec.form == "noun" else set()
        negated = bool(NEGATING & (set(own_clause(doc, start, before, spec.phrase))  # not the
                                    | inside - set(spec.phrase.split()))  # bid's "observer status"
                       or _FROZEN_AFTER & after
                       # "Four EU member states are not NATO members: A, B": no NATO's
                       or spec.form == "reverse" and doc[end:end + 1].text.lower() in {"not", "never"}
                       and doc[end + 1:end + 2].text.lower() != "only"  # not "include not only A but"
                       or as_observer(doc, end, sent_end))
        wide = set(_window(doc, start, sent_start, 8))  # speculation is no claim: "I hope Japan could join"
        gap = _gap_words(doc, start, end, spec)  # "are likely to become permanent members of"
        negated = (negated or bool(_SPECULATIVE & wide)
                   or spec.relation != _wishing() and bool(_SPECULATIVE & gap)
                   or "principle" in inside
                   or spec.phrase.startswith("be|") and _by_the_members(doc, start, end, spec)
                   or spec.form == "reverse" and doc[start].lower_ == "including" and before[:1] in (
                       ["for"], ["of"], ["on"], ["about"], ["to"])  # "lobbying for including EU": a wish, not yet
                   or spec.form != "reverse" and bool(_TALKED_OF & wide)  # talked of, not done
                   or any(t.text in {"may", "can"} for t in doc[max(sent_start, start - 3):start])  # not "May"
                   # "nearing decisions on whether to ditch their policy of nonalignment and join"
                   or any(t.lower_ == "whether" for t in doc[max(sent_start, start - 15):start])
                   or any(t.lower_ in {"if", "unless"} for t in doc[max(sent_start, start - 8):start])
                   or in_principle_after(doc, end, sent_end)
                   or doc[sent_end - 1].text == "?" and any(  # "should Nigeria join BRICS?"
                       t.lower_ in _ASKING for t in doc[sent_start:start])
                   or denied(doc, sent_start, start, end, sent_end)
                   or made_possible(doc, sent_start, start) or once_ahead(doc, sent_start, start, spec.phrase)
                   # "obstacles preventing Papua New Guinea from joining"
                   or before[:1] == ["from"] and bool(_BARRING & wide))
        if spec.form in ("noun", "inner") and (
                process_after(doc, end, sent_end) and spec.relation != _wishing()
                or a_title(doc, sent_start, start, sent_end)):
            negated = True  # "The accession of East Timor to ASEAN is a process": not done (but
            # "The intention of Armenia to join the EU was discussed": an intention still)
        if before[:1] == ["or"] and before[1:2] and before[1] in _TREATY_ACTS or (
                doc[end:end + 1].text == "or" and doc[end + 1:end + 2].text.lower() in _TREATY_ACTS):
            negated = True  # "instruments of ratification or accession": neither is said
        weighed = before[1:] if before[:1] in (["full"], ["permanent"], ["the"]) else before  # "considered for
        # full membership", "a conference on the accession of"
        if (spec.form == "noun" or spec.form == "inner" and spec.relation != _wishing()) and weighed[:1] in (
                ["for"], ["on"], ["about"]) and weighed[1:2] and weighed[1] in _WEIGHING and not (
                weighed[1] in {"conference", "conferences"} and weighed[2:3] in (["press"], ["news"])):
            negated = True  # "open negotiations for accession to X": talks, not an accession
            # ("into serious consideration for membership in NATO", "were also discussed for
            # membership in": weighed, not admitted)
        if spec.form == "noun" and before[:1] and (before[0] in UNREALISED or before[0] in {"full", "fully"}
                                                   and before[1:2] and before[1] in UNREALISED):
            negated = True  # "its potential participation in the ILRS", "future full membership"
        if before[:1] in (["of"], ["for"]) and before[1:2] and before[1] in _TERMS:
            negated = True  # "waiting for details on the conditions of membership": terms, no member
        if doc[start].lower_.endswith("ing") and _names_only(doc, sent_start, start) and _supposed(
                doc, end, sent_end):
            negated = True  # "Admitting the UAE into the BRICS bloc would enable", "India and
            # Pakistan joining the SCO as full members would be the first expansion": supposed
        on = next((k for k, w in enumerate(before[:4]) if w == "on"), None)
        if spec.form == "noun" and on is not None and before[on + 1:on + 2] and before[on + 1] in _STANCES:
            negated = True  # "to review its political position on its membership of the PfP"
        if before[:2] in (["on", "decision"], ["about", "decision"]) and "to" in wide:
            negated = True  # "in order to make a decision on joining": none taken yet
        if before[:2] in (["to", "preparing"], ["to", "prepares"], ["to", "prepare"]):
            negated = True  # "Russia is preparing to sign a memorandum": a plan, no signature
        if before[:1] == ["to"] and before[1:2] and before[1] in _THREATS | _UNWILLING:
            negated = True  # "Russia threatened to leave the council": no exit; "Serbia expressed
            # its unwillingness to join NATO"
        if spec.relation == _leaving() and no_exit(doc, start, end, before, _window(doc, start, sent_start, 7),
                                                   sent_end):
            negated = True
        negated = negated or asks_whether(doc, sent_start, sent_end, start)  # "Did Norway join the EU?"
        if doc[start].lower_ in _JOINING_PROCESSES and _COMPLETED & set(before[:3]):
            negated = True  # "Sweden completed the process of joining NATO": no longer a wish
        if past_adverbs(before)[:1] == ["to"]:  # "decided to invite six countries, A, B and C, to become"
            back = {t.lower_ for t in doc[max(sent_start, start - 30):start]}
            negated = negated or bool(_INVITE & back and not ACCEPTANCES & back)
            near = [t.lower_ for t in doc[max(sent_start, start - 8):start]]
            if "for" in near[1:] and kind_of_word().get(
                    near[len(near) - 1 - near[::-1].index("for") - 1]) == kind_of_word().get("agreement"):
                negated = True  # "signed the accession protocol for Finland to join": a document
        if spec.form == "reverse" and (_INVITE & set(before[:4]) or _to_admit(before[:5])) and not (
                ACCEPTANCES & set(before[:6])):  # "the seven invited countries - A, B - to become
            negated = True  # members", "agreed to admit two Balkan countries – A and B – to the organisation"
        if INVITATIONS & inside and "invit" not in spec.phrase and not ACCEPTANCES & inside:
            negated = True  # "have been invited to become full members of BRICS": a "*" took the invitation
        bracketed = all(s.form == "reverse" and s.phrase.endswith("(") for s in same[start, end]) or (
            _describing(doc, start, sent_start, same[start, end]))  # "not want to join the bloc comprised of"
        if bracketed:
            negated = bool(NEGATING & inside)  # "will consider whether to join the BRICS
            wide = set()  # (Brazil, ...) group": the brackets say who the members are
        bare = doc[start].lower_.endswith("ing") or doc[start].lower_ == spec.phrase.split("|")[0]
        hedged = bool(_HEDGE & (wide | gap) or "will" in inside) or _headline_future(doc, start, sent_start) or (  # "the new partners will be A, B"
            spec.form == "verb" and doc[start].lower_.endswith("ing") and "to" in before[:1]) or (
            before[:1] == ["and"] and bare and any(  # "are expected to decide on A and granting
                doc[i].lower_ in _HEDGE and doc[i + 1].lower_ == "to"  # B partner status"
                for i in range(max(sent_start, start - 30), start - 1)))
        triggers.append(Trigger(start, end, as_partner(doc, end, sent_end, same[start, end], specs,
                                                   start, sent_start), negated, hedged,
                                not bracketed and doc[start].text != "," and (  # "seeking to join the BRICS
                                # (A, B)", "considering joining AUKUS, a pact with A, B": members
                                aspired_at(doc, start, sent_start, _window(doc, start, sent_start, 8))
                                or bool(ASPIRE & inside - _of_intent(doc, start, end))
                                or _working_to(doc, start, end)  # "is working to be a full member of"
                                # "are aspiring members of", "intent on becoming"; not "letters of intent"
                                or before[:1] == ["to"] and before[1:2] and before[1] in _TALKS
                                or a_step(doc, spec.form, start, sent_start, sent_end,
                                          _window(doc, start, sent_start, 6))
                                or spec.form == "reverse" and "include" in spec.phrase and sought_list(
                                    list_lead_in(doc, start, sent_start)))))
    return sorted(triggers, key=lambda t: t.start)
