"""From an article to candidate claims in data/'s edge format, each with its evidence.

For every sentence: the nodes it names (:mod:`graphkit.extract.gazetteer`), the trigger
words of each relation (:mod:`graphkit.extract.patterns`) and its dates
(:mod:`graphkit.extract.dates`). A verb or noun trigger takes its subjects from the nearest
named group before it ("Russia and China", "the two nations" for the last pair named) and
its objects from what follows: a named node, or a description matched to a node's name
("a commission on satellite navigation"), or a new node's name. A reverse trigger reads the
other way round. Coordinated subjects and objects give one claim each. The kinds each
relation may join (schema.yaml) filter every guess. Forms the triggers miss come from
:mod:`graphkit.extract.forms.structural` (a sentence's structure and its neighbours) and
:mod:`graphkit.extract.layout` (names one a line, a heading over a list, a table on one line).
A claim's verb left out after the first (:mod:`graphkit.extract.gapped`), its relation taken
from the last sentence or the subject's plan (:mod:`graphkit.extract.relation_context`) and
"the latter has not yet" (:mod:`graphkit.extract.former_latter`) each have a module."""

from __future__ import annotations

from dataclasses import dataclass, replace

from graphkit.extract.asides import depositaries_out, excepted_out, set_aside
from graphkit.extract.bilateral import not_before, parties_only, their_agreement
from graphkit.extract.candidate import Candidate, unique
from graphkit.extract.dates import date_for, find_dates, shared_dates, year_in_brackets
from graphkit.extract.ended import ends_membership, until_date
from graphkit.extract.former_latter import latter_not
from graphkit.extract.forms.candidacy import not_yet_members
from graphkit.extract.forms.depositary import depositary_claims
from graphkit.extract.forms.invitation import invited_instead
from graphkit.extract.forms.joining_others import joined_before
from graphkit.extract.forms.list_fallback import list_fallback
from graphkit.extract.forms.owned_programme import owned_programmes
from graphkit.extract.forms.ratifying import (
    owned_ratified,
    pending_accessions,
    ratifiers_not_applicants,
    ratifying_members,
)
from graphkit.extract.forms.status_tally import tallied_status
from graphkit.extract.forms.structural import structural_claims
from graphkit.extract.founder_aside import founders_only, founding_countries, founds_another
from graphkit.extract.founding_treaty import fold_treaty_claims
from graphkit.extract.gapped import gapped_claims
from graphkit.extract.gazetteer import Gazetteer
from graphkit.extract.groups import (
    End,
    alongside,
    companions,
    counterparts,
    described,
    ends_of,
    following,
    group_around,
    including_at,
    joined_list,
    membership_owner,
    named_after_object,
)
from graphkit.extract.kinds_including import listed_by_kind
from graphkit.extract.known_as import known_as
from graphkit.extract.layout import layout_claims
from graphkit.extract.list_roles import apposed_to
from graphkit.extract.lookups import end_char, founding, marks_of
from graphkit.extract.owners import admitted_to, role_owner
from graphkit.extract.parties import agents, on_behalf, parties
from graphkit.extract.patterns import Trigger, find_triggers
from graphkit.extract.persons import envoy_of
from graphkit.extract.postposed import postposed
from graphkit.extract.programme_partners import programme_partners
from graphkit.extract.relation_context import as_said_before, wished
from graphkit.extract.reverse_slots import reverse_ends, reverse_object
from graphkit.extract.schema_words import kind_of_word, load_specs
from graphkit.extract.sentence import Sentence
from graphkit.extract.tables import table_relation, table_row
from graphkit.extract.the_others import the_counted, the_others
from graphkit.extract.vocabulary import (
    DATELINE,
    EFFECT,
    FORM_FACTOR,
    NOT_SUBJECT,
    OBJECT_FACTOR,
    OWNER_MARKS,
    SUBJECT_FACTOR,
    agreement_kind,
    named_non,
    relation_of,
)

__all__ = ["Candidate", "NodeCandidate", "claims_in_doc"]


@dataclass(frozen=True)
class NodeCandidate:
    """A proposed node: an organisation, programme, agreement or agency not in data/."""

    id: str
    kind: str
    name: str
    evidence: str
    start: int
    end: int
    confidence: float


def _claims(sent: Sentence, trig: Trigger, spec, schema, limit: int, end: int,
            joined: Trigger | None = None):
    """(subject, relation, object, factor) for one reading of one trigger; ``joined``: the
    "join" of "Angola joins Peru ... in signing", whose subject signs."""
    relation = schema.relations[spec.relation]
    targets = set(relation.target) | set(spec.instead)
    if spec.kinds:
        targets &= set(spec.kinds)
    # an agency stands for its country where only a country can be the subject
    sources = set(relation.source) | set(schema.relations[schema.agency_relation].source)
    if spec.form == "reverse":
        ends = reverse_ends(sent, trig, spec, targets, sources, end)
        if ends is None:
            return  # "the BRICS group (Brazil, ...)": the name just before
        subjects, objects = ends
    elif spec.form == "inner":  # "appointing Latvia and Djibouti to the Committee"
        subjects = [e for e in sent.inside(trig, sources, every=True)  # not "the SCO dialogue
                    if not (e.kind in targets and (role_owner(sent.doc, e, trig.end)  # partner"
                                                   or admitted_to(sent.doc, e.start))
                            or e.kind not in targets and envoy_of(sent.doc, e))]  # "Russia's envoy"
        objects = sent.objects(trig, targets, end) or [  # "as the newest Accords signatory"
            o for o in sent.inside(trig, targets, every=True) if o.node not in {s.node for s in subjects}][:1]
        owner = [e for e in subjects if e.kind in targets and sent.doc[e.end:e.end + 1].text in OWNER_MARKS]
        if not objects and owner:  # "welcomed Timor-Leste as ASEAN's 11th member"
            subjects, objects = [e for e in subjects if e not in owner], owner[-1:]
        if not objects and spec.phrase.endswith(("member", "members")) and sent.doc[trig.end].text in {",", "."}:
            objects = sent.topic(trig, targets)  # "welcome Finland as the newest member, a"
        if not objects and spec.kinds:  # "the group, which has A and B as founding members"
            objects = reverse_object(sent, trig, targets, sent.start)
    elif spec.form == "apposition":  # "Egypt, a member of BRICS since 2024,"
        subjects = apposed_to(sent.doc, sent.colon_list(trig, sources, end) or sent.apposed(trig, sources),
                              trig.start, spec.phrase)  # "Egypt and Bahrain, member of X": Bahrain
        objects = sent.objects(trig, targets, end)
    else:
        subjects = sent.subjects(joined or trig, sources, sent.start if joined else limit)
        if joined:  # "Angola joins Argentina, ... and the United States in affirming the
            # Accords": those joined signed them too (at no date the sentence gives)
            known = {s.node for s in subjects}
            subjects = subjects + [e for e in ends_of(joined_list(sent, joined, trig.start),
                                                      sources, "companion")
                                   if e.node not in known]
        if not subjects and limit > sent.start:
            subjects = sent.subjects(trig, sources, sent.start)
        subjects = known_as(sent, counterparts(sent, subjects, sources), sources)  # "A and its
        # counterpart in B"; "A, B and C – known together as BRICS – are": the list, not its name
        if spec.phrase.startswith("- "):  # "China-led": the name right before it, not
            subjects = [s for s in subjects if s.end == trig.start]  # "Western-led ... like NATO"
        objects = (sent.objects(trig, targets, end) or sent.inside(trig, targets)
                   or sent.enumerated_of(trig, targets, end) or listed_by_kind(sent, trig, targets, end))
        if founding(spec.phrase) and founds_another(sent.doc, trig.end, objects, sent.known_starts):
            objects = []  # "establishing the Alliance des États du Sahel (AES), ... ECOWAS"
        if not objects and (sent.elided(trig, spec) or spec.form == "noun"
                            and including_at(sent.doc, trig.end)):
            objects = sent.topic(trig, targets)  # "their candidacy for future membership, including A"
        if not objects and spec.phrase == "join":  # "will join Brazil, Russia and India"
            joined, objects = companions(sent, trig, sources, targets, end)
            subjects = subjects + [j for j in joined if j.node not in {s.node for s in subjects}]
        elif spec.phrase.split()[0].startswith(("join", "apply", "sign", "become", "be|")):  # "join BRICS alongside
            # Saudi Arabia", "applied for NATO membership in May 2022, together with Sweden"
            subjects = subjects + [j for j in alongside(sent, trig, objects, sources, end)
                                   if j.node not in {s.node for s in subjects}]
        if spec.form == "noun":
            subjects = agents(sent, objects, sources, end) or subjects
            if not objects and subjects:  # "the Artemis program, an American-led effort"
                objects = described(sent, trig, subjects, targets)
        if spec.form in ("verb", "noun"):  # "two more countries joined X, A and B", "In
            # addition to A, many countries have submitted applications to join X, including B"
            known = {s.node for s in subjects}
            subjects = subjects + [n for n in named_after_object(sent, trig, objects, sources, end)
                                   if n.node not in known]
        if spec.phrase.split()[0] in _OWNED:  # "Finland's NATO application", not "approved
            objects = sent.inside(trig, targets)  # their applications" to the body named before
        subjects = (sent.colon_list(trig, sources, end) or following(sent, trig, sources)
                    or postposed(sent, trig, sources) or subjects)  # "were admitted as partners A, B"
        subjects = membership_owner(sent, trig, spec.phrase, on_behalf(sent, trig, sources, end)
                                    or subjects, sources)  # "for Ukraine's NATO membership"
        if spec.form == "verb" and objects and spec.parties:
            known = {s.node for s in subjects}
            subjects = subjects + [p for p in parties(sent, trig, objects, sources) if p.node not in known]
    subjects = excepted_out(sent.doc, depositaries_out(
        sent.doc, set_aside(sent, trig, spec.form, subjects, sources)), sent.start, trig.start)
    agreement = agreement_kind()
    signing = next((s.relation for s in load_specs() if s.parties
                    and agreement in schema.relations[s.relation].target), None)
    if signing and signing != relation.type and spec.form != "reverse":
        for obj in objects:
            if obj.kind == agreement:
                for party in parties(sent, trig, [obj], sources, after=obj.end):
                    if schema.relations[signing].allows(party.kind, obj.kind):
                        yield party, signing, obj, 0.9
    agencies, founds = sent.gazetteer.agency_country, founding(spec.phrase)
    for subj in subjects:
        if subj.kind not in relation.source and subj.node in agencies:
            # an agency for a relation only its country can have: "Roscosmos ratified"
            subj = End(agencies[subj.node], schema.country_kind, "agency", subj.start, subj.end)
        for obj in objects:
            if subj.node == obj.node:
                continue
            if founds and subj.kind in schema.bloc_anchor_kinds and obj.kind != agreement:
                for founder in founding_countries(sent.doc, sent.mentions, subj, schema.country_kind):
                    yield founder, relation.type, obj, 0.9  # "established by the BRICS (Brazil, ...)"
                continue  # "the NDB, established by BRICS": its founder, no member
            rel_type, factor = relation.type, 1.0
            if obj.kind not in relation.target:
                rel_type, factor = spec.instead[obj.kind], 0.9
            if schema.relations[rel_type].allows(subj.kind, obj.kind):
                yield subj, rel_type, obj, factor
            together = _cooperating(sent, obj) if rel_type == signing and spec.form == "verb" else None
            if together and schema.relations[together].allows(subj.kind, obj.kind):
                yield subj, together, obj, factor * 0.9  # "signed an agreement on ILRS cooperation"


_OWNED = {"'s|’s", "their"}
_COOPERATION = {"cooperation", "co-operation", "collaboration"}


def _cooperating(sent: Sentence, obj: End) -> str | None:
    """The relation of "cooperation on" when the word "cooperation" follows the object of a
    signing ("an agreement on International Lunar Research Station (ILRS) cooperation")."""
    doc, i = sent.doc, obj.end
    if i < sent.end and doc[i].text == "(":  # a short name in brackets
        i = next((k + 1 for k in range(i, min(i + 5, sent.end)) if doc[k].text == ")"), sent.end)
    if i >= sent.end or doc[i].lower_ not in _COOPERATION:
        return None
    return next((s.relation for s in load_specs() if (s.form, s.phrase) == ("noun", "cooperation on")), None)


def claims_in_doc(doc, sentences, mentions, gazetteer: Gazetteer, schema, *,
                  published: str | None, offset: int = 0,
                  ) -> tuple[list[Candidate], list[NodeCandidate]]:
    """Every candidate claim and new node in a spaCy ``doc`` split into ``sentences`` (lines
    of names joined to the sentence they end) naming ``mentions``, as
    :func:`graphkit.extract.reader.reading_units` finds both."""
    new_nodes = gazetteer.new_nodes(doc, mentions)
    text = doc.text
    year = published[:4] if published else None
    claims: list[Candidate] = []
    nodes: dict[str, NodeCandidate] = {}
    last_pair: list[tuple[str, str]] = []
    last_one: list[tuple[str, str]] = []
    named = {i for m in mentions if m.how in ("name", "country") for i in range(m.start, m.end)}
    # "the Agreement on Cooperation in Establishing the ILRS": no act inside a name (but its
    # "Cooperation in the ILRS" says what its signers do)
    in_new = {i for n in new_nodes for i in range(n.start, n.end)}
    previous: dict[str, set[str]] = {}  # the relations of the last sentence's claims, by object
    table = None  # the relation of the table whose rows follow ("Country  Year joined")
    last_claims = (0, 0, -1)  # the claims of the last sentence that gave any, its number
    said_last: frozenset = frozenset()  # the relations of the last sentence's triggers
    earlier_dates: list = []  # the dates of the last sentence that gave any ("a year later")
    for number, (s_start, s_end) in enumerate(sentences):
        sentence_claims = len(claims)
        c_start, c_end = doc[s_start].idx, end_char(doc, s_end)
        evidence = text[c_start:c_end]
        # no trigger inside a name: "the United States" does not unite anything
        triggers = [t for t in find_triggers(doc, s_start, s_end) if t.start not in named
                    and not (t.start in in_new and all(s.form == "verb" for s in t.specs))]
        said_before, said_last = said_last, frozenset(s.relation for t in triggers if not (
            t.negated or t.hedged) for s in t.specs)
        dates = find_dates(evidence, published, offset=c_start, earlier=earlier_dates)
        earlier_dates = dates or earlier_dates
        dateline = DATELINE.match(evidence)
        if dateline:  # "BRUSSELS, April 4 (Wire) -": the publication's date, not the event's
            dates = [d for d in dates if d.start - c_start >= dateline.end()]
        sent = Sentence(doc, s_start, s_end, mentions, new_nodes, gazetteer, last_pair,
                         last_one[-1] if last_one else None, dates)
        if table_relation(evidence):
            table = table_relation(evidence)
            continue
        row = _row_claim(sent, table, evidence, c_start + offset, schema) if table else None
        if row:
            claims.append(row)
            continue
        table = None
        if dates and EFFECT.search(evidence) and last_claims[2] == number - 1:  # "... will
            for k in range(*last_claims[:2]):  # join. The membership will take effect from DATE"
                if claims[k].date_rule == "published year" and claims[k].relation != schema.interest_relation:
                    claims[k] = replace(claims[k], since=dates[0].value,  # (not an invitee's interest)
                                        date_rule=f"next sentence: {dates[0].rule}")
        joins = {}
        for k, trig in enumerate(triggers):
            if k and doc[trig.start - 1].lower_ == "in" and any(
                    s.phrase == "join" for s in triggers[k - 1].specs):
                joins[k] = triggers[k - 1]
        for n in sent.new_nodes:
            nodes.setdefault(n.id, NodeCandidate(n.id, n.kind, n.name, evidence,
                                                 c_start + offset, c_end + offset, 0.7))
        # from the last trigger back: one that gives no claim ("efforts have included") does not end the object before it
        bounding: list[Trigger] = []
        shared = shared_dates(doc, dates, mentions, s_start, s_end)
        for k in range(len(triggers) - 1, -1, -1):
            trig = triggers[k]
            if trig.negated or trig in joins.values():
                bounding.insert(0, trig)
                continue
            # a hedged or negated noun before ("invited to begin accession talks ... and
            # joined NATO") does not hide the subjects before it
            limit = next((t.end for t in reversed(triggers[:k]) if not (
                t.negated or t.hedged) or any(s.form != "noun" for s in t.specs)), s_start)
            end = _object_end(doc, trig, bounding, s_end)
            before = len(claims)
            # a later trigger that gave no claim ("formed by five member states in 1967 - A, B") does
            # not take the date, nor does a name's own ("Canada (since 1976)": not in ``shared``)
            date = date_for(trig, triggers[:k + 1] + bounding, shared, doc, c_start)
            since, date_rule = (date.value, date.rule) if date else (year or "", "published year")
            ended = None if trig.hedged else until_date(doc, trig.start, s_start, published)
            for spec in trig.specs:
                found = [(*c, None) for c in _claims(sent, trig, spec, schema, limit, end,
                                                     joins.get(k))]
                if found and spec.form == "verb" and not trig.hedged:
                    found += gapped_claims(sent, found, s_end, trig)
                for subj, rel_type, obj, factor, own_date in found:
                    said = rel_type
                    rel_type = as_said_before(doc, trig, subj, rel_type, obj, previous, schema,
                                              said_before)
                    as_before, rel_type = rel_type, wished(trig, subj, rel_type, obj, schema)
                    if rel_type is None or named_non(doc, subj.end - 2, trig.start, {  # "the first three
                            n.lower() for n in gazetteer.spellings.get(obj.node, ())}):  # non-EU states to join"
                        continue
                    # a gapped claim carries its own date ("followed by Vietnam in 1995")
                    own_date = own_date or year_in_brackets(doc, subj.end, s_end)
                    c_date = own_date or date
                    c_since, c_rule = ((own_date.value, own_date.rule) if own_date
                                       else (since, date_rule))
                    ended_here = bool(ended) and ends_membership(rel_type, spec.phrase, obj.kind, schema)
                    if ended_here:  # not a plan nor as before: "; relation:ended"
                        said = as_before = rel_type = schema.withdrawal_relation
                        c_date, c_since, c_rule = ended, ended.value, f"until: {ended.rule}"
                    if subj.how == "companion":  # "joins A and B in": A and B did so before
                        c_date, c_since, c_rule = None, "", "companion: no date"
                    confidence = (spec.confidence * factor * SUBJECT_FACTOR[subj.how]
                                  * OBJECT_FACTOR[obj.how] * FORM_FACTOR.get(spec.form, 1)
                                  * (0.95 if _listing(spec) else 1)
                                  * (0.6 if trig.hedged else 1))
                    if subj.how == "companion":
                        confidence = min(confidence, 0.8)
                    elif c_date is None:
                        confidence = min(confidence, 0.9 if c_since else 0.5)
                    spans = ((subj.start, subj.end), (trig.start, trig.end), (obj.start, obj.end))
                    marks = marks_of(doc, [(a, b) for a, b in spans if b > a], c_start)
                    claims.append(Candidate(
                        subj.node, rel_type, obj.node, c_since, evidence, c_start + offset,
                        c_end + offset, round(confidence, 2),
                        f"{spec.form}:{spec.phrase}; subject:{subj.how}; object:{obj.how}"
                        + ("; relation:as before" if as_before != said else "")
                        + ("; relation:a plan" if rel_type != as_before else "")
                        + ("; relation:ended" if ended_here else ""),
                        marks, "announced" if trig.hedged else "", c_rule))
            if len(claims) > before:
                bounding.insert(0, trig)
        claims[sentence_claims:] = latter_not(doc, s_start, s_end, claims[sentence_claims:])
        if len(claims) > sentence_claims:
            last_claims = (sentence_claims, len(claims), number)
            previous = {}
            for c in claims[sentence_claims:]:
                previous.setdefault(c.object, set()).add(c.relation)
        countries = [m for m in sent.mentions if m.kind == schema.country_kind]
        pairs, covered = [], set()
        for m in countries:  # whole lists: not "Peru and Kenya" out of "Chile, Peru and Kenya"
            if m.start not in covered:
                pairs.append(group_around(sent.mentions, sent.mentions.index(m), doc, 1))
                covered.update(g.start for g in pairs[-1])
        for group in pairs:
            ids = list(dict.fromkeys((g.node, g.kind) for g in group if g.kind == schema.country_kind))
            if len(ids) >= 2:
                last_pair[:] = ids
        if len(pairs) == 2 == len({p[0].node for p in pairs}) and all(len(p) == 1 for p in pairs):
            last_pair[:] = [(p[0].node, p[0].kind) for p in pairs]  # "China called ... Russia"
        subjects_like = [m for m in countries if m.start == s_start
                         or doc[m.start - 1].lower_ not in NOT_SUBJECT | {"of", "in", "by"}]
        if countries:  # "East Timor has been seeking membership ... from Indonesia. It"
            one = subjects_like[0] if subjects_like else countries[-1]
            last_one.append((one.node, one.kind))
    known = {(c.subject, c.relation, c.object, c.start) for c in claims}  # found already
    claims = invited_instead(claims + [c for c in structural_claims(doc, sentences, mentions, schema, published, offset)
                                       if (c.subject, c.relation, c.object, c.start) not in known], schema.interest_relation)
    claims = not_yet_members(claims, relation_of("join", "verb"))
    known = {(c.subject, c.relation, c.object) for c in claims}
    claims += [c for c in layout_claims(doc, sentences, mentions, schema, published, offset)
               if (c.subject, c.relation, c.object) not in known or c.date_rule != "published year"]
    claims += the_others(doc, sentences, mentions, schema.country_kind, claims, offset) + the_counted(
        doc, sentences, mentions, schema, published, claims, offset)
    claims += joined_before(doc, sentences, mentions, schema.country_kind, claims, offset)
    claims += owned_ratified(doc, sentences, mentions, schema, claims, published, offset)
    claims += tallied_status(text, gazetteer, agreement_kind(), published, offset)  # before the fallback
    claims += list_fallback(doc, sentences, mentions, schema, published, claims, offset)
    claims += depositary_claims(text, gazetteer, agreement_kind(), offset)
    claims += owned_programmes(doc, sentences, mentions, schema, relation_of("lead|led", "verb"),
                               {kind_of_word().get("programme"), agreement_kind()}, published, claims, offset)
    claims += ratifying_members(doc, mentions, schema, gazetteer.kinds, relation_of("join", "verb"),
                                claims, published, offset)
    claims = ratifiers_not_applicants(doc, schema, gazetteer.kinds, relation_of("join", "verb"),
                                      claims, published, offset)
    claims = pending_accessions(claims, relation_of("join", "verb"), schema.interest_relation)
    names = {n.id: n.name for n in nodes.values()}
    claims = programme_partners(fold_treaty_claims(claims, names, gazetteer), names, gazetteer)
    claims = their_agreement(claims, gazetteer.about,
                             lambda r, s, o: schema.relations[r].allows(s, o),
                             schema.country_kind, gazetteer.kinds)
    claims = parties_only(claims, gazetteer.parties, gazetteer.agency_country)
    claims = not_before(claims, gazetteer.first, agreement_kind(), gazetteer.kinds)
    claims = founders_only(doc, sentences, mentions, gazetteer.signed_only(claims), relation_of("join", "verb"),
                           offset)
    return unique(claims), list(nodes.values())


def _row_claim(sent: Sentence, relation: str, evidence: str, start: int, schema):
    """A table row ("China* 2021/June") under a header: the row's country claims the
    relation about the article's topic, dated by the row."""
    row = table_row(evidence)
    country = [m for m in sent.mentions if m.kind == schema.country_kind]
    if not row or len(country) != 1 or relation not in schema.relations:
        return None
    target = set(schema.relations[relation].target)
    topic = sent.topic(Trigger(sent.start, sent.start, (), False, False), target)
    if not topic:
        return None
    return Candidate(country[0].node, relation, topic[0].node, row[1], evidence, start,
                     start + len(evidence), 0.8, "table; subject:country; object:topic",
                     f"0-{len(evidence)}", "", "table row")


def _listing(spec) -> bool:
    """Whether a phrase lists members rather than reports an act ("BRICS includes Brazil",
    "member states are"): a reader checks those, so they stay below batch acceptance."""
    return spec.form == "reverse" and spec.phrase.split()[-1] not in {"by", "from"}


def _object_end(doc, trig: Trigger, after: list[Trigger], s_end: int) -> int:
    """Where the words about ``trig``'s object end: at the next trigger, except one inside
    the object ("joins China-led ILRS") or the purpose of an agreement ("signed an agreement
    to collaborate on the ILRS": the agreement is about the ILRS)."""
    for nxt in after:
        words = [t.lower_ for t in doc[trig.end:nxt.start]]
        if doc[nxt.start].is_punct:
            continue  # "- led"
        if (nxt.start > trig.end and doc[nxt.start - 1].lower_ in {"to", "on", "for"}
                and sum(1 for w in words if w.isalpha()) <= 8  # "on March 9, 2021,"
                and any(kind_of_word().get(w) == agreement_kind() for w in words)):
            continue
        return nxt.start
    return s_end


def with_source(claim: Candidate, **changes) -> Candidate:
    """A copy of ``claim`` with fields changed (for review edits)."""
    return replace(claim, **changes)
