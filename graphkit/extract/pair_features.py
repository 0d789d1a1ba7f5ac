"""Every (subject, relation, object) an article could state, with what the text around it
shows: the features :mod:`graphkit.extract.reader` weighs.

A triple is a candidate wherever its subject and object are named in one sentence, or the
subject in a sentence that names no organisation, programme or agreement within two
sentences of the last one that did ("The members are: A, B ..."). The relations tried are
those the trigger phrases of ``schema.yaml`` serve, each only between the kinds it joins.
Features are names such as ``T:between|SIGNED`` (a trigger of the relation between subject
and object) or ``w:observer|MEMBER_OF`` (a cue word in the sentence; ``wb:`` and ``wa:``,
one within five words before or after the subject): words, triggers, distances, counts and
what the rules proposed. No text of any article is kept in them but
the cue words below, which we chose.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graphkit.extract.forms.counted_bloc import INCLUDED
from graphkit.extract.forms.invitation import RULE as INVITED_RULE
from graphkit.extract.forms.partnered import BLOCS_RULE
from graphkit.extract.listed_member import COUNTED_BESIDE
from graphkit.extract.no_body import TITLES
from graphkit.extract.owned import owned_name
from graphkit.extract.patterns import find_triggers
from graphkit.extract.programme_partners import RULE as PROGRAMME
from graphkit.extract.schema_words import load_specs
from graphkit.extract.vocabulary import CONTRAST_TURN, OWN_NAME_HEADS, POSSESSIVE_MARKS

__all__ = ["BETWEEN", "CUES", "Occurrence", "TripleFeatures", "from_programme", "left_as_is",
           "new_object", "triple_features", "unread"]

#: words whose presence in a sentence the reader weighs, for each relation
CUES = frozenset({
    "member", "members", "membership", "signatory", "signatories", "signed", "signing", "sign",
    "joined", "join", "joins", "joining", "partner", "partners", "partnership", "observer",
    "dialogue", "invited", "invitation", "guest", "guests", "not", "yet", "will", "would",
    "plans", "plan", "talks", "summit", "leaders", "including", "include", "includes", "such",
    "as", "applied", "application", "bid", "candidate", "candidates", "accession", "ratified",
    "ratification", "founding", "founded", "founders", "interest", "interested", "cooperation",
    "agreement", "memorandum", "withdrew", "withdrawal", "left", "suspended", "expelled",
    "attended", "attend", "hosted", "host", "chair", "president", "minister", "prime", "states",
    "countries", "nations", "first", "latest", "newest", "new", "became", "become", "full",
    "affiliate", "associate", "status", "currently", "current", "now", "former", "rejected",
    "declined", "refused", "opposed", "could", "may", "might", "possible", "possibly",
    "considering", "considered", "expected", "expects", "hopes", "hope", "seek", "seeks",
    "sought", "wants", "want", "ally", "allies", "alliance", "bloc", "group", "organisation",
    "organization", "treaty", "accords", "accord", "programme", "program", "station", "lunar"
})

#: words before a subject that tell its role ("members including A", "the presidents of A")
_FUNCTION = frozenset({"of", "in", "to", "by", "with", "from", "and", "or", "as", "including",
                       "include", "like", ",", ":", ";", "-", "–", "(", "the", "between",
                       "among", "than"})
#: words between subject and object that part them into two clauses or two lists ("ASEAN
#: nations A and B, as well as C": not C; "NATO members, while Russia")
BETWEEN = CONTRAST_TURN | {"well", "besides", "unlike", "except", "which", "who", "whose", "said",
                           "told", ";"}
#: heads of a body's name ("alliance", "initiative") that, after a capitalised word no node
#: stands for, name a body of its own (:func:`_unknown_body`)
BODY_HEADS = frozenset({"alliance", "bloc", "pact", "coalition", "partnership", "initiative",
                        "project", "framework", "corridor", "mechanism", "club", "network",
                        "consortium"})
_CONTEXT = 2  # sentences a list may follow the organisation it belongs to
_NEAR = 5  # tokens either side of a subject whose cue words are its own


@dataclass
class Occurrence:
    """Where a triple is stated: the sentence (token range), the subject's first token, and
    the words to mark."""

    start: int
    end: int
    subject_at: int
    trigger: object = None  # a trigger of the triple's own relation in the sentence, if any
    spans: tuple = ()  # token ranges of the subject, the trigger and the object, where known
    context: bool = False  # the object named in a sentence before, the list after it
    stated: tuple = field(default=(), repr=False)  # how to read its features again (_statement's arguments)


@dataclass
class TripleFeatures:
    features: dict[str, float] = field(default_factory=dict)
    occurrences: list[Occurrence] = field(default_factory=list)

    def add(self, name: str, value: float = 1.0) -> None:
        """Set ``name`` ("feature|RELATION") and its form for every relation ("feature|*"),
        which carries what is learnt on common relations over to rare ones."""
        shared = name.rsplit("|", 1)[0] + "|*"
        for key in (name, shared) if not name.startswith("bias|") else (name,):
            self.features[key] = max(self.features.get(key, 0.0), value)

    def stated_in(self, occurrences: list[Occurrence]) -> dict[str, float]:
        """The features as if only ``occurrences`` (some of this triple's) stated it: what
        no statement added (the rules' proposals, the count) and what those add, each
        statement read again (rarely asked: reading every one twice would cost more)."""
        def read(statements) -> dict[str, float]:
            again = TripleFeatures()
            for o in statements:
                _statement(again, *o.stated)
            return again.features
        from_statements = read(self.occurrences)
        out = {k: v for k, v in self.features.items() if k not in from_statements}
        out.update(read(occurrences))
        return out


def _bucket(n: float, edges: tuple) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _relations(schema):
    return [schema.relations[r] for r in sorted({s.relation for s in load_specs()})]


def _ends(mentions, agency_country: dict, country: str):
    """(node, kind, first token, how, end token) of each mention, an agency's country after
    it."""
    for m in mentions:
        yield m.node, m.kind, m.start, m.how, m.end
        if m.node in agency_country:
            yield agency_country[m.node], country, m.start, "agency", m.end


def _acts(end, triggers) -> bool:
    """Whether an agency (an end read as its country) has a trigger of its own within two
    words after it ("Roscosmos ratified", "NASA has signed"); named as an owner, a leader, a
    host or a source ("Slovenia signs NASA's Artemis Accords", "the NASA-led project", "NASA
    welcomes Slovenia", "..., NASA announced"), it is no party, and its country no more."""
    return any(0 <= t.start - end[4] <= 2 for t in triggers)


@dataclass
class _Sentence:
    """What one sentence holds, whichever pair of its names is weighed."""

    doc: object
    start: int
    end: int
    words: set
    triggers: list
    countries: int
    targets: int


def _sentence(doc, start: int, end: int, ends, country: str, targets: set) -> tuple[_Sentence, list]:
    """What the sentence holds, and its ``ends`` less each agency read as its country where
    it does not act (:func:`_acts`)."""
    triggers = find_triggers(doc, start, end)
    ends = [e for e in ends if e[3] != "agency" or _acts(e, triggers)]
    return _Sentence(doc, start, end, {t.lower_ for t in doc[start:end]} & CUES, triggers,
                     len({e[0] for e in ends if e[1] == country}),
                     len({e[0] for e in ends if e[1] in targets})), ends


def triple_features(doc, sentences, mentions, gazetteer, rule_claims) -> dict[tuple, TripleFeatures]:
    """The candidate triples of a doc split into ``sentences`` (token ranges), given the
    gazetteer's ``mentions`` and the rules' candidate claims, each with its features."""
    schema = gazetteer.schema
    country = schema.country_kind
    relations = _relations(schema)
    targets = {k for r in relations for k in r.target if k != country}
    found: dict[tuple, TripleFeatures] = defaultdict(TripleFeatures)
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.node] += 1
    topic = max(counts, key=counts.get, default=None)
    last_target: tuple[int, str, str] | None = None  # sentence number, node, kind
    for number, (start, end) in enumerate(sentences):
        ends = list(_ends([m for m in mentions if start <= m.start < end],
                          gazetteer.agency_country, country))
        sent, ends = _sentence(doc, start, end, ends, country, targets)
        pairs = [(s, o, "same") for s in ends for o in ends if s[0] != o[0] and o[1] in targets]
        body = None if sent.targets else _unknown_body(doc, start, end, mentions)
        if body is not None and doc[start].lower_ not in {"its", "their"}:
            last_target = None  # "the Five Eyes ... alliance that includes A, B": not NATO's (but
            # "Its members A, B pushed for a stronger Baltic Sea framework" point back to it)
        if not sent.targets and last_target and number - last_target[0] <= _CONTEXT:
            node, kind = last_target[1:]
            pairs += [(s, (node, kind, None, "context", None), f"context{number - last_target[0]}")
                      for s in ends if s[1] == country]
        for s, o, where in pairs:
            for relation in relations:
                if relation.allows(s[1], o[1]):
                    triple = found[(s[0], relation.type, o[0])]
                    triple.occurrences.append(_pair(triple, relation.type, sent, s, o, where,
                                                    topic))
        if sent.targets:
            last = max((e for e in ends if e[1] in targets), key=lambda e: e[2])
            last_target = None if _owns_body(doc, last, end) else (number, last[0], last[1])
        elif _another_body(doc, start, end, mentions):
            last_target = None  # "The bank's Board approved ...": the list after it is the bank's
    _rule_features(found, rule_claims, doc, sentences, mentions, country, targets, topic)
    for (_, r, o), triple in found.items():
        triple.add(f"count:{_bucket(len(triple.occurrences), (1, 2, 4))}|{r}")
        if o not in gazetteer.literal:  # a node data/ does not have yet
            triple.add(f"new_object|{r}")
    return dict(found)


def _pair(triple, r: str, sent: _Sentence, s, o, where: str, topic) -> Occurrence:
    """Add the features of one statement of ``triple`` (relation ``r``) in ``sent``: subject
    ``s`` and object ``o`` as (node, kind, first token or None, how, end token or None); the
    statement keeps how to read it again."""
    occurrence = _statement(triple, r, sent, s, o, where, topic)
    occurrence.stated = (r, sent, s, o, where, topic)
    return occurrence


def _statement(triple, r: str, sent: _Sentence, s, o, where: str, topic) -> Occurrence:
    for name in (f"bias|{r}", f"where:{where}|{r}", f"okind:{o[1]}|skind:{s[1]}|{r}",
                 f"how:{s[3]}|{r}", f"countries:{_bucket(sent.countries, (1, 2, 5))}|{r}",
                 f"targets:{_bucket(sent.targets, (0, 1, 2))}|{r}",
                 *(f"w:{w}|{r}" for w in sent.words)):
        triple.add(name)
    if o[0] == topic:
        triple.add(f"topic|{r}")
    if s[2] is not None and s[2] > sent.start:
        before = sent.doc[s[2] - 1].lower_
        triple.add(f"before_s:{before if before in _FUNCTION else 'other'}|{r}")
    if s[2] is not None and s[4] is not None:  # the cue words beside the subject, which may
        # be another's in a sentence of two lists ("A as a member and B as a partner")
        for side, words in (("wb", sent.doc[max(sent.start, s[2] - _NEAR):s[2]]),
                            ("wa", sent.doc[s[4]:min(sent.end, s[4] + _NEAR)])):
            for w in {t.lower_ for t in words} & CUES:
                triple.add(f"{side}:{w}|{r}")
    placed = where == "same" and s[2] is not None and o[2] is not None
    if placed:
        triple.add(f"dist:{_bucket(abs(s[2] - o[2]), (3, 8, 20, 40))}|{r}")
        triple.add(f"s_first:{s[2] < o[2]}|{r}")
        low, high = min(s[2], o[2]), max(s[2], o[2])
        for w in {t.lower_ for t in sent.doc[low:high]} & BETWEEN:
            triple.add(f"gap:{w}|{r}")
    own = None
    for t in sent.triggers:
        for spec in t.specs:
            tag = "T" if spec.relation == r else f"T:{spec.relation}"
            if spec.relation == r and (own is None or own.negated and not t.negated):
                own = t  # the first trigger of the relation that is not negated, if any
            triple.add(f"{tag}|{r}")
            triple.add(f"{tag}:{spec.form}|{r}")
            if t.negated:
                triple.add(f"{tag}:neg|{r}")
            if t.hedged:
                triple.add(f"{tag}:hedge|{r}")
            if placed:
                low, high = min(s[2], o[2]), max(s[2], o[2])
                pos = "between" if low <= t.start < high else ("before" if t.start < low else "after")
                triple.add(f"{tag}:{pos}|{r}")
                if tag == "T" and abs(t.start - s[2]) < 12:
                    triple.add(f"{tag}:near_s|{r}")
    spans = tuple((e[2], e[4]) for e in (s, o) if e[2] is not None) + (
        ((own.start, own.end),) if own is not None else ())
    return Occurrence(sent.start, sent.end, s[2] if s[2] is not None else sent.start, own,
                      tuple(sorted(spans)), where.startswith("context"))


#: rules whose list is checked against a count the text gives ("13 countries have joined.
#: These are A, B, ..."): the reader, which learnt from names met in one sentence, leaves
#: their claims as the rules made them (43 of 43 right on the training pages, 2026-12-03)
COUNTED_LISTS = frozenset({"structure:these are the n countries", "structure:the other n countries are",
                           f"structure:{INCLUDED}",  # "It includes ... 19 ... countries, which are A, B, ..."
                           f"structure:{COUNTED_BESIDE}"})  # "brings together 19 countries and the EU"
# and so are the rules' claims on "the four countries" after a list of exactly four names
# (rule part "subject:counted")


def _owns_body(doc, last, end: int) -> bool:
    """Whether the sentence's last target owns a body of a name of its own ("Algeria joins
    NATO's Mediterranean Dialogue", not "NATO's Secretary General"): a list in the sentences
    after it is that body's, not NATO's."""
    k = last[4]
    return (k + 1 < end and doc[k].text in POSSESSIVE_MARKS and owned_name(doc, k, end)
            and doc[k + 1].lower_ not in TITLES)


def _another_body(doc, start: int, end: int, mentions) -> bool:
    """Whether "the <head>" in the sentence names a body no node stands for ("the bank"
    after "the BRICS Summit": the gazetteer resolves it to no mention)."""
    named = {i for m in mentions if start <= m.start < end for i in range(m.start, m.end)}
    return any(doc[i].lower_ in OWN_NAME_HEADS and doc[i - 1].lower_ == "the" and i not in named
               for i in range(max(start, 1), end))


def _unknown_body(doc, start: int, end: int, mentions) -> int | None:
    """Where the name starts of a body no node stands for, named by capitalised words before
    one of :data:`BODY_HEADS` ("the Five Eyes intelligence and security alliance", "the Belt
    and Road Initiative", "the MOU on the Cooperation in SMMS project"), or None. Its sentence,
    unless it opens with "Its" or "Their", lends no list (in it or in the next sentences) to the
    organisation of a sentence before (:func:`triple_features`)."""
    named = {i for m in mentions if start <= m.start < end for i in range(m.start, m.end)}
    for i in range(start + 1, end):
        if doc[i].lower_ not in BODY_HEADS or i in named:
            continue
        for j in range(i - 1, max(start, i - 5) - 1, -1):
            t = doc[j]
            if j in named or not t.is_alpha:
                break
            if t.text[0].isupper() and j > start:
                while j - 1 > start and j - 1 not in named and doc[j - 1].is_alpha and doc[j - 1].text[0].isupper():
                    j -= 1  # "Baltic Sea framework": where the name starts
                return j
    return None


def left_as_is(features: dict[str, float]) -> bool:
    """A rules' claim the reader leaves as it is: an invitation made a membership by its start
    date (:mod:`graphkit.extract.forms.invitation`), two blocs' partnership
    (:func:`graphkit.extract.forms.partnered.blocs_partnered`)."""
    return "left_as_is|*" in features


def counted_list(features: dict[str, float]) -> bool:
    """A rules' claim from a list checked against the text's count (:data:`COUNTED_LISTS`)."""
    return "counted_list|*" in features


def _rule_features(found: dict, rule_claims, doc, sentences, mentions, country, targets,
                   topic) -> None:
    """What the rules proposed: for the triple itself and for the same pair otherwise. A
    triple the rules found where no two names meet ("a commission on satellite navigation")
    is weighed in the sentence of their evidence."""
    by_triple = defaultdict(list)
    for c in rule_claims:
        by_triple[(c.subject, c.relation, c.object)].append(c)
    by_pair = defaultdict(set)
    for s, r, o in by_triple:
        by_pair[(s, o)].add(r)
    for (s, r, o), claims in by_triple.items():
        triple = found.setdefault((s, r, o), TripleFeatures())
        best = max(c.confidence for c in claims)
        triple.add(f"bias|{r}")
        triple.add(f"rule|{r}")
        triple.add(f"rule_conf|{r}", best)
        triple.add(f"rule_conf:{_bucket(best, (0.4, 0.6, 0.8, 0.9))}|{r}")
        triple.add(f"rule_n:{_bucket(len(claims), (1, 2))}|{r}")
        for c in claims:
            triple.add(f"rule_fam:{c.rule.split(':')[0].split()[0]}|{r}")
            if c.rule in COUNTED_LISTS or "; subject:counted" in c.rule:
                triple.add(f"counted_list|{r}")
            if c.rule in (INVITED_RULE, f"structure:{BLOCS_RULE}"):  # an interest trigger the model never
                triple.add(f"left_as_is|{r}")  # saw beside it, a pair of blocs it never learnt: the rules' claim stands
            if c.rule.endswith(PROGRAMME):
                triple.add(f"programme|{r}")  # read from a new node's claim
            for part in c.rule.split("; ")[1:]:  # "subject:country", "object:description"
                triple.add(f"rule_{part.split(' ')[0]}|{r}")
        if not triple.occurrences:
            at = next(((a, b) for a, b in sentences if doc[a].idx <= claims[0].start
                       < doc[b - 1].idx + len(doc[b - 1])), None)
            if at:
                ends = list(_ends([m for m in mentions if at[0] <= m.start < at[1]], {}, country))
                sent, _ = _sentence(doc, *at, ends, country, targets)
                triple.occurrences.append(_pair(triple, r, sent, (s, "", None, "rule", None),
                                                (o, "", None, "rule", None), "rule", topic))
    for (s, r, o), triple in found.items():
        for other in by_pair.get((s, o), ()):
            if other != r:
                triple.add(f"other_rule:{other}|{r}")


def from_programme(features: dict[str, float]) -> bool:
    """A partnership the rules read from a country's part in an organisation's programme
    (:mod:`graphkit.extract.programme_partners`), whose own claim, on a node data/ lacks, the
    reader leaves as it is: so it leaves the partnership too."""
    return "programme|*" in features


def new_object(features: dict[str, float]) -> bool:
    """A triple whose object data/ does not have yet: no annotation can record it (the
    convention of benchmarks/extract_dev), so the reader learns nothing from it and leaves
    the rules' claims on it as they are."""
    return "new_object|*" in features


def unread(features: dict[str, float]) -> bool:
    """A rules' claim on a node of data/ whose subject and object never meet as names in one
    sentence, the object read from a description ("signed an agreement on the protection of
    space technology") or from "It" opening a passive ("It has been joined by A, B"): the
    reader weighs it, but its training pages rarely record such claims, so it is kept
    whatever its probability. One whose object was read from another anaphor or the
    article's topic, or whose subject is a new node, is weighed as any other: on the
    training pages such claims were right 3 times in 40 (2026-12-03)."""
    return ("where:rule|*" in features and "new_object|*" not in features
            and ("rule_object:description|*" in features or "rule_object:pronoun|*" in features)
            and "rule_subject:new|*" not in features)

