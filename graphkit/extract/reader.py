"""The reader: one weighed decision per (subject, relation, object) of an article.

The rules (:mod:`graphkit.extract.candidates`) propose claims phrase by phrase; each page
states its lists in its own syntax, so on pages they had never seen they found about two
claims in five. The reader looks at every pair of names a sentence holds (and at lists
after an organisation's name) and weighs the features of :mod:`graphkit.extract.pair_features`,
what the rules proposed among them, with a logistic model trained on annotated real articles
(``benchmarks/train_reader.py``; the figures it was measured at are in the model file). Its
probability becomes each candidate's ``confidence``; triples under the model's threshold are
left out, and triples the rules missed come with the rule ``reader: ...`` and the sentence
that states them. Such a triple of its own is weighed again on the sentences no veto of
:mod:`graphkit.extract.vetoes` sets aside, when one does: a sentence that names China only in
"the China-focused Quad group" lends no weight to China's membership.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.extract.candidate import Candidate, unique
from graphkit.extract.dates import date_for, find_dates
from graphkit.extract.layout import merged_lines
from graphkit.extract.listed import listed_names
from graphkit.extract.lookups import end_char, marks_of
from graphkit.extract.pair_features import (
    Occurrence,
    counted_list,
    from_programme,
    left_as_is,
    new_object,
    triple_features,
    unread,
)
from graphkit.extract.patterns import find_triggers
from graphkit.extract.vetoes import standing
from graphkit.extract.vocabulary import PLACE_DATELINE, relation_of

__all__ = ["MODEL", "Model", "decide", "load_model", "read_claims", "reading_units", "weighs"]

MODEL = Path(__file__).with_name("reader_model.json")


@dataclass(frozen=True)
class Model:
    """Weights by feature name, the bias, the probability a triple needs to be kept, the
    relations weighed (those its training pages hold enough examples of), and the probability
    a triple the rules did not propose needs (``own_threshold``, at least ``threshold``)."""

    weights: dict
    bias: float
    threshold: float
    relations: frozenset
    about: dict
    own_threshold: float = 0.0

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model(path: Path | str = MODEL) -> Model:
    """The reader's model file; a missing or broken one is a GraphkitError naming it."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return Model(dict(raw["weights"]), float(raw["bias"]), float(raw["threshold"]),
                     frozenset(raw["relations"]), raw.get("about", {}),
                     float(raw.get("own_threshold", raw["threshold"])))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GraphkitError(f"{path}: expected the reader's model (JSON with weights, bias, "
                            f"threshold, relations): {exc.__class__.__name__}: {exc}; "
                            "reinstall graphkit, or use --rules-only") from None


def reading_units(doc, sentences, gazetteer) -> tuple[list, list]:
    """The sentences (lines of names joined to the sentence they end) and the mentions,
    unknown names of lists included and none in a dateline, as the rules read them."""
    country = gazetteer.schema.country_kind
    datelines = [(d.start(), d.end()) for d in PLACE_DATELINE.finditer(doc.text)]
    mentions = [m for m in gazetteer.mentions(doc)  # "VILNIUS, Lithuania (AP) —": a place
                if not any(a <= doc[m.start].idx < b for a, b in datelines)]
    mentions = listed_names(doc, mentions, country)
    return merged_lines(doc, sentences, mentions, country), mentions


def read_claims(doc, sentences, mentions, gazetteer, claims: list[Candidate], *,
                published: str | None, min_confidence: float | None = None,
                model: Model | None = None) -> list[Candidate]:
    """``claims`` (the rules') with the reader's probability as confidence, and the triples
    it finds that they missed; those under ``min_confidence`` (default: the model's
    threshold) are left out. The rules' claims the reader does not weigh (``weighs``), or
    keeps unread, stand with their own confidence."""
    model = model or load_model()
    floor = model.threshold if min_confidence is None else min_confidence
    own = model.own_threshold if min_confidence is None else min_confidence
    triples = triple_features(doc, sentences, mentions, gazetteer, claims)
    chance = {t: round(model.probability(f.features), 2) for t, f in triples.items()}
    chosen = decide({t: (chance[t], f.features) for t, f in triples.items()}, floor,
                    model.relations, own)
    # a claim kept unweighed ("unread": subject and object never named in one sentence) keeps
    # the rules' confidence, as the relations the reader does not weigh do: its probability,
    # near 0, was no part of keeping it
    kept = [replace(c, confidence=chance[t])
            if weighs(c.relation, triples[t].features, model.relations) and not unread(triples[t].features)
            else c for c in claims if (t := (c.subject, c.relation, c.object)) in chosen]
    kept += _rest_of_lists(claims, kept)
    ruled = {(c.subject, c.relation, c.object) for c in claims}
    year = published[:4] if published else ""
    member = relation_of("join", "verb")
    interest = gazetteer.schema.interest_relation
    for triple, found in triples.items():
        if triple not in chosen or triple in ruled or not found.occurrences:
            continue
        rest = standing(doc, mentions, triple, found.occurrences, member)
        if not rest or _ruled_otherwise(doc, triple, found.occurrences, claims, member, interest):
            continue
        # weighed again on the sentences no veto sets aside: "the China-focused Quad group"
        # is no ground for China's membership, whatever the other sentences say
        p = chance[triple] if len(rest) == len(found.occurrences) else round(
            model.probability(found.stated_in(rest)), 2)
        if p >= max(floor, own):
            kept.append(_new_claim(doc, triple, rest, claims, p, year, published))
    return unique(kept)


def _rest_of_lists(claims: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The rules' claims the reader left out of a list it kept at least half of: one rule, sentence,
    relation and object for every name of the list ("The current member nations are A, B, ...,
    J": a page that named A to E before gives them the likelier reading, not F to J a
    lesser one; "a club ... that comprises the United States, ..., Japan and the European
    Union": the organisation closing a list of countries). Each takes the lowest probability
    of those kept."""
    def key(c):  # the rule's reading, whatever the kind of each name ("subject:country", "subject:name")
        return c.rule.split(";")[0], c.start, c.relation, c.object

    chosen = {(c.subject, c.relation, c.object) for c in kept}
    lists: dict[tuple, list[Candidate]] = {}
    for c in claims:
        lists.setdefault(key(c), []).append(c)
    confidence = {}
    for c in kept:
        confidence[key(c)] = min(confidence.get(key(c), 1.0), c.confidence)
    out = []
    for k, members in lists.items():
        left = [c for c in members if (c.subject, c.relation, c.object) not in chosen]
        if len(members) >= 4 and left and len(left) * 2 <= len(members) and k in confidence:
            out += [replace(c, confidence=confidence[k]) for c in left]
    return out


def _ruled_otherwise(doc, triple, occurrences, claims, member: str, interest: str) -> bool:
    """Whether in each sentence that states the pair the rules said something else of the
    subject: only a wish for the object, where the reader reads a membership ("The countries
    ... expressing interest ... in joining the BRICS group include Iran"), or the same
    relation with another object ("Founded in 2009 by Brazil, Russia, India, and China,
    BRICS expanded ... as a counterweight to the G7": Brazil is in BRICS, not the G7), or a
    place in a list of members ("key members of the Accords ... also hold membership in
    BRICS, an organisation comprising Brazil, Russia, ...": Russia is named as BRICS's, not as
    the Accords'; "It includes A, B, ... with C as observers and D as dialogue partners": A
    is a member, no partner)."""
    subject, relation, obj = triple
    def elsewhere(c) -> bool:  # the same relation with another object, or a place in a list
        return (c.object != obj and c.relation == relation  # of members, of any object
                or c.relation == member and c.rule.startswith(("reverse:", "structure:"))
                and (c.object, c.relation) != (obj, relation))

    other = [c for c in claims if c.subject == subject and (
        elsewhere(c) or (c.relation, c.object) == (interest, obj) and relation == member)]
    return any(any(doc[o.start].idx <= c.start < end_char(doc, o.end) for c in other)
               for o in occurrences)


def decide(scored: dict[tuple, tuple[float, dict]], floor: float, weighed,
           own_floor: float = 0.0) -> set[tuple]:
    """The triples kept from ``{(subject, relation, object): (probability, features)}``. Of
    the relations ``weighed``: those at ``floor`` or above (at ``own_floor`` or above if the
    rules did not propose them), one relation per subject and object (the likeliest) unless
    the rules proposed another too (and none of its own on a pair the rules settled with a
    relation it does not weigh), and every ``unread`` one; of the others, those the rules
    proposed."""
    best: dict[tuple, float] = {}
    settled: set[tuple] = set()  # pairs with a rules' claim it does not weigh (a depositary's list)
    for (s, r, o), (p, f) in scored.items():
        if weighs(r, f, weighed):
            best[(s, o)] = max(best.get((s, o), 0.0), p)
        elif "rule|*" in f:
            settled.add((s, o))

    def kept(triple: tuple, p: float, features: dict) -> bool:
        ruled = "rule|*" in features
        if not weighs(triple[1], features, weighed):
            return ruled  # the rules' claim stands; the reader adds none of its own
        if unread(features):
            return True
        return p >= (floor if ruled else max(floor, own_floor)) and (
            ruled or (p == best[(triple[0], triple[2])] and (triple[0], triple[2]) not in settled))

    return {t for t, (p, f) in scored.items() if kept(t, p, f)}


def weighs(relation: str, features: dict[str, float], weighed) -> bool:
    """Whether the reader decides on a triple: one of the relations ``weighed``, on a node
    data/ has, not read from a depositary's list of participants or a page's layout (a
    heading over a list, a table: columns, not the prose it learnt from), from a list
    checked against a count or from a programme of partnership (its claim on the programme
    stands unweighed) nor an invitation's membership (:func:`left_as_is`); else the rules'
    claims stand as they are."""
    return (relation in weighed and not new_object(features)
            and "rule_fam:depositary|*" not in features and "rule_fam:layout|*" not in features
            and not counted_list(features) and not from_programme(features) and not left_as_is(features))


def _new_claim(doc, triple, occurrences: list[Occurrence], claims, confidence, year, published):
    """A claim the rules did not propose, with the sentence of ``occurrences`` (those no veto
    set aside) that states it best: one with a trigger of its relation, else the first; dated
    as a rule's claim on the same pair in that sentence, else by the trigger's clause or the
    sentence's only date."""
    subject, relation, obj = triple
    at: Occurrence = next((o for o in occurrences if o.trigger), occurrences[0])
    c_start, c_end = doc[at.start].idx, end_char(doc, at.end)
    evidence = doc.text[c_start:c_end]
    same_pair = [c for c in claims if (c.subject, c.object) == (subject, obj)
                 and c_start <= c.start < c_end]
    rule = "reader: " + ("a list after its organisation" if at.context else
                         "names and a trigger in one sentence" if at.trigger else
                         "names in one sentence")
    marks = marks_of(doc, at.spans, c_start)
    if same_pair:
        return Candidate(subject, relation, obj, same_pair[0].since, evidence, c_start, c_end,
                         confidence, rule, marks, "", same_pair[0].date_rule)
    dates = find_dates(evidence, published, offset=c_start)
    date = None
    if at.trigger and dates:
        date = date_for(at.trigger, find_triggers(doc, at.start, at.end), dates, doc, c_start)
        if date and doc[at.trigger.start].idx < date.start < doc[at.subject_at].idx:
            date = None  # "Finland joined NATO in April 2023, and Sweden followed": Finland's date
    elif len(dates) == 1:
        date = dates[0]
    since, date_rule = (date.value, date.rule) if date else (year, "published year")
    status = "announced" if at.trigger is not None and at.trigger.hedged else ""
    return Candidate(subject, relation, obj, since, evidence, c_start, c_end, confidence,
                     rule, marks, status, date_rule)
