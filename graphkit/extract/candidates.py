"""From an article to candidate claims in data/'s edge format, each with its evidence.

For every sentence: the nodes it names (:mod:`graphkit.extract.gazetteer`), the trigger
words of each relation (:mod:`graphkit.extract.patterns`) and its dates
(:mod:`graphkit.extract.dates`). A verb or noun trigger takes its subjects from the nearest
named group before it ("Russia and China", "the two nations" for the last pair named) and
its objects from what follows: a named node, or a description matched to a node's name
("a commission on satellite navigation"), or a new node's name. A reverse trigger reads the
other way round. Coordinated subjects and objects give one claim each. The kinds each
relation may join (schema.yaml) filter every guess.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from graphkit.extract.dates import DateMention, find_dates
from graphkit.extract.gazetteer import Gazetteer, Mention
from graphkit.extract.patterns import Trigger, find_triggers, kind_of_word, load_specs

__all__ = ["Candidate", "NodeCandidate", "claims_in_doc"]

_SEPARATORS = {",", "and", "as", "well", "&", "together", "along", "with", "both", "plus",
               "the", "neighbouring", "neighboring", "fellow"}
_BOUNDARY = {",", ";", ":", "—", "–", "which", "who", "whose", "while", "whereas", "but"}
_SKIP = {"have", "has", "had", "included", "include", "includes", "the", "a", "an", "its",
         "their", "his", "her", "two", "new", "joint", "bilateral", "establishment", "creation",
         "construction", "development", "deployment", "of", "building", "formation", "setting",
         "up", "another", "further", "additional", "several", "planned", "proposed", "future",
         "long", "-", "term", "work", "on", "to", "in", "jointly", "intergovernmental",
         "joining", "becoming", "signing", "ranks", "fold", "club", "family"}
_REPORTING = {"said", "says", "say", "told", "tells", "announced", "announces", "reported",
              "reports", "stated", "states", "noted", "added", "declared", "confirmed",
              "according"}
_CLAUSE_GLUE = {"its", "their", "his", "her", "that", "the", "a", "an", "on", "in", "this",
                "today", "yesterday", "officially", "formally", "had", "has", "have", "would",
                "will", "was", "were", "is", "are", "also", "it", "they", "to", "of"}
_ANAPHORA = ("the two nations", "the two countries", "the two sides", "both countries",
             "both nations", "both sides", "the two governments", "the two states",
             "the two", "their", "they", "them")
# "the nation", "the kingdom": the last country named
_COUNTRY_NOUN = re.compile(r"\bthe (?:nation|kingdom|republic)\b")
# a country after these is not the subject of what follows ("gained independence from
# Indonesia in 2002 and applied for membership")
_NOT_SUBJECT = {"from", "against", "with", "to", "into", "towards", "toward", "than"}
_GROUP_NOUNS = {"nations", "countries", "states", "governments", "members", "agencies",
                "parties", "signatories", "partners"}
_GROUP_GLUE = _GROUP_NOUNS | {"and", "other", ",", "as", "well", "several", "more", "many",
                              "few", "some", "all", "the", "its", "their", "fellow"}
_AREAS = {"area", "areas", "field", "fields", "issue", "issues", "matter", "matters", "topic",
          "topics", "domain", "domains", "sphere", "spheres", "sector", "sectors", "framework",
          "frameworks", "agenda", "platform", "platforms", "key", "number", "range", "variety"}
_PREPOSITIONS = {"of", "on", "for", "to", "with", "in", "at", "by", "from", "dedicated",
                 "concerning", "regarding", "that", "which", "aimed", "focused", "between", "("}

# after a trigger whose object is left out ("Iran joined on July 4", "Ecuador signed
# Wednesday", "became full members."), words that may stand before the clause goes on
_ELIDED_SKIP = {"officially", "formally", "also", "too", "now", "finally", "recently", "up",
                "later", "then", "already", "eventually", "subsequently", "itself", "themselves"}
_ELIDED_NEXT = {".", ",", ";", ":", ")", "(", "—", "–", "-", "on", "in", "at", "during",
                "after", "since", "as", "with", "bringing", "making", "becoming", "when", "while",
                "and", "but", "earlier", "following", "today", "yesterday", "until", "before",
                "through", "along", "together", "shortly", "alongside"}
_ELIDED_THE = {"following", "same", "previous", "next", "year", "month", "week", "day"}
# before a reverse phrase with no object of its own ("approval in member state Turkey";
# not "The list included Belarus")
_NEAR = {"the", ":", "both", "-", "—", "–", ",", "including", "countries", "states", "nations",
         "members", "not", "only"}
_OPEN_SLOT = {"in", "of", "for", "by", "with", "to", "from", "the", "a", "and", ",", "fellow",
              "its", "their", "are", "is", "were", "it"}
_COUNT_WORDS = {"current", "founding", "original", "new", "full", "other", "permanent", "all"}
_LIST_OPENERS = {":", "—", "–", "("}  # "the eight founders: A, B, ...", "(A, B and C)"
_AFTER_PHRASE = {"to", "of", "in", "on", "for", "with", "into", "from", "at", "by"}
_ACTIVITIES = {"demonstration", "planning", "design", "development", "implementation", "operation",
               "operations", "application", "applications", "construction", "building", "use",
               "research", "engineering", "exploration", "training", "management", "study",
               "studies", "creation", "deployment", "maintenance", "utilisation", "utilization",
               "project", "and", ",", "the", "its", "joint", "scientific", "technical"}

_OBJECT_FACTOR = {"name": 1.0, "country": 1.0, "short": 0.95, "demonym": 0.9,
                  "region": 0.85, "description": 0.8, "new": 0.7, "anaphor": 0.85,
                  "topic": 0.8}
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+(?:[A-Z][a-z]+\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]+)\b")
_SUBJECT_FACTOR = {"name": 1.0, "country": 1.0, "short": 0.95, "demonym": 0.95,
                   "anaphor": 0.85, "new": 0.7, "agency": 0.9}


@dataclass(frozen=True)
class Candidate:
    """One proposed claim, with where its evidence is and how it was found."""

    subject: str
    relation: str
    object: str
    since: str
    evidence: str
    start: int
    end: int
    confidence: float
    rule: str
    marks: str = ""
    status: str = ""
    date_rule: str = ""


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


@dataclass(frozen=True)
class _End:
    """One end of a claim: a node id, its kind, how it was found, and its token range."""

    node: str
    kind: str
    how: str
    start: int
    end: int


def _group(mentions: list[Mention], index: int, doc, step: int) -> list[Mention]:
    """The mention at ``index`` and those joined to it by commas and "and", walking by ``step``."""
    group = [mentions[index]]
    i = index
    while 0 <= i + step < len(mentions):
        a, b = (mentions[i + step], mentions[i]) if step < 0 else (mentions[i], mentions[i + step])
        between = [t.lower_ for t in doc[a.end:b.start]]
        if between and between[0] == "'s":
            break
        if not between or not (set(between) <= _SEPARATORS or _region_glue(doc[a.end:b.start])):
            break
        if "with" in between and not {"along", "together"} & set(between):
            break  # "formed by Brazil ..., with South Africa joining in 2010"
        i += step
        group.append(mentions[i])
    return group if step > 0 else group[::-1]


def _region_glue(span) -> bool:
    """"..., Pakistan, and the Central Asian countries of Kazakhstan, ...": a list goes on
    through "the <Capitalised words> countries of"."""
    words = [t for t in span]
    if len(words) > 8 or [t.lower_ for t in words[-2:]] not in (["countries", "of"],
                                                               ["states", "of"], ["nations", "of"]):
        return False
    return all(t.lower_ in _SEPARATORS or (t.is_alpha and t.text[:1].isupper())
               for t in words[:-2])


def _ends(group: list[Mention], kinds, how: str | None = None) -> list[_End]:
    seen, ends = set(), []
    for m in group:
        if m.kind in kinds and m.node not in seen:
            seen.add(m.node)
            ends.append(_End(m.node, m.kind, how or m.how, m.start, m.end))
    return ends


class _Sentence:
    """What one sentence holds, and the last pair of countries named up to it."""

    def __init__(self, doc, start, end, mentions, new_nodes, gazetteer: Gazetteer, last_pair,
                 last_one=None, dates=()):
        self.doc, self.start, self.end = doc, start, end
        self.all_mentions, self.dates = mentions, dates
        self.new_nodes = [n for n in new_nodes if start <= n.start and n.end <= end]
        # new nodes ("the Bolivarian Agency for Space Activities") can be subjects too
        self.mentions = sorted([m for m in mentions if start <= m.start and m.end <= end]
                               + [Mention(n.start, n.end, n.id, n.kind, "new")
                                  for n in self.new_nodes], key=lambda m: m.start)
        self.gazetteer, self.last_pair, self.last_one = gazetteer, last_pair, last_one

    def subjects(self, trigger: Trigger, kinds, limit: int) -> list[_End]:
        """The nearest group of ``kinds`` before ``trigger`` (after ``limit``), or the last
        pair named when an anaphor ("the two nations", "their") stands closer."""
        before = [i for i, m in enumerate(self.mentions)
                  if m.end <= trigger.start and m.start >= limit and m.kind in kinds]
        nearest = self.mentions[before[-1]] if before else None
        if nearest is not None and nearest.kind not in kinds:
            nearest = None
        gap_start = nearest.end if nearest else max(limit, self.start)
        gap = self.doc[gap_start:trigger.start].text.lower()
        if any(f" {a} " in f" {gap} " for a in _ANAPHORA):
            pair = _group(self.mentions, before[-1], self.doc, -1) if before else []
            if len({m.node for m in pair}) >= 2:  # "between CNSA and the Egyptian Space
                return _ends(pair, kinds, "anaphor")  # Agency solidifies their cooperation"
            if self.last_pair:
                return [_End(node, kind, "anaphor", trigger.start, trigger.start)
                        for node, kind in self.last_pair if kind in kinds]
        if any(f" {a} " in f" {gap} " for a in ("it", "the country")) or _COUNTRY_NOUN.search(gap):
            own = [m for m in self.mentions if m.end <= trigger.start
                   and m.kind == self.gazetteer.country_kind and m.kind in kinds]
            plain = [m for m in own if self.doc[m.end:m.end + 1].text not in {"'s", "’s"}]
            if plain or own:  # "Indonesia welcomed Brazil's announcement that it had become";
                m = (plain or own)[-1]  # "Egypt's participation makes it the first"
                return [_End(m.node, m.kind, "anaphor", trigger.start, trigger.start)]
        if self.last_one and (any(f" {a} " in f" {gap} " for a in ("it", "the country"))
                              or _COUNTRY_NOUN.search(gap)):
            node, kind = self.last_one
            return [_End(node, kind, "anaphor", trigger.start, trigger.start)] if kind in kinds else []
        if nearest is None or self._reported(nearest.end, trigger.start):
            return []  # "officials said more than 40 countries had expressed interest"
        if (trigger.start - nearest.end > 2 and nearest.end < self.end
                and self.doc[nearest.end].text in {"'s", "’s"}):  # not "Finland's accession to"
            plain = [i for i in before if self.mentions[i].end < self.end
                     and self.doc[self.mentions[i].end].text not in {"'s", "’s"}
                     and self.mentions[i].kind == nearest.kind]
            if plain:  # "Thailand has accepted Russia's invitation to become a partner"
                nearest = self.mentions[plain[-1]]
                before = before[:before.index(plain[-1]) + 1]
        words = [t.lower_ for t in self.doc[nearest.end:trigger.start]]
        if words and words[-1] in _GROUP_NOUNS and not set(words) <= _GROUP_GLUE:
            return []  # "the Accords guide nations participating in the Artemis program"
        index = before[-1]
        before_word = self.doc[nearest.start - 1].lower_ if nearest.start > self.start else ""
        if before_word == "by" or (  # "was invited by NASA to join": NASA does not join
                before_word in _NOT_SUBJECT | {"at", "in", "on"}
                and (" and " in f" {gap} " or "," in gap)):
            earlier = [i for i, m in enumerate(self.mentions) if m.end < nearest.start
                       and m.kind in kinds
                       and self.doc[m.start - 1].lower_ not in _NOT_SUBJECT | {"by"}]
            if earlier:  # "Timor-Leste gained independence from Indonesia and applied"
                index = earlier[-1]
            elif before_word == "by":
                return []
        group = _group(self.mentions, index, self.doc, -1)
        return _ends(group, kinds)

    def _reported(self, start: int, end: int) -> bool:
        """Whether a reporting verb with a subject of its own clause after it stands between
        ``start`` and ``end``: "X said more than 40 countries had" (not "X announced its")."""
        words = [t.lower_ for t in self.doc[start:end]]
        said = [i for i, w in enumerate(words) if w in _REPORTING]
        if not said:
            return False
        return any(w.isalpha() and w not in _CLAUSE_GLUE for w in words[said[-1] + 1:])

    def first_phrase(self, start: int, end: int) -> tuple[int, int]:
        i = start
        while i < end and self.doc[i].lower_ not in _BOUNDARY:
            i += 1
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
            if self.doc[i].lower_ in _SKIP or self.doc[i].is_punct:
                i += 1
            elif (i + 2 < end and self.doc[i + 1].text == "-" and self.doc[i + 2].is_lower
                  and self.doc[i + 2].lower_ not in kind_of_word()):
                i += 3  # "the China-led International Lunar Research Station"
            else:
                break
        return i

    def kind_head(self, start: int, end: int) -> bool:
        """Whether the noun compound at ``start`` ("a data center dedicated to") has a kind's
        head noun (centre, agreement, commission...)."""
        i = start
        while i < end and i < start + 5 and self.doc[i].lower_ not in _PREPOSITIONS:
            if self.doc[i].lower_ in kind_of_word():
                return True
            i += 1
        return False

    def inside(self, trigger: Trigger, kinds, *, every: bool = False) -> list[_End]:
        """The first node named inside the trigger's words ("became new [BRICS] members"),
        or ``every`` one ("welcomed [Peru] and [Chile] as signatories of")."""
        found = [m for m in self.mentions
                 if trigger.start < m.start and m.end <= trigger.end and m.kind in kinds]
        return _ends(found if every else found[:1], kinds)

    def objects(self, trigger: Trigger, kinds, end: int) -> list[_End]:
        """What a verb or noun trigger is about, in the tokens after it up to ``end``."""
        start = trigger.end
        p_start, p_end = self.first_phrase(start, end)
        head = self.head(p_start, p_end)
        inside = [i for i, m in enumerate(self.mentions) if p_start <= m.start and m.end <= p_end]
        at_head = [i for i in inside if self.mentions[i].start == head]
        if at_head and self.mentions[at_head[0]].end < self.end and (
                self.doc[self.mentions[at_head[0]].end].lower_ in _EVENTS):
            return []  # "participate in the SCO summit": an event, not the organisation
        if at_head and self.mentions[at_head[0]].how == "new" and any(
                n.start == head and _generic(n.name) for n in self.new_nodes):
            at_head = []  # "a Memorandum of Understanding regarding ... the station"
        if at_head and self.mentions[at_head[0]].kind in kinds:
            named = [m for m in self.mentions[at_head[0] + 1:]
                     if m.end <= p_end and m.how == "name" and m.kind in kinds]
            if self.mentions[at_head[0]].how in ("anaphor", "short") and named and any(
                    t.lower_ in _PREPOSITIONS for t in self.doc[head + 1:named[0].start]):
                # "the agreement between the two for collaborating on the ILRS"
                return [_End(named[0].node, named[0].kind, "region", named[0].start, named[0].end)]
            return _ends(_group(self.mentions, at_head[0], self.doc, 1), kinds)
        found: list[_End] = []
        if self.kind_head(head, p_end):
            for a, b in self.conjuncts(head, p_end):
                found.extend(self._describe(a, b, kinds))
            return found or self.named_after(p_end, kinds, end)
            # "the historic agreement": a thing not known, so no claim
        for node in self.new_nodes:
            if node.start == head and node.kind in kinds and not _generic(node.name):
                return [_End(node.id, node.kind, "new", node.start, node.end)]
        if head >= p_end or self.doc[head].lower_ not in _AREAS:
            return []  # only "cooperation in several areas, including X" looks further
        region = [i for i, m in enumerate(self.mentions)
                  if start <= m.start and m.end <= end and m.kind in kinds]
        if region:
            return _ends(_group(self.mentions, region[0], self.doc, 1), kinds, "region")
        return []

    def named_after(self, p_end: int, kinds, end: int) -> list[_End]:
        """The name standing right after a described node: "a trilateral security
        partnership — AUKUS", "new alliance 'AUKUS'", "the partnership, called AUKUS"."""
        i = p_end
        while i < end and (self.doc[i].is_quote or self.doc[i].text in {"—", "–", ":", ","}
                           or self.doc[i].lower_ in {"called", "named", "dubbed", "known", "as",
                                                     "so", "-"}):
            i += 1
        if i == p_end and i < end and not self.doc[i].is_quote:
            return []
        found = [m for m in self.mentions if m.start == i and m.kind in kinds]
        return [_End(found[0].node, found[0].kind, "name", found[0].start, found[0].end)] if found else []

    def _describe(self, start: int, end: int, kinds) -> list[_End]:
        sub_head = self.head(start, end)
        generic = {n.start for n in self.new_nodes if _generic(n.name)}
        for m in self.mentions:
            if m.start == sub_head and m.kind in kinds and m.start not in generic:
                return [_End(m.node, m.kind, m.how, m.start, m.end)]
        matched = self.gazetteer.describe(self.doc[start:end].text, kinds)
        if matched:
            node, _ = matched
            return [_End(node, self.gazetteer.kinds[node], "description", start, end)]
        for m in self.mentions:  # "cooperation agreements on the ILRS"
            if start <= m.start and m.end <= end and m.kind in kinds and m.start not in generic:
                return [_End(m.node, m.kind, "region", m.start, m.end)]
        for node in self.new_nodes:
            if start <= node.start < end and node.kind in kinds and node.start not in generic:
                return [_End(node.id, node.kind, "new", node.start, node.end)]
        return []

    def agents(self, objects: list[_End], kinds, end: int) -> list[_End]:
        """"the signature of the Accords by Angola": the group after "by" behind the object."""
        after = max((o.end for o in objects), default=0)
        if not objects or after >= end or self.doc[after].lower_ != "by":
            return []
        found = [i for i, m in enumerate(self.mentions)
                 if after < m.start <= after + 2 and m.end <= end and m.kind in kinds]
        return _ends(_group(self.mentions, found[0], self.doc, 1), kinds) if found else []

    def elided(self, trigger: Trigger, spec) -> bool:
        """Whether a verb trigger stands without its object: "Iran joined on July 4 2023",
        "Ecuador signed Wednesday", "became full members." (not "joined the talks")."""
        if (spec.form not in ("verb", "noun") or spec.kinds or trigger.hedged
                or self.doc[trigger.start - 1].lower_ in {"was", "were", "been", "be", "is"}):
            return False  # "it was founded in 1949", "is expected to join next year"
        i = trigger.end
        if spec.phrase.split()[-1] in _AFTER_PHRASE or spec.form == "noun":
            # "applied for membership in 2011": the date may take the trigger's preposition
            starts = {self.doc[i - 1].idx, self.doc[i].idx} if i < self.end else set()
            return any(d.start in starts for d in self.dates)
        while i < self.end and self.doc[i].lower_ in _ELIDED_SKIP:
            i += 1
        if i >= self.end:
            return True
        word = self.doc[i].lower_
        if word in _ELIDED_NEXT or (word in {"the", "last", "next", "this"} and i + 1 < self.end
                                    and self.doc[i + 1].lower_ in _ELIDED_THE):
            return True
        return any(d.start == self.doc[i].idx for d in self.dates)  # "signed April 5"

    def topic(self, trigger: Trigger, kinds) -> list[_End]:
        """What a trigger without its object is about: the last node of ``kinds`` (not a
        country) named before it in its sentence ("the Artemis program, which NASA leads."),
        else the one named most often before it in the article, the last of them on a tie
        ("Iran joined on July 4"; "Russia and Venezuela have signed up" in a story about the
        ILRS that names the Artemis Program once)."""
        country = self.gazetteer.country_kind
        seen = [m for m in self.all_mentions
                if m.end <= trigger.start and m.kind in kinds and m.kind != country]
        if not seen:
            return []
        own = [m for m in seen if m.start >= self.start]
        if own:  # "the Artemis program, which NASA leads."
            return [_End(own[-1].node, own[-1].kind, "topic", own[-1].start, own[-1].end)]
        count = Counter(m.node for m in seen)
        best = max(reversed(seen), key=lambda m: count[m.node])  # max keeps the first: the last
        return [_End(best.node, best.kind, "topic", best.start, best.end)]

    def colon_list(self, trigger: Trigger, kinds, end: int) -> list[_End]:
        """Subjects listed after a colon that closes the trigger's clause: "became the
        original eight signatories on October 13, 2020: Australia, Canada, ..."."""
        found: list[Mention] = []
        texts = self.doc[trigger.end:end].text
        if not any(o in texts for o in (":", "—", "–", "(", " - ")):
            return []
        for colon in (i for i in range(trigger.end, end) if self.doc[i].text in _LIST_OPENERS
                      or (self.doc[i].text == "-" and self.doc[i - 1].whitespace_)):
            after = [i for i, m in enumerate(self.mentions)
                     if colon < m.start <= colon + 2 and m.end <= end and m.kind in kinds]
            group = _group(self.mentions, after[0], self.doc, 1) if after else []
            if len(group) >= 2 or (found and group):  # "(Belarus, Pakistan), including (Egypt)"
                found += group
        return _ends(found, kinds)

    def parties(self, trigger: Trigger, objects: list[_End], kinds, *, after: int | None = None
                ) -> list[_End]:
        """The group after "between" or "with" that stands between a trigger and its object:
        "signed a memorandum with the Egyptian Space Agency on the ILRS", "a cooperation
        agreement between the CNSA and the EGSA on the ILRS" (each side signs)."""
        first = min((o.start for o in objects), default=trigger.end)
        span = range(trigger.end, first)
        if after is not None:  # "the agreement made between Russia and China"
            first = self.end
            span = range(objects[0].start if objects else after, min(after + 3, self.end))
        for i in span:
            word = self.doc[i].lower_
            if word == "with" and not any(  # not "agreed to collaborate with China on"
                    kind_of_word().get(t.lower_) == _agreement_kind() or t.text == ")"
                    for t in self.doc[max(trigger.end, i - 2):i]):
                continue
            if after is not None and word != "between":
                continue
            if word in {"between", "with"}:
                found = [k for k, m in enumerate(self.mentions)
                         if i < m.start <= i + 2 and m.end <= first and m.kind in kinds]
                if found:
                    return _ends(_group(self.mentions, found[0], self.doc, 1), kinds)
        return []

    def on_behalf(self, trigger: Trigger, kinds, end: int) -> list[_End]:
        """"... signed the Artemis Accords on behalf of Uruguay": the country, not the
        minister or the agency named before the verb."""
        text = self.doc[trigger.end:end].text
        if "behalf of" not in text:
            return []
        for i in range(trigger.end, end - 2):
            if self.doc[i].lower_ == "behalf" and self.doc[i + 1].lower_ == "of":
                found = [m for m in self.mentions if i + 1 < m.start <= i + 3 and m.kind in kinds]
                return _ends(found[:1], kinds)
        return []

    def apposed(self, trigger: Trigger, kinds) -> list[_End]:
        """The group named just before ", a|the|both [adjectives]" and ``trigger``."""
        i = trigger.start - 1
        while i > self.start and trigger.start - i <= 4 and self.doc[i].text != "," and (
                self.doc[i].is_lower or self.doc[i].like_num or self.doc[i].text[:1].isdigit()):
            i -= 1
        if self.doc[i].text != ",":
            return []
        before = [k for k, m in enumerate(self.mentions) if m.end == i and m.kind in kinds]
        return _ends(_group(self.mentions, before[0], self.doc, -1), kinds) if before else []

    def enumerated_of(self, trigger: Trigger, kinds, end: int) -> list[_End]:
        """"cooperate on the demonstration, implementation and operation of ILRS": the node
        after "of" at the end of a list of activities."""
        i = trigger.end
        while i < end and i < trigger.end + 14 and self.doc[i].lower_ in _ACTIVITIES:
            i += 1
        if i == trigger.end or i >= end or self.doc[i].lower_ != "of":
            return []
        found = [m for m in self.mentions if i < m.start <= i + 2 and m.kind in kinds]
        return _ends(found[:1], kinds) if found else []

    def fronted_object(self, subjects: list[_End], kinds, end: int) -> list[_End]:
        """"Founded by Brazil, Russia, India and China, BRICS counts ...": the node right
        after the comma that closes a reverse clause opening the sentence."""
        after = max((s.end for s in subjects), default=0)
        if not after or after + 1 >= end or self.doc[after].text != ",":
            return []
        found = [m for m in self.mentions if after < m.start <= after + 2 and m.kind in kinds]
        return _ends(found[:1], kinds)

    def open_slot(self, trigger: Trigger) -> bool:
        """Whether nothing stands for the object before a reverse trigger ("approval in member
        state Turkey", "Its eight member states are"; not "The list included Belarus")."""
        i = trigger.start - 1
        while i >= self.start and (self.doc[i].like_num or self.doc[i].lower_ in _COUNT_WORDS):
            i -= 1
        return i < self.start or self.doc[i].lower_ in _OPEN_SLOT

    def reverse_object(self, trigger: Trigger, kinds, limit: int) -> list[_End]:
        before = [m for m in self.mentions
                  if m.end <= trigger.start and m.start >= limit and m.kind in kinds]
        return _ends(before[-1:], kinds) if before else []

    def reverse_subjects(self, trigger: Trigger, kinds, end: int, *, near: bool = False
                         ) -> list[_End]:
        """The group after a reverse trigger; ``near``: only one right after it ("BRICS
        includes Brazil", "the bloc comprises the UAE", not "the summit included talks with Iran")."""
        after = [i for i, m in enumerate(self.mentions)
                 if m.start >= trigger.end and m.end <= end and m.kind in kinds
                 and self.doc[m.end:m.end + 1].text not in {"'s", "’s"}]  # not "NASA's chief"
        if after and near and any(  # "consisted of six countries: Russia", ", including Türkiye"
                t.lower_ not in _NEAR and not t.like_num
                for t in self.doc[trigger.end:self.mentions[after[0]].start]):
            return []
        return _ends(_group(self.mentions, after[0], self.doc, 1), kinds) if after else []


def _date_for(trigger: Trigger, triggers: list[Trigger], dates: list[DateMention], doc,
              opens: int = -1):
    """The date of ``trigger``'s clause: a date belongs to the last trigger before it ("Finland
    joined NATO on Tuesday, as leaders signed"), or to the first one when it opens the
    sentence ("In 2019, Russia and China initiated"); the nearest of its own dates."""
    def owner(d: DateMention) -> Trigger:
        before = [t for t in triggers if doc[t.start].idx < d.start]
        return before[-1] if before else triggers[0]

    own = [d for d in dates if owner(d) is trigger]
    start = doc[trigger.start].idx
    opening = [d for d in own if d.start == opens]
    if opening:  # "In 2017, India and Pakistan joined, followed by Iran in 2023"
        return opening[0]
    after = [d for d in own if d.start > start]  # "independence in 2002 and applied in 2011"
    return min(after or own, key=lambda d: abs(d.start - start)) if own else None


def _claims(sent: _Sentence, trig: Trigger, spec, schema, limit: int, end: int,
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
        objects = sent.inside(trig, targets) or sent.reverse_object(trig, targets, sent.start)
        agent = spec.phrase.split()[-1] in {"by", "from"}  # "signed by", "interest from"
        subjects = sent.reverse_subjects(trig, sources, end, near=not agent)
        if not objects:  # "Founded by Brazil, Russia, India and China, BRICS ..."
            if (len(subjects) >= 2 and subjects[-1].kind in targets
                    and sent.doc[subjects[-1].start - 1].text == ","):
                subjects, objects = subjects[:-1], subjects[-1:]
            else:
                objects = sent.fronted_object(subjects, targets, sent.end)
        if not objects and subjects and not agent and not trig.hedged and sent.open_slot(trig):
            objects = sent.topic(trig, targets)  # "approval in member state Turkey"
    elif spec.form == "inner":  # "appointing Latvia and Djibouti to the Committee"
        subjects = sent.inside(trig, sources, every=True)
        objects = sent.objects(trig, targets, end) or [  # "as the newest Accords signatory"
            o for o in sent.inside(trig, targets, every=True)
            if o.node not in {s.node for s in subjects}][:1]
    elif spec.form == "apposition":  # "Egypt, a member of BRICS since 2024,"
        subjects = sent.colon_list(trig, sources, end) or sent.apposed(trig, sources)
        objects = sent.objects(trig, targets, end)
    else:
        subjects = sent.subjects(joined or trig, sources, sent.start if joined else limit)
        if not subjects and limit > sent.start:
            subjects = sent.subjects(trig, sources, sent.start)
        objects = (sent.objects(trig, targets, end) or sent.inside(trig, targets)
                   or sent.enumerated_of(trig, targets, end))
        if not objects and sent.elided(trig, spec):
            objects = sent.topic(trig, targets)
        if spec.form == "noun":
            subjects = sent.agents(objects, sources, end) or subjects
        subjects = sent.colon_list(trig, sources, end) or subjects
        subjects = sent.on_behalf(trig, sources, end) or subjects
        if spec.form == "verb" and objects and spec.parties:
            known = {s.node for s in subjects}
            subjects = subjects + [p for p in sent.parties(trig, objects, sources)
                                   if p.node not in known]
    agreement = _agreement_kind()
    signing = next((s.relation for s in load_specs() if s.parties
                    and agreement in schema.relations[s.relation].target), None)
    if signing and signing != relation.type and spec.form != "reverse":
        for obj in objects:
            if obj.kind == agreement:
                for party in sent.parties(trig, [obj], sources, after=obj.end):
                    if schema.relations[signing].allows(party.kind, obj.kind):
                        yield party, signing, obj, 0.9
    agencies = sent.gazetteer.agency_country
    for subj in subjects:
        if subj.kind not in relation.source and subj.node in agencies:
            # an agency for a relation only its country can have: "Roscosmos ratified"
            subj = _End(agencies[subj.node], schema.country_kind, "agency", subj.start, subj.end)
        for obj in objects:
            if subj.node == obj.node:
                continue
            rel_type, factor = relation.type, 1.0
            if obj.kind not in relation.target:
                rel_type, factor = spec.instead[obj.kind], 0.9
            if schema.relations[rel_type].allows(subj.kind, obj.kind):
                yield subj, rel_type, obj, factor


def claims_in_doc(doc, sentences, gazetteer: Gazetteer, schema, *, published: str | None,
                  offset: int = 0) -> tuple[list[Candidate], list[NodeCandidate]]:
    """Every candidate claim and new node in a spaCy ``doc`` split into ``sentences``."""
    mentions = gazetteer.mentions(doc)
    new_nodes = gazetteer.new_nodes(doc, mentions)
    text = doc.text
    year = published[:4] if published else None
    claims: list[Candidate] = []
    nodes: dict[str, NodeCandidate] = {}
    last_pair: list[tuple[str, str]] = []
    last_one: list[tuple[str, str]] = []
    named = {i for m in mentions if m.how in ("name", "country") for i in range(m.start, m.end)}
    for s_start, s_end in sentences:
        c_start, c_end = doc[s_start].idx, doc[s_end - 1].idx + len(doc[s_end - 1])
        evidence = text[c_start:c_end]
        # no trigger inside a name: "the United States" does not unite anything
        triggers = [t for t in find_triggers(doc, s_start, s_end) if t.start not in named]
        dates = find_dates(evidence, published, offset=c_start)
        dateline = _DATELINE.match(evidence)
        if dateline:  # "BRUSSELS, April 4 (Wire) -": the publication's date, not the event's
            dates = [d for d in dates if d.start - c_start >= dateline.end()]
        sent = _Sentence(doc, s_start, s_end, mentions, new_nodes, gazetteer, last_pair,
                         last_one[-1] if last_one else None, dates)
        joins = {}
        for k, trig in enumerate(triggers):
            if k and doc[trig.start - 1].lower_ == "in" and any(
                    s.phrase == "join" for s in triggers[k - 1].specs):
                joins[k] = triggers[k - 1]
        for n in sent.new_nodes:
            nodes.setdefault(n.id, NodeCandidate(n.id, n.kind, n.name, evidence,
                                                 c_start + offset, c_end + offset, 0.7))
        # from the last trigger back: one that gives no claim ("efforts have included", no
        # organisation before it) does not end the object of the one before it
        bounding: list[Trigger] = []
        for k in range(len(triggers) - 1, -1, -1):
            trig = triggers[k]
            if trig.negated or trig in joins.values():
                bounding.insert(0, trig)
                continue
            limit = triggers[k - 1].end if k else s_start
            end = _object_end(doc, trig, bounding, s_end)
            before = len(claims)
            date = _date_for(trig, triggers, dates, doc, c_start)
            since, date_rule = (date.value, date.rule) if date else (year or "", "published year")
            for spec in trig.specs:
                found = [(*c, None) for c in _claims(sent, trig, spec, schema, limit, end,
                                                     joins.get(k))]
                if found and spec.form == "verb" and not trig.hedged:
                    found += _gapped(sent, found, s_end, trig)
                for subj, rel_type, obj, factor, own_date in found:
                    # a gapped claim carries its own date ("followed by Vietnam in 1995")
                    c_date = own_date or date
                    c_since, c_rule = ((own_date.value, own_date.rule) if own_date
                                       else (since, date_rule))
                    confidence = (spec.confidence * factor * _SUBJECT_FACTOR[subj.how]
                                  * _OBJECT_FACTOR[obj.how] * _FORM_FACTOR.get(spec.form, 1)
                                  * (0.95 if _listing(spec) else 1)
                                  * (0.6 if trig.hedged else 1))
                    if c_date is None:
                        confidence = min(confidence, 0.9 if c_since else 0.5)
                    spans = ((subj.start, subj.end), (trig.start, trig.end), (obj.start, obj.end))
                    marks = ";".join(f"{doc[a].idx - c_start}-{_end_char(doc, b) - c_start}"
                                     for a, b in spans if b > a)
                    claims.append(Candidate(
                        subj.node, rel_type, obj.node, c_since, evidence, c_start + offset,
                        c_end + offset, round(confidence, 2),
                        f"{spec.form}:{spec.phrase}; subject:{subj.how}; object:{obj.how}",
                        marks, "announced" if trig.hedged else "", c_rule))
            if len(claims) > before:
                bounding.insert(0, trig)
        countries = [m for m in sent.mentions if m.kind == schema.country_kind]
        pairs = [_group(sent.mentions, sent.mentions.index(m), doc, 1) for m in countries]
        for group in pairs:
            ids = list(dict.fromkeys((g.node, g.kind) for g in group if g.kind == schema.country_kind))
            if len(ids) >= 2:
                last_pair[:] = ids
        subjects_like = [m for m in countries if m.start == s_start
                         or doc[m.start - 1].lower_ not in _NOT_SUBJECT | {"of", "in", "by"}]
        if subjects_like:  # "East Timor has been seeking membership ... from Indonesia. It"
            last_one.append((subjects_like[0].node, subjects_like[0].kind))
        elif countries:
            last_one.append((countries[-1].node, countries[-1].kind))
    return _unique(claims), list(nodes.values())


_GAP_GLUE = {",", "and", "followed", "by", "then", "while", "with", "in", "on", "as", "well"}


_GENERIC = {"memorandum", "understanding", "agreement", "cooperation", "joint", "statement",
            "declaration", "document", "mou", "of", "on", "the", "letter", "intent"}
_EVENTS = {"summit", "summits", "meeting", "meetings", "session", "sessions", "conference",
           "ceremony", "talks", "congress", "gathering", "event"}


def _generic(name: str) -> bool:
    """Whether a new node's name is only what any agreement is called ("Memorandum of
    Understanding"): no claim about it, but about what it is on."""
    return set(re.findall(r"[a-z]+", name.lower())) <= _GENERIC


_FORM_FACTOR = {"noun": 0.9}


def _listing(spec) -> bool:
    """Whether a phrase lists members rather than reports an act ("BRICS includes Brazil",
    "member states are"): a reader checks those, so they stay below batch acceptance."""
    return spec.form == "reverse" and spec.phrase.split()[-1] not in {"by", "from"}


def _gapped(sent: _Sentence, found: list, s_end: int, trigger: Trigger) -> list:
    """Claims whose verb is left out after the first: "Brunei joined ASEAN in 1984, followed
    by Vietnam in 1995, Laos and Myanmar in 1997": each group before its own date makes the
    same claim, dated by it."""
    doc = sent.doc
    subj, rel_type, obj, factor, _ = found[0]
    kinds = {subj.kind}
    i = max([trigger.end] + [c[0].end for c in found]
            + [c[2].end for c in found if c[2].start >= sent.start])
    in_date = {k for d in sent.dates for k in range(i, s_end) if d.start <= doc[k].idx < d.end}
    if not sent.dates or doc[i:s_end].text.count(",") + doc[i:s_end].text.count(" and ") == 0:
        return []  # no list after the claim
    extra = []
    while i < s_end:
        while i < s_end and (i in in_date or doc[i].lower_ in _GAP_GLUE):
            i += 1
        at = [k for k, m in enumerate(sent.mentions) if m.start == i and m.kind in kinds]
        if not at:
            break
        group = _group(sent.mentions, at[0], doc, 1)
        j = group[-1].end
        starts = {doc[j].idx, doc[j + 1].idx} if j + 1 < s_end else set()
        date = next((d for d in sent.dates if d.start in starts), None)
        if date is None:
            break
        while j < s_end and doc[j].idx < date.end:
            j += 1
        extra += [(_End(m.node, m.kind, "name", m.start, m.end), rel_type, obj, factor * 0.9, date)
                  for m in group]
        i = j
    return extra


def _object_end(doc, trig: Trigger, after: list[Trigger], s_end: int) -> int:
    """Where the words about ``trig``'s object end: at the next trigger, except one inside
    the object ("joins China-led ILRS") or the purpose of an agreement ("signed an agreement
    to collaborate on the ILRS": the agreement is about the ILRS)."""
    for nxt in after:
        words = [t.lower_ for t in doc[trig.end:nxt.start]]
        if doc[nxt.start].is_punct:
            continue  # "- led"
        if (nxt.start > trig.end and doc[nxt.start - 1].lower_ in {"to", "on", "for"}
                and len(words) <= 8
                and any(kind_of_word().get(w) == _agreement_kind() for w in words)):
            continue
        return nxt.start
    return s_end


def _agreement_kind() -> str:
    """The node kind of "agreement" in schema.yaml's head nouns."""
    return kind_of_word().get("agreement", "")


def _end_char(doc, end: int) -> int:
    """The character after token range ``...:end``."""
    return doc[end - 1].idx + len(doc[end - 1])


def _unique(claims: list[Candidate]) -> list[Candidate]:
    """One candidate per (subject, relation, object, since, sentence): the most confident."""
    best: dict[tuple, Candidate] = {}
    for c in claims:
        key = (c.subject, c.relation, c.object, c.since, c.start)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.start, c.subject, c.relation, c.object))


def with_source(claim: Candidate, **changes) -> Candidate:
    """A copy of ``claim`` with fields changed (for review edits)."""
    return replace(claim, **changes)
