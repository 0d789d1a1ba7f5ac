"""One sentence of an article as graphkit extract reads it: the nodes it names, grouped by
commas and "and", and the subjects, objects and topic a trigger in it takes (the last pair of
countries named so far stands for "the two nations"). What a reverse trigger takes (`reverse_slots`)
and the parties, agents and principals around a trigger (`parties`) are read in their own modules."""

from __future__ import annotations

import dataclasses
import itertools

from graphkit.extract import vocabulary as vocab
from graphkit.extract.asides import own_relative, relative_opening
from graphkit.extract.beyond_phrase import listed_documents, named_after
from graphkit.extract.datecomma import date_comma
from graphkit.extract.demonyms import REGION_PREFIXES, regional
from graphkit.extract.gazetteer import Gazetteer, Mention
from graphkit.extract.groups import End, ends_of, group_around
from graphkit.extract.likeness import contrasted
from graphkit.extract.list_roles import not_apposed
from graphkit.extract.lookups import as_members, counted_member_to, hyphen_pair, in_hyphen_pair
from graphkit.extract.own_subject import others_act, reported
from graphkit.extract.owned import owns_other
from graphkit.extract.patterns import Trigger
from graphkit.extract.persons import addressed, leader_named
from graphkit.extract.schema_words import expanded_in_brackets, kind_of_word
from graphkit.extract.time_owners import time_owned
from graphkit.extract.topic import topic_of

__all__ = ["Sentence"]


class Sentence:
    """What one sentence holds, and the last pair of countries named up to it."""

    def __init__(self, doc, start, end, mentions, new_nodes, gazetteer: Gazetteer, last_pair,
                 last_one=None, dates=()):
        self.doc, self.start, self.end = doc, start, end
        self.all_mentions, self.dates, self.all_new_nodes = mentions, dates, new_nodes
        self.new_nodes = [n for n in new_nodes if start <= n.start and n.end <= end]
        # new nodes ("the Bolivarian Agency for Space Activities") can be subjects too
        self.mentions = sorted([m for m in mentions if start <= m.start and m.end <= end]
                               + [Mention(n.start, n.end, n.id, n.kind, "new")
                                  for n in self.new_nodes], key=lambda m: m.start)
        self.gazetteer, self.last_pair, self.last_one = gazetteer, last_pair, last_one
        self.known_starts = {m.start for m in mentions if start <= m.start < end and m.how != "new"}

    def subjects(self, trigger: Trigger, kinds, limit: int) -> list[End]:
        """The nearest group of ``kinds`` before ``trigger`` (after ``limit``), or the last pair named when an
        anaphor ("the two nations", "their") stands closer; their space agencies after "'s (national) space agencies"."""
        found = self._subjects(trigger, kinds, limit)
        named = [e.end for e in found if e.start < trigger.start]
        gap = f" {self.doc[max(named, default=trigger.start):trigger.start].text.lower()} "
        if len(found) >= 2 and (" the latter" in gap or " the former" in gap):
            return found[-1:] if " the latter" in gap else found[:1]  # "the latter's entry"
        start = max(named) if named else max(limit, trigger.start - 4)  # "the two countries'"
        first = min((e.start for e in found), default=0)
        before = [t.lower_ for t in self.doc[max(self.start, first - 3):first]]
        if found and (_agencies_of(self.doc[start:trigger.start], strict=bool(named))
                      or before in (["space", "agencies", "of"], ["space", "agency", "of"])):
            return self.as_agencies(found)  # "The space agencies of China and South Africa"
        return found

    def as_agencies(self, found: list[End]) -> list[End]:
        """Each country's space agency where the gazetteer knows exactly one ("the Chinese
        and South African space agencies": CNSA, and South Africa while SANSA is no node)."""
        agencies: dict[str, list[str]] = {}
        for agency, country in self.gazetteer.agency_country.items():
            agencies.setdefault(country, []).append(agency)
        kind = self.gazetteer.kinds
        return [End(agencies[e.node][0], kind[agencies[e.node][0]], e.how, e.start, e.end)
                if len(agencies.get(e.node, ())) == 1 else e for e in found]

    def _subjects(self, trigger: Trigger, kinds, limit: int) -> list[End]:
        fronted = self._fronted_subject(trigger, kinds)
        if fronted:
            return fronted
        opening = relative_opening(self, trigger.start, limit)  # "A, which neighbours B, joined"
        if opening is not None:  # a chain of participles may open before ``limit``
            limit = limit if opening >= limit else self.start
            trigger = dataclasses.replace(trigger, start=opening)
        if [t.lower_ for t in self.doc[max(self.start, trigger.start - 2):trigger.start]] in (
                ["country", "to"], ["nation", "to"], ["state", "to"]) or counted_member_to(
                self.doc, self.mentions, trigger.start):  # "Cambodia, this year's
            kinds = {self.gazetteer.country_kind} & set(kinds)  # ASEAN chair, was the last country to join"
        before = [i for i, m in enumerate(self.mentions)  # not "The NATO-Russia Founding Act established"
                  if m.end <= trigger.start and m.start >= limit and m.kind in kinds and not in_hyphen_pair(self.doc, self.mentions, i)]
        nearest = self.mentions[before[-1]] if before else None
        if nearest is not None and nearest.kind not in kinds:
            nearest = None
        gap_start = nearest.end if nearest else max(limit, self.start)
        gap = self.doc[gap_start:trigger.start].text.lower()
        if any(f" {a} " in f" {gap} " for a in vocab.ANAPHORA):
            count = vocab.counted_in(gap)  # "the 29 countries in order that they joined": not the five before
            pair = group_around(self.mentions, before[-1], self.doc, -1) if before else []
            if pair and count not in (0, len({m.node for m in pair})):
                return []  # "BRICS (A, B, C, D, E) with 22 of them having applied": others
            if len({m.node for m in pair}) >= 2:  # "between CNSA and the Egyptian Space
                return ends_of(pair, kinds, "anaphor")  # Agency solidifies their cooperation"
            two = any(f" {a} " in f" {gap} " for a in vocab.ANAPHORA if "two" in a or "both" in a)
            if self.last_pair and (len(self.last_pair) == 2 or not two) and count in (0, len(self.last_pair)):
                return [End(node, kind, "anaphor", trigger.start, trigger.start)
                        for node, kind in self.last_pair if kind in kinds]
        counted = self._counted(vocab.counted_anaphor(gap), trigger, kinds)
        if counted:  # "(... A, B, C, D, E and F.) These six countries"
            return counted
        if gap.endswith("the country") and self.doc[trigger.start].lower_.endswith("ing"):
            return []  # "a system in which the country leading the CSTO alternates": any one
        if any(f" {a} " in f" {gap} " for a in ("it", "the country")) or vocab.COUNTRY_NOUN.search(gap):
            own = [m for m in self.mentions if m.end <= trigger.start  # not "the invasion
                   and m.kind == self.gazetteer.country_kind and m.kind in kinds  # of Ukraine"
                   and (m.start == self.start or self.doc[m.start - 1].lower_ not in _OBLIQUE
                        or leader_named(self.doc, m))
                   and not (m.how == "demonym" and self.doc[m.end:m.end + 1].text.lower() in _HOSTILE)]
            plain = [m for m in own if self.doc[m.end:m.end + 1].text not in vocab.OWNER_MARKS]
            if plain or own:  # "Indonesia welcomed Brazil's announcement that it had become";
                m = (plain or own)[-1]  # "Egypt's participation makes it the first"; not one of
                return [] if self._listed(m) else [  # "Laos and Myanmar have no position on
                    End(m.node, m.kind, "anaphor", trigger.start, trigger.start)]  # the country's bid"
        if self.last_one and (any(f" {a} " in f" {gap} " for a in ("it", "the country"))
                              or vocab.COUNTRY_NOUN.search(gap)):
            node, kind = self.last_one
            return [End(node, kind, "anaphor", trigger.start, trigger.start)] if kind in kinds else []
        if nearest is None or reported(self.doc, nearest.end, trigger.start) or others_act(
                self.doc, nearest.end, trigger.start):
            return []  # "officials said more than 40 countries had expressed interest"
        span = self.doc[nearest.end:trigger.start]  # "Russia's space agencies", "A's May 4 signing"
        owned = _agencies_of(span) or vocab.dated_act(span[1:])
        if (trigger.start - nearest.end > 2 and nearest.end < self.end and not owned
                and self.doc[nearest.end].text in vocab.OWNER_MARKS  # not "Finland's accession to",
                and self.doc[nearest.end + 1].lower_ not in vocab.OWN_BIDS):  # "Sweden's bid for"
            plain = [i for i in before if self.mentions[i].end < self.end
                     and self.doc[self.mentions[i].end].text not in vocab.OWNER_MARKS
                     and self.mentions[i].kind == nearest.kind]
            if nearest.kind != self.gazetteer.country_kind:  # "A and B were invited to the
                plain = plain or [i for i in before[:-1]  # Alliance's summit and joined"
                                  if self.doc[self.mentions[i].end].text not in vocab.OWNER_MARKS]
            if plain:  # "Thailand has accepted Russia's invitation to become a partner"
                nearest = self.mentions[plain[-1]]
                before = before[:before.index(plain[-1]) + 1]
        words = [t.lower_ for t in self.doc[nearest.end:trigger.start]]
        if (words and words[-1] in vocab.GROUP_NOUNS and not owned and not all(
                t.lower_ in vocab.GROUP_GLUE | vocab.NUMBER_WORDS.keys() | REGION_PREFIXES
                or t.text.isdigit() or t.text == "-" or regional(t)  # "and five Ibero-American
                for t in self.doc[nearest.end:trigger.start])):  # nations sign"
            return []  # "the Accords guide nations participating in the Artemis program"
        index = before[-1]
        first = min(m.start for m in group_around(self.mentions, before[-1], self.doc, -1))
        k = first - 1 - int(first - 1 > self.start and self.doc[first - 1].lower_ == "the")
        # "invited by the US and Japan", "in coordination with the U.S. Department": past "the"
        before_word = self.doc[k].lower_ if nearest.start > self.start else ""
        if before_word == "by" or addressed(self.doc, nearest) or (  # "was invited by NASA to join": NASA does not join
                before_word in vocab.NOT_SUBJECT | {"at", "in", "on"} or contrasted(
                    self.doc, nearest)) and (" and " in f" {gap} " or "," in gap) and not own_relative(
                        gap, self.doc[self.start:first]):  # "the
            # organisation, even ahead of NATO, includes": NATO is compared, not the subject
            earlier = [i for i, m in enumerate(self.mentions) if m.end < first
                       and m.kind in kinds
                       and self.doc[m.start - 1].lower_ not in vocab.NOT_SUBJECT | {"by"}]
            if earlier:  # "Timor-Leste gained independence from Indonesia and applied"
                index = earlier[-1]
            elif before_word == "by" or self.doc[k - 1:k + 1].text.lower() == "according to":
                return []  # "According to US State Department, Secretary ... signed": a source
        last = self.mentions[index]
        if [t.lower_ for t in self.doc[last.end:last.end + 3]] in _ONE_RELATIVE:
            return ends_of([last], kinds)  # "Egypt, Qatar and Iran, which has applied": Iran's
        group = group_around(self.mentions, index, self.doc, -1)
        return ends_of(group, kinds)

    def _listed(self, m: Mention) -> bool:
        """Whether ``m`` is one of two or more names listed together ("Laos and Myanmar")."""
        k = self.mentions.index(m)
        return len(group_around(self.mentions, k, self.doc, -1) + group_around(self.mentions, k, self.doc, 1)) > 2

    def first_phrase(self, start: int, end: int) -> tuple[int, int]:
        i = start
        while i < end and (self.doc[i].lower_ not in vocab.BOUNDARY or date_comma(self.doc, i)):
            i += 1  # "a memorandum on March 9, 2021, to set up": one phrase
        return start, i

    def conjuncts(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split a phrase at "and" / "," where a kind's head noun follows within three words."""
        cuts = [start]
        for i in range(start, end):
            if self.doc[i].lower_ in {"and", ","}:
                ahead = [t.lower_ for t in self.doc[i + 1:min(i + 4, end)]]
                if any(w in kind_of_word() for w in ahead) and self.doc[i + 1].lower_ not in {
                        "deep", "-"}:
                    cuts.append(i + 1)
        cuts.append(end)
        return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]

    def head(self, start: int, end: int) -> int:
        i = start
        while i < end:
            name_end = next((m.end for m in self.mentions if m.start == i and m.how != "new"), 0)
            if vocab.hyphened_qualifier(self.doc, name_end or i + 1, end, named=bool(name_end)):
                i = (name_end or i + 1) + 2  # "the China-led International Lunar Research Station"
            elif not name_end and (self.doc[i].lower_ in vocab.SKIP or self.doc[i].is_punct or (
                    len(self.doc[i]) == 4 and self.doc[i].text.isdigit()) or time_owned(self.doc, i)):
                i += 1  # "the 2023 SCO summit", "this month's G8 summit": a time qualifies the head
            else:
                break  # "the New Development Bank": a name
        return i

    def kind_head(self, start: int, end: int) -> bool:
        """Whether the noun compound at ``start`` ("a data center dedicated to") has a kind's head noun."""
        words = itertools.takewhile(lambda t: t.lower_ not in vocab.PREPOSITIONS,
                                    self.doc[start:min(end, start + 5)])
        return any(t.lower_ in kind_of_word() for t in words)

    def inside(self, trigger: Trigger, kinds, *, every: bool = False) -> list[End]:
        """The first node named inside the trigger's words ("became new [BRICS] members"),
        or ``every`` one ("welcomed [Peru] and [Chile] as signatories of")."""
        found = [m for m in self.mentions
                 if trigger.start < m.start and m.end <= trigger.end and m.kind in kinds]
        return ends_of(found if every else found[:1], kinds)

    def _fronted_subject(self, trigger: Trigger, kinds) -> list[End]:
        """"By signing the Accords, Austria reaffirms ...": the subject of a gerund that opens
        the sentence after "By" is the first name after the clause's comma."""
        doc = self.doc
        if not (doc[trigger.start].lower_.endswith("ing") and trigger.start - 1 == self.start
                and doc[self.start].lower_ == "by"):
            return []
        comma = next((i for i in range(trigger.end, self.end) if doc[i].text == ","), None)
        if comma is None:
            return []
        first = comma + 1 + (comma + 1 < self.end and doc[comma + 1].lower_ == "the")
        named = [m for m in self.mentions if m.start == first and m.kind in kinds]
        return ends_of(named[:1], kinds)

    def objects(self, trigger: Trigger, kinds, end: int) -> list[End]:
        """What a verb or noun trigger is about, in the tokens after it up to ``end``."""
        start = trigger.end
        p_start, p_end = self.first_phrase(start, end)
        head = self.head(p_start, p_end)
        inside = [i for i, m in enumerate(self.mentions) if p_start <= m.start and m.end <= p_end]
        at_head = [i for i in inside if self.mentions[i].start == head]
        for _ in range(3):  # "joined China's ILRS project", "the Russian-Chinese ILRS": the ILRS
            owner = self.mentions[at_head[0]] if at_head else None
            if owner is None or owner.kind in kinds or owner.end + 1 >= p_end:
                break
            if self.doc[owner.end].text in {"'s", "’s", "-"}:
                head = self.head(owner.end + 1, p_end)
            elif owner.how == "demonym" and owner.end - owner.start == 1:
                head = self.head(owner.end, p_end)
            else:
                break
            at_head = [i for i in inside if self.mentions[i].start == head]
        pair = bool(at_head) and hyphen_pair(self.doc, self.mentions, at_head[0])  # "the NATO-Russia
        if at_head and (owns_other(self.doc, self.mentions[at_head[0]], p_end) or pair):  # Council": neither
            owned = [m for m in self.mentions[at_head[0] + 1 + pair:]  # "BRICS' New Development Bank", not "(NATO)'s"
                     if m.end <= p_end and m.how == "name" and m.kind in kinds and m.node != self.mentions[at_head[0]].node]
            return ends_of(owned[:1], kinds)  # none: "the alliance's Pillar Two programme"
        led = any(s.phrase == "- led" for s in trigger.specs)  # "the Russian-led CSTO gathering"
        if led and head < p_end and self.doc[head].is_lower and self.doc[head].lower_ in kind_of_word():
            p_end = head + 1  # "The China-led project is seen as a rival to the Artemis programme"
        if at_head and not led and vocab.event_after(self.doc, self.mentions[at_head[0]].end, self.end):
            return []  # "participate in the SCO summit": an event, not the organisation
        if at_head and self.mentions[at_head[0]].how == "new" and any(
                n.start == head and (vocab.generic_name(n.name) or self._cut_by_name(n.end, p_end))
                for n in self.new_nodes):
            at_head = []  # "a Memorandum of Understanding regarding ... the station"
        if at_head and self.mentions[at_head[0]].kind in kinds:
            named = [m for m in self.mentions[at_head[0] + 1:]
                     if m.end <= p_end and m.how == "name" and m.kind in kinds]
            if self.mentions[at_head[0]].how in ("anaphor", "short") and named and any(
                    t.lower_ in vocab.PREPOSITIONS for t in self.doc[head + 1:named[0].start]):
                # "the agreement between the two for collaborating on the ILRS"
                return [End(named[0].node, named[0].kind, "region", named[0].start, named[0].end)]
            return ends_of(group_around(self.mentions, at_head[0], self.doc, 1), kinds)
        found: list[End] = []
        if self.kind_head(head, p_end):
            for a, b in self.conjuncts(head, p_end):
                found.extend(self.describe(a, b, kinds))
            # "the historic agreement": a thing not known, so no claim
            return found or named_after(self, p_end, kinds, end) or listed_documents(
                self, start, kinds, end)
        for node in self.new_nodes:
            if node.start == head and node.kind in kinds and not vocab.generic_name(node.name):
                return [End(node.id, node.kind, "new", node.start, node.end)]
        listed = listed_documents(self, start, kinds, end)  # "a joint communique and other
        if listed:  # documents, including a roadmap on satellite navigation"
            return listed
        if head >= p_end or self.doc[head].lower_ not in vocab.AREAS:
            return []  # only "cooperation in several areas, including X" looks further
        region = [i for i, m in enumerate(self.mentions)
                  if start <= m.start and m.end <= end and m.kind in kinds]
        if region:
            return ends_of(group_around(self.mentions, region[0], self.doc, 1), kinds, "region")
        return []

    def describe(self, start: int, end: int, kinds) -> list[End]:
        """The node a phrase (``start`` to ``end``) names or describes, if any."""
        sub_head = self.head(start, end)
        generic = {n.start for n in self.new_nodes if vocab.generic_name(n.name)}
        for m in self.mentions:
            if (m.start == sub_head and m.kind in kinds and m.start not in generic
                    and not (m.how == "new" and self._cut_by_name(m.end, end))):
                return [End(m.node, m.kind, m.how, m.start, m.end)]
        described = self.gazetteer.describe(self.doc[start:end].text, kinds)
        memorandum = {t.lower_ for t in self.doc[sub_head:sub_head + 2]} & {"memorandum", "mou"}
        if memorandum and not described:
            for m in self.mentions:  # "the Memorandum ... on ILRS Cooperation between CNSA and
                if start <= m.start and m.end <= end and m.kind in kinds and m.how == "name":
                    return [End(m.node, m.kind, "region", m.start, m.end)]  # SANSA": the ILRS
        named = [n for n in self.new_nodes if start <= n.start < end and n.start not in generic
                 and not self._cut_by_name(n.end, end)]
        matched = None if named else described
        if matched:  # not a new node's own name ("the ILRS Cooperation Organization")
            return [End(matched[0], self.gazetteer.kinds[matched[0]], "description", start, end)]
        for m in self.mentions:  # "cooperation agreements on the ILRS"
            if start <= m.start and m.end <= end and m.kind in kinds and m.start not in generic:
                return [End(m.node, m.kind, "region", m.start, m.end)]
        for node in self.new_nodes:
            if start <= node.start < end and node.kind in kinds and node.start not in generic:
                return [End(node.id, node.kind, "new", node.start, node.end)]
        return []

    def _cut_by_name(self, stop: int, end: int) -> bool:
        """Whether a new node's name stops (at ``stop``) where a known name goes on the
        phrase: "the Agreement on Cooperation in Establishing | the International Lunar
        Research Station" is one name, of an agreement the data may know."""
        stop += stop < end and self.doc[stop].lower_ == "the"
        return any(m.start == stop and m.end <= end for m in self.mentions)

    def elided(self, trigger: Trigger, spec) -> bool:
        """Whether a verb trigger stands without its object: "Iran joined on July 4 2023",
        "Ecuador signed Wednesday", "became full members." (not "joined the talks")."""
        if (spec.form not in ("verb", "noun") or spec.kinds or trigger.hedged
                or self.doc[trigger.start - 1].lower_ in {"was", "were", "been", "be", "is"}):
            return False  # "it was founded in 1949", "is expected to join next year"
        if self._generic_antecedent(trigger.start):
            return False  # "bilateral agreements that the US signs with different countries"
        i = trigger.end
        if spec.phrase.split()[-1] in vocab.AFTER_PHRASE or spec.form == "noun":
            # "applied for membership in 2011": the date may take the trigger's preposition
            starts = {self.doc[i - 1].idx, self.doc[i].idx} if i < self.end else set()
            return any(d.start in starts for d in self.dates)
        while i < self.end and (self.doc[i].lower_ in vocab.ELIDED_SKIP or self.doc[i].is_quote):
            i += 1  # 'as a formal "dialogue partner".': the closing quote
        if i >= self.end:
            return True
        word = self.doc[i].lower_
        if spec.phrase.endswith(" status") and word not in {"in", "at", "of", "with", "within"}:
            return True  # "have requested to upgrade their status from dialogue partners to"
        if word in vocab.ELIDED_NEXT or (word in {"the", "last", "next", "this"} and i + 1 < self.end
                                    and self.doc[i + 1].lower_ in vocab.ELIDED_THE):
            return True
        return any(d.start == self.doc[i].idx for d in self.dates)  # "signed April 5"

    def _generic_antecedent(self, at: int) -> bool:
        """Whether a relative clause ends at ``at`` whose antecedent is a kind's noun that
        names nothing ("agreements that the US signs"; not "the Artemis program, which NASA
        leads", whose antecedent is named) or a name with no node ("the Partnership for Peace,
        which Ireland joined", also when it is read as a new node's)."""
        named = {i for m in self.mentions if m.how != "new" for i in range(m.start, m.end)}
        for k in range(max(self.start + 1, at - 5), at):
            if self.doc[k].lower_ not in {"that", "which"}:
                continue
            if k - 1 not in named and self.doc[k - 1].lower_ in kind_of_word():
                return True
            name = k - 1 - (self.doc[k - 1].text == ",")  # "the Partnership for Peace (PfP)
            name -= self.doc[name].text == ")"  # which Ireland joined": a name with no node
            name -= (self.doc[name].lower_ in kind_of_word() and name - 1 > self.start
                     and self.doc[name - 1].text[:1].isupper())  # "the Partnership for Peace program,"
            if (self.doc[k].lower_ == "which" and name > self.start and name not in named
                    and self.doc[name].text[:1].isupper()):
                return True
        return False

    def topic(self, trigger: Trigger, kinds) -> list[End]:
        """What a trigger without its object is about (:func:`graphkit.extract.topic.topic_of`)."""
        return topic_of(self, trigger, kinds)

    def colon_list(self, trigger: Trigger, kinds, end: int) -> list[End]:
        """Subjects listed after a colon that closes the trigger's clause: "became the
        original eight signatories on October 13, 2020: Australia, Canada, ..."."""
        found: list[Mention] = []
        texts = self.doc[trigger.end:end].text
        if not any(o in texts for o in (":", "—", "–", "(", " - ")):
            return []
        for colon in (i for i in range(trigger.end, end) if self.doc[i].text in vocab.LIST_OPENERS
                      or (self.doc[i].text == "-" and self.doc[i - 1].whitespace_)):
            bracket = self.doc[colon].text == "("
            if bracket and (any(  # "applied for membership in the BRICS (Brazil, Russia, ...)
                    m.kind in expanded_in_brackets() and as_members(self.doc, m.end, colon)
                    for m in self.mentions)  # "created by BRICS member states (Brazil, ...)"
                    or self.doc[colon - 1].lower_ in vocab.EVENTS and self.doc[colon - 1].lower_ != "ceremony"):  # "at the summit (A, B)":
                continue  # the bloc's members, or who met, not who applied
            after = [i for i, m in enumerate(self.mentions)
                     if colon < m.start <= colon + 2 and m.end <= end and m.kind in kinds]
            group = group_around(self.mentions, after[0], self.doc, 1) if after else []
            if bracket:  # "(SCO), Russian Foreign Minister": inside only
                close = next((i for i in range(colon, end) if self.doc[i].text == ")"), end)
                group = [m for m in group if m.end <= close]
            if len({m.node for m in group}) >= 2 or (found and group):  # "(Belarus, Pakistan),
                # including (Egypt)"; not "ASEAN (ASEAN) as the grouping's": one node twice
                found += group
        return ends_of(found, kinds)

    def apposed(self, trigger: Trigger, kinds) -> list[End]:
        """The group named just before ", a|the|both [adjectives]" (or a dash) and ``trigger``."""
        i = trigger.start - 1
        while i > self.start and trigger.start - i <= 4 and self.doc[i].text not in ",–—" and (
                self.doc[i].is_lower or self.doc[i].like_num or self.doc[i].text[:1].isdigit()):
            i -= 1
        if self.doc[i].text not in ",–—" or not_apposed(self.doc[i + 1:trigger.start]):
            return []  # "A, B – known together as BRICS –"
        before = [k for k, m in enumerate(self.mentions) if m.end == i and m.kind in kinds]
        if before:
            return ends_of(group_around(self.mentions, before[0], self.doc, -1), kinds)
        return self._counted(vocab.COUNTED_ANAPHOR.fullmatch(self.doc[max(self.start, i - 4):i].text.lower()),
                             trigger, kinds)

    def _counted(self, counted, trigger: Trigger, kinds) -> list[End]:
        """The last list of names, when ``counted`` counts exactly it, three or more ("A, B, C and
        D met. The four countries, known as the Quad")."""
        if counted and self.last_pair and vocab.count_of(counted.group("n")) == len(self.last_pair) > 2:
            return [End(node, kind, "counted", trigger.start, trigger.start)
                    for node, kind in self.last_pair if kind in kinds]
        return []

    def enumerated_of(self, trigger: Trigger, kinds, end: int) -> list[End]:
        """"cooperate on the demonstration, implementation and operation of ILRS": the node
        after "of" at the end of a list of activities."""
        i = trigger.end
        while i < end and i < trigger.end + 14 and self.doc[i].lower_ in vocab.ACTIVITIES:
            i += 1
        if i == trigger.end or i >= end or self.doc[i].lower_ != "of":
            return []
        found = [m for m in self.mentions if i < m.start <= i + 2 and m.kind in kinds]
        return ends_of(found[:1], kinds) if found else []


#: a name after a possessive is a modifier, no antecedent of "it": "during his China trip that his country aims to join"
_OBLIQUE = vocab.NOT_SUBJECT | {"of", "by", "his", "her", "their"}
#: a singular relative clause after the last name of a list: that name's alone
_ONE_RELATIVE = [[",", w, v] for w in ("which", "who") for v in ("has", "is", "was")]
_HOSTILE = {"invasion", "war", "aggression", "attack", "attacks", "annexation", "occupation",
            "threat", "forces", "troops"}  # "the Russian invasion": no antecedent of "it"


def _agencies_of(span, *, strict: bool = True) -> bool:
    """Whether ``span`` (between countries and a verb) is "'s (national) space agency/agencies";
    not ``strict``: whether it ends so ("the two countries' space agencies")."""
    words = [t.lower_ for t in span]
    owned = [i for i, w in enumerate(words) if w in vocab.POSSESSIVE_MARKS]
    return (bool(owned) and words[-1] in {"agency", "agencies"} and len(words) - owned[-1] <= 4
            and (owned[0] == 0 or not strict))
