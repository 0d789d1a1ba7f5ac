"""Which node a span of text names: a gazetteer built from the dataset and the country library.

Every node's name and aliases (``data/nodes``), every country's short and official name
from ``country_converter`` (``graphkit.io.countries``) with the common forms and the
demonyms in ``names.csv`` ("Egyptian Space Agency", "Russian President Vladimir Putin" -> the
country; its capitals where they stand for it, :mod:`graphkit.extract.capitals`), and, once a node is named
in full, "the <last word>" of its name ("the Accords"). Matching is spaCy's PhraseMatcher:
case-insensitive, except for names in capitals (US, ILRS), which must match exactly.
Descriptions ("a commission on satellite navigation") are matched to node names by shared
words, each weighted by how few nodes use it. Names no node has are node candidates
(:mod:`graphkit.extract.new_nodes`)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graphkit.extract.bilateral import agreements_about, bilateral_parties, first_dates
from graphkit.extract.bracket_glosses import with_own_glosses, without_others_glosses
from graphkit.extract.campaign import campaign_mentions
from graphkit.extract.capitals import acting_capitals
from graphkit.extract.demonyms import names_no_country, regional
from graphkit.extract.describing import LITERAL_HEADS, content_words, names_it, says_enough
from graphkit.extract.languages import without_languages
from graphkit.extract.likeness import contrasted, likened
from graphkit.extract.longer_names import inside_name, institution
from graphkit.extract.loose import loose_matcher, loose_spans
from graphkit.extract.new_nodes import NewNode, named_own_before, slug, unknown_names
from graphkit.extract.persons import without_people
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.settings import named_as_setting
from graphkit.extract.signed_only import signed_only
from graphkit.extract.variants import other_number, unaccented, variant_index, variant_spans
from graphkit.extract.vocabulary import (
    LED,
    OWN_NAME_HEADS,
    OWNER_MARKS,
    SPELLINGS,
    UNNAMED_AGAIN,
    glued_name,
    named_as_not,
)
from graphkit.io.countries import all_countries

__all__ = ["Gazetteer", "Mention", "NewNode", "content_words", "slug"]

NAMES_CSV = Path(__file__).with_name("names.csv")

def _variant(m: re.Match) -> str:
    """The other spelling of one word ("Co-operation" for "Cooperation"), in its case."""
    other = SPELLINGS[m.group(0).lower()]
    return other.capitalize() if m.group(0)[0].isupper() else other


def _spellings(texts: set[str]) -> set[str]:
    """Names with every mix of British and American spellings ("Shanghai Co-operation
    Organization" for "Shanghai Cooperation Organisation")."""
    found = set(texts)
    for word in SPELLINGS:
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        found |= {pattern.sub(_variant, t) for t in found if pattern.search(t)}
    # "G-8" for "G8" and "G8" for "G-8": a short capital name with a number, hyphened or not
    return found | {re.sub(r"^([A-Z]{1,3})(-?)([0-9]{1,2})$", lambda m: m[1] + "-"[:not m[2]] + m[3], t)
                    for t in found}


@dataclass(frozen=True)
class Mention:
    """A node named in a doc: token range, node id and kind, and how it was recognised
    (``name``, ``country``, ``demonym``, ``short``)."""

    start: int
    end: int
    node: str
    kind: str
    how: str


def _name_heads(name: str) -> set[str]:
    """The head noun of a node's own name, normalised: the last head word before its first
    "of/on/for/in/between" ("China-Russia Commission on ... Satellite Navigation
    Cooperation" -> commission; "International Lunar Research Station" -> station)."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    cut = next((i for i, w in enumerate(words) if w in {"of", "on", "for", "in", "between"}),
               len(words))
    heads = [w for w in words[:cut] if w in kind_of_word()] or [
        w for w in words if w in kind_of_word()]
    return set(content_words(heads[-1])) if heads else set()


_NOT_ADJECTIVE = {"and", "or", "of", "for", "on", "with", "to", "in", "a", "an"}


def _described(doc, i: int, taken: set[int], lower: list[str]) -> bool:
    """Whether the word at ``i`` ends "the" (or "this") and one or two lower-case words
    (or regional adjectives) before it, none a node's name nor a verb form ("the military
    alliance", "the historic agreement", "this lunar exploration initiative")."""
    for size in (1, 2):
        start = i - size
        if start < 1 or lower[start - 1] not in {"the", "this", "that"}:
            continue
        words = [doc[k] for k in range(start, i)]
        if all((t.is_lower or regional(t) and doc[i].is_lower) and t.is_alpha and t.i not in taken
               and t.lower_ not in _NOT_ADJECTIVE and not t.lower_.endswith("ing") for t in words):
            return True
    # "the NASA-led program", "the China-backed station", "the Russia-led regional security
    # alliance" (up to three lower-case words between)
    k = i - 1
    while k > i - 4 and k > 0 and doc[k].is_lower and doc[k].is_alpha and k not in taken and (
            lower[k] not in LED and lower[k] not in _NOT_ADJECTIVE):
        k -= 1
    sized = i >= 4 and lower[i - 4] == "the" and lower[i - 2] == "-" and doc[i - 3].like_num and (
        lower[i - 1] in {"member", "nation", "country", "state"})  # "the five-member bloc"
    return sized or (k >= 3 and lower[k] in LED and lower[k - 1] == "-" and (k - 2) in taken
                     and lower[k - 3] == "the")


class Gazetteer:
    """Names of the nodes of ``dataset`` and of every country, ready to match in a spaCy doc."""

    def __init__(self, dataset, nlp):
        from spacy.matcher import PhraseMatcher

        self.schema = dataset.schema
        self.country_kind = dataset.schema.country_kind
        self.agency_kind = dataset.schema.relations[dataset.schema.agency_relation].source[0]
        self.kinds: dict[str, str] = {}
        self.agency_country: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.heads: dict[str, str] = {}
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._demonym = PhraseMatcher(nlp.vocab, attr="ORTH")
        entries: dict[str, set[str]] = {}
        demonyms: dict[str, set[str]] = {}
        capital_names: dict[str, set[str]] = {}  # "the Moscow-led CSTO": only before "-led"

        def add(node: str, text: str, table=entries) -> None:
            text = " ".join(str(text).split())
            if len(text) >= 2 and not text.isdigit():
                table.setdefault(node, set()).update({text, unaccented(text)})  # "Cote d'Ivoire"
                if "'" in text:  # "People’s Republic of China", typeset
                    table[node].update({text.replace("'", "’"), unaccented(text).replace("'", "’")})

        for country in all_countries():
            self.kinds[country.iso3] = self.country_kind
            add(country.iso3, country.name)
            add(country.iso3, country.official_name)
        with open(NAMES_CSV, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for text in row["text"].split(";"):
                    add(row["iso3"], text, {"demonym": demonyms, "capital": capital_names}.get(
                        row["kind"], entries))
        self.spellings: dict[str, tuple[str, ...]] = {}  # a node's name and aliases
        for node in dataset.nodes.values():
            self.kinds[node.id] = node.kind
            self.names[node.id] = node.name
            self.spellings[node.id] = (node.name, *node.aliases)
            for text in (node.name, *node.aliases):
                add(node.id, text)
                if text.startswith("UN "):
                    add(node.id, "United Nations " + text[3:])
        for edge in dataset.edges:
            if edge.relation == dataset.schema.agency_relation:
                self.agency_country[edge.subject] = edge.object
        self.parties = bilateral_parties(dataset.edges, self.kinds, self.country_kind,
                                         self.agency_country)
        self.first = first_dates(dataset.edges)
        self.about = agreements_about(self.parties, self.spellings, self.kinds,
                                      kind_of_word().get("agreement", ""), self.first)
        self.signed_only = signed_only(dataset.edges)
        for node, texts in entries.items():
            if self.kinds.get(node) in kind_of_word().values():
                # "the Artemis Agreement(s)", "Convention", "Pact" in translated news: the Accords
                texts = texts | {t[:-len("Accords")] + w.capitalize() for t in texts
                                 if t.endswith(" Accords")
                                 for w in ("agreement", "agreements", "convention", "pact")}
            for text in sorted(_spellings(texts)):
                doc = nlp.make_doc(text)
                capitals = text.replace(".", "").replace(" ", "").isupper() or len(text) <= 3
                (self._exact if capitals else self._lower).add(node, [doc])
                if capitals and text.isalpha() and 2 <= len(text) <= 6:  # "S.C.O."
                    self._exact.add(node, [nlp.make_doc(".".join(text) + ".")])
                title = text.capitalize()  # "Brics", "Nato"; not "Moon" for MOON (the Moon Agreement)
                if (capitals and text.isalpha() and len(text) >= 4
                        and title not in {w for t in texts for w in t.split()}):
                    self._exact.add(node, [nlp.make_doc(title)])
                if node not in self.kinds or self.kinds[node] == self.country_kind:
                    continue
                last = doc[-1].text
                if len(doc) > 1 and last[:1].isupper() and last.isalpha() and (
                        len(last) >= 5 or last.lower() in OWN_NAME_HEADS):  # "the bank": the NDB
                    self.heads.setdefault(node, last)
            if self.kinds.get(node) in kind_of_word().values():  # "the Artemis Accord"
                for text in sorted({other_number(t) for t in texts if " " in t} - texts):
                    self._lower.add(node, [nlp.make_doc(text)])
        for node, texts in demonyms.items():
            self._demonym.add(node, [nlp.make_doc(t) for t in texts])
        self.demonyms = {t for texts in demonyms.values() for t in texts}
        self._capitals = PhraseMatcher(nlp.vocab, attr="ORTH")
        for node, texts in capital_names.items():
            self._capitals.add(node, [nlp.make_doc(t) for t in texts])
        self._loose = loose_matcher(nlp, {n: t for n, t in entries.items()
                                          if self.kinds.get(n) != self.country_kind})
        self._variants = variant_index({n: s for n, s in self.spellings.items()
                                        if self.kinds[n] != self.country_kind})
        self._index(dataset)

    def _index(self, dataset) -> None:
        """Words of each non-country node's name and aliases, weighted by 1 / nodes using it."""
        self.words: dict[str, set[str]] = {}
        for node in dataset.nodes.values():
            if node.kind == self.country_kind:
                continue
            self.words[node.id] = set(content_words(" ".join((node.name, *node.aliases))))
        self.node_heads = {node.id: _name_heads(node.name) for node in dataset.nodes.values()
                           if node.kind != self.country_kind}
        self.literal = {node.id: set(re.findall(r"[a-z]+", " ".join((node.name, *node.aliases)).lower()))
                        for node in dataset.nodes.values() if node.kind != self.country_kind}
        self.agency_words = {w for n, ws in self.words.items() if self.kinds[n] == self.agency_kind
                             for w in ws} | {"cooperation", "joint"}  # who, not what about
        use = Counter(w for ws in self.words.values() for w in ws)
        self.weight = {w: 1.0 / n for w, n in use.items()}

    def named_in(self, text: str, kind: str) -> str | None:
        """The node of ``kind`` whose name or alias ``text`` holds, case and spacing aside
        (the longest): a long name even run into the next word ("... Celestial BodiesNew
        York"), a short one as a word of its own ("OUTER  SPACE  TREATY"), an acronym as
        written ("MOON", not "the moon")."""
        spaced = " ".join(text.split())
        flat = spaced.lower()
        found = []
        for node, spellings in self.spellings.items():
            if self.kinds.get(node) != kind:
                continue
            for spelling in spellings:
                words = " ".join(spelling.split())
                if words.isupper() and len(words) <= 6:  # "MOON", "OST": as written
                    hit = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", spaced)
                elif len(words.split()) >= 4:
                    hit = words.lower() in flat
                else:
                    hit = re.search(rf"(?<!\w){re.escape(words.lower())}(?!\w)", flat)
                if hit:
                    found.append((len(words), node))
        return max(found)[1] if found else None

    def begins_name_of(self, name: str, node: str) -> bool:
        """Whether ``name`` begins one of ``node``'s names: the North Atlantic Treaty of the
        North Atlantic Treaty Organization, the organisation's own founding text."""
        words = " ".join(name.lower().removeprefix("the ").split())
        return len(words.split()) >= 2 and any(
            " ".join(s.lower().split()).startswith(words + " ") for s in self.spellings.get(node, ()))

    def describe(self, text: str, kinds) -> tuple[str, float] | None:
        """The node of one of ``kinds`` whose name best matches a description, and its score.

        A match needs two shared words, a score (sum of weights) of at least 1 (or three
        words of the node's name, three quarters of them: "lunar research station"), and
        to beat the next node by half again.
        """
        ordered = content_words(text)
        words = set(ordered)
        heads = [w for w in re.findall(r"[a-z]+", text.lower()) if w in kind_of_word()]
        # "the Agreement on the Principles of Weapons Supplies to Border Troops": a name of
        # its own, whose capitalised words the node does not share, is no description of it
        capitals = set(content_words(" ".join(re.findall(r"\b[A-Z][a-z]+", text)))) - set(heads)
        # "a memorandum on cooperation in creating the ILRS" is no intergovernmental
        # "Agreement on ... the ILRS": a memorandum (a roadmap) matches only a node named one
        literal = next((h for h in LITERAL_HEADS if heads and heads[0] in h), set())
        topic = words - self.agency_words if literal else words  # what about, not who signs
        scores = []
        for node, known in self.words.items():
            if self.kinds[node] not in kinds or (literal and not self.literal[node] & literal):
                continue
            shared = topic & known
            if len(capitals - known) >= 2 and len(capitals - known) > len(shared):
                continue
            # "cooperation agreements to advance deep space exploration" is no data centre:
            # the node's head noun ("centre") must be shared
            if len(shared) >= 2 and shared & self.node_heads[node] and (
                    len(shared - self.node_heads[node]) >= 2 or len(known) < 6):  # not "an agreement on
                # integrated flights of cosmonauts and astronauts" for the Rescue Agreement's long name
                scores.append((sum(self.weight[w] for w in shared), node,
                               names_it(ordered, self.names[node])
                               or literal and says_enough(topic, shared, self.node_heads[node])))
        scores.sort(reverse=True)
        if not scores or scores[0][0] < 1.0 and not scores[0][2]:
            return None
        if len(scores) > 1 and scores[0][0] < 1.5 * scores[1][0]:
            return None
        return scores[0][1], scores[0][0]

    def mentions(self, doc) -> list[Mention]:
        """Every node named in ``doc``, longest names first, none overlapping."""
        from spacy.util import filter_spans

        spans = []
        for matches in (self._lower(doc), self._exact(doc), loose_spans(self._loose, doc)):
            for key, start, end in matches:
                span = doc[start:end]
                node = doc.vocab.strings[key]
                label = "country" if self.kinds.get(node) == self.country_kind else "name"
                span.label_, span.kb_id_ = label, node
                spans.append(span)
        named = {i for s in spans for i in range(s.start, s.end)}
        demonyms = list(self._demonym(doc))
        starts = {start: key for key, start, _ in demonyms}
        for key, start, end in demonyms:
            if starts.get(end, key) != key:
                continue  # "the Greek Cypriot south": Cyprus's, the first a people's qualifier
            stop = end
            while (stop < len(doc) and stop not in named and doc[stop].text[:1].isupper()
                   and doc[stop].is_alpha and not doc[stop].is_sent_start):
                stop += 1
            if names_no_country(doc, start, end, stop):
                continue
            span = doc[start:stop]
            span.label_, span.kb_id_ = "demonym", doc.vocab.strings[key]
            spans.append(span)
        capitals = [(doc.vocab.strings[key], start, end) for key, start, end in self._capitals(doc)]
        for node, start, end in acting_capitals(doc, capitals, LED):  # "Tehran has applied"
            span = doc[start:end]
            span.label_, span.kb_id_ = "demonym", node
            spans.append(span)
        chosen = filter_spans(spans)
        found = [Mention(s.start, s.end, s.kb_id_, self.kinds.get(s.kb_id_, self.country_kind),
                         s.label_) for s in chosen]
        found = without_people(doc, without_languages(doc, found, self.demonyms), self.country_kind)
        found = [self._own_agency(doc, m) for m in found]
        agencies = {m.start: m.node for m in found if m.node in self.agency_country}
        found = [m for m in found if not (m.how == "demonym" and self.agency_country.get(
            agencies.get(m.end, "")) == m.node)]  # "led by the American NASA": NASA
        named = {i for m in found for i in range(m.start, m.end)}
        found = [m for m in found
                 if not (inside_name(doc, m.end) if m.kind != self.country_kind
                         else institution(doc, m, self.agency_kind)
                         or named_as_setting(doc, m, named))
                 and not named_as_not(doc, m) and not likened(doc, m)]
        found = sorted(found + [Mention(start, end, node, self.kinds[node], "name") for start, end, node
                                in variant_spans(doc, found, self._variants, self.country_kind)
                                if not inside_name(doc, end)], key=lambda m: m.start)
        found = with_own_glosses(doc, without_others_glosses(doc, found, self.literal))  # "(EC)"
        return campaign_mentions(doc, self._short(doc, found), self.names, self.kinds)

    def _own_agency(self, doc, m: Mention) -> Mention:
        """A country's name followed by capitalised words ending in an agency's head noun
        ("Rwanda Space Agency") names that country, as a demonym does."""
        if m.kind != self.country_kind or m.how != "country" or m.end >= len(doc):
            return m
        after = doc[m.end].text
        if not after[:1].isupper() and after not in OWNER_MARKS:
            return m
        first = m.end + 1 if after in OWNER_MARKS else m.end
        j = first  # "Rwanda Space Agency", "Israel's Space Agency"
        while j < len(doc) and j < first + 5 and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > first and kind_of_word().get(doc[j - 1].lower_) == self.agency_kind and not (
                doc[j - 1].lower_ == "institute" and doc[j:j + 1].text == "of"):  # "Kenya ... Institute of Technology": no agency
            return Mention(m.start, j, m.node, m.kind, "demonym")
        return m

    def _short(self, doc, found: list[Mention]) -> list[Mention]:
        """Add "the Accords" for a node already named in full ("the Artemis Accords")."""
        heads: dict[str, set[str]] = {}
        for m in found:
            if m.node in self.heads:
                heads.setdefault(self.heads[m.node], set()).add(m.node)
        taken = {i for m in found for i in range(m.start, m.end)}
        extra = []
        lower = [t.lower_ for t in doc]  # one pass: indexing a doc makes a token each time
        heads_of_kinds = kind_of_word()
        described: dict[str, tuple[int, str]] = {}  # "group": where "the group" last stood, for which node
        unnamed: dict[str, int] = {}  # "forum": where the page last used it for a thing with no node
        antecedents = [m for m in found if not contrasted(doc, m)]  # not "a response to NATO"
        named_before = {m.end: m for m in antecedents}
        for i, word in enumerate(lower):
            if i in taken or i == 0 or (word not in heads_of_kinds and lower[i - 1] != "the"):
                continue
            tok = doc[i]
            if word in UNNAMED_AGAIN and lower[i - 1] != "the" and i not in named_before:
                unnamed[word] = i  # "an inter-party forum in the BRICS format"
            if i in named_before and heads_of_kinds.get(word) == named_before[i].kind:
                described[word] = (i, named_before[i].node)  # "the BRICS group": "the group" later
            if lower[i - 1] in {"these", "those", "this", "our"} and heads_of_kinds.get(word):
                kind = kind_of_word()[tok.lower_]  # "to join these agreements", "into our Alliance"
                earlier = [m for m in antecedents if m.end <= tok.i and m.kind == kind and (  # "our Alliance":
                    lower[i - 1] != "our" or self.heads.get(m.node, "").lower() == word)]  # an alliance's own name
                if earlier and kind != self.country_kind:
                    extra.append(Mention(tok.i, tok.i + 1, earlier[-1].node, kind, "anaphor"))
                continue
            if lower[i - 1] != "the" and not glued_name(doc, tok.i):  # (not "the NATO-run Partnership
                # for Peace") "the military alliance": the last of that kind, no bank ("the China-led bloc")
                if heads_of_kinds.get(word) and _described(doc, tok.i, taken, lower):
                    kind = kind_of_word()[tok.lower_]
                    earlier = [m for m in antecedents if m.end <= tok.i and m.kind == kind and (
                        word in OWN_NAME_HEADS or self.heads.get(m.node, "").lower() not in OWN_NAME_HEADS)]
                    if word in OWN_NAME_HEADS and not self._headed(earlier, word):
                        continue  # "the development bank" after the G7: a bank, not the G7
                    if earlier and kind != self.country_kind:
                        extra.append(Mention(tok.i, tok.i + 1, earlier[-1].node, kind, "anaphor"))
                continue
            if glued_name(doc, tok.i):
                continue  # "the Partnership for Peace", "the Alliance des États du Sahel": a name
            nodes = heads.get(tok.text)
            if nodes and len(nodes) == 1:
                node = next(iter(nodes))
                extra.append(Mention(tok.i, tok.i + 1, node, self.kinds[node], "short"))
                continue
            kind = None if tok.lower_ in {"deal", "deals", "mou"} else kind_of_word().get(tok.lower_)
            earlier = [m for m in antecedents if m.end <= tok.i and m.kind == kind]
            same_head = self._headed(earlier, word)
            if (word in OWN_NAME_HEADS or tok.text[:1].isupper() and named_own_before(doc, taken, i)) and not same_head:
                continue  # "the bank" after "the BRICS Summit": a bank, not BRICS; "the Dialogue"
            if word in unnamed and (word not in described or described[word][0] < unnamed[word]):
                continue  # "will take part in the forum": the forum the page spoke of, no node
            if kind and earlier:  # "the alliance", "the Agreement": the last node of that kind,
                # or the one "the group" stood for before, unless a name with "group" came since
                node = earlier[-1].node
                if same_head:  # "the accords" after "grounded in the Outer Space Treaty": the Accords
                    node = same_head[-1]
                since = [m for m in earlier if described[word][0] < m.end] if word in described else None
                if since is not None and not any(word in lower[m.start:m.end] for m in since):
                    opening = [m for m in since if _opens_sentence(doc, m.start)]
                    node = opening[-1].node if opening else described[word][1]  # or the name
                    # that opened a sentence since: "BRIC was founded ... the association"
                described[word] = (tok.i, node)
                how = "short" if tok.text[:1].isupper() else "anaphor"
                extra.append(Mention(tok.i, tok.i + 1, node, kind, how))
        return sorted(found + extra, key=lambda m: m.start)

    def _headed(self, mentions: list[Mention], word: str) -> list[str]:
        """The nodes of ``mentions`` whose own name's head noun is ``word`` ("bank", "accords")."""
        return [m.node for m in mentions if self.heads.get(m.node, "").lower() == word]

    def new_nodes(self, doc, mentions: list[Mention]) -> list[NewNode]:
        """Capitalised names with a kind's head noun ("Moon Village Association") that no
        node has: node candidates (:func:`graphkit.extract.new_nodes.unknown_names`)."""
        return unknown_names(doc, mentions, self.country_kind)


def _opens_sentence(doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence (line breaks before it aside)."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j < 0 or doc[j].text in {".", "!", "?"} or doc[i].is_sent_start
