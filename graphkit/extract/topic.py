"""What a trigger with no object of its own is about: the topic of its sentence or of the
article so far ("the Artemis program, which NASA leads.", "Iran joined on July 4")."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from graphkit.extract import vocabulary as vocab
from graphkit.extract.founding_treaty import own_text_of
from graphkit.extract.groups import End
from graphkit.extract.listed_member import named_as_member
from graphkit.extract.lookups import FOUNDERS_PARTICIPLES, founder_of_another
from graphkit.extract.unnamed import unnamed_body

if TYPE_CHECKING:
    from graphkit.extract.patterns import Trigger

__all__ = ["topic_of"]


def topic_of(sent, trigger: Trigger, kinds) -> list[End]:
    """What a trigger without its object is about: the last node of ``kinds`` (not a country,
    nor one named as a member) named before it in its sentence ("the Artemis program, which
    NASA leads."), else the one named most often before it in the article, the last on a
    tie ("Iran joined on July 4" in a story about the ILRS that names Artemis once); none
    when an organisation the dataset has no node for is named in an earlier sentence after
    the last that it has (the trigger is more likely that one's), unless that one is a known
    organisation's own treaty ("the APSCO Convention"), which is then the topic; none for a
    currency's or a zone's membership ("candidates for euro membership")."""
    if any(s.form == "reverse" for s in trigger.specs) and unnamed_body(sent.doc, sent.start, trigger.start):
        return []  # "a security bloc that includes", "the Baltic Sea region, encompassing": no topic's
    if any(t.lower_ in vocab.ZONE_WORDS for t in sent.doc[max(sent.start, trigger.start - 1):trigger.end]):
        return []  # "the first candidates for euro membership": the currency's, no bloc's
    country = sent.gazetteer.country_kind
    seen = [m for m in sent.all_mentions if m.end <= trigger.start and m.kind in kinds
            and m.kind != country and not named_as_member(sent.doc, m)]  # "19 countries and the EU"
    last = seen[-1] if seen else None
    # a name the dataset lacks, named after the last it has ("... the formation of the Warsaw
    # Pact. Its original members included": its), but not "ASEAN (Association of South East
    # ...)" nor "the North Atlantic Treaty" of NATO
    later = [n for n in sent.all_new_nodes if (last is None or last.end <= n.start)
             and n.end <= sent.start and n.kind in kinds and not vocab.generic_name(n.name)
             and not (n.start and sent.doc[n.start - 1].text == "(")
             and not (last and sent.gazetteer.begins_name_of(n.name, last.node))]
    if later and own_text_of(later[-1].name, sent.gazetteer):  # "the APSCO Convention ... The
        return [End(later[-1].id, later[-1].kind, "topic",  # eight signatory states are": its
                    later[-1].start, later[-1].end)]  # parties, the organisation's members
    if later or not seen or _other_named_again(sent, last, trigger, kinds) or _its_new_name(sent, last, trigger):
        return []
    own = [m for m in seen if m.start >= sent.start]
    if own and (_aside_after_new_name(sent, own[-1], trigger, kinds)
                or founder_of_another(sent.doc, sent.mentions, own[-1])):
        return []  # "The New Development Bank (NDB) set up by the BRICS group has admitted"
    if own:  # "the Artemis program, which NASA leads."
        return [End(own[-1].node, own[-1].kind, "topic", own[-1].start, own[-1].end)]
    count = Counter(m.node for m in seen)
    best = max(reversed(seen), key=lambda m: count[m.node])  # max keeps the first: the last
    if _named_non(sent, best.node, trigger):
        return []  # "Some non-EU countries have also joined: Iceland, ...": not the EU
    return [End(best.node, best.kind, "topic", best.start, best.end)]


def _its_new_name(sent, last, trigger: Trigger) -> bool:
    """Whether "its" in the trigger points back to a name the dataset lacks, named right before
    "to" and the trigger, after the last known name ("signed the Instrument of Accession to the
    Treaty of Amity and Cooperation in Southeast Asia to become its 50th member": the treaty's;
    not "endorsed the Kazan Declaration and became its partner country")."""
    doc = sent.doc
    return "its" in {t.lower_ for t in doc[trigger.start:trigger.end]} and doc[trigger.start - 1].lower_ == "to" and any(
        max(sent.start, last.end) <= n.start and n.end == trigger.start - 1 and not vocab.generic_name(n.name)
        for n in sent.all_new_nodes)


def _named_non(sent, node: str, trigger: Trigger) -> bool:
    """Whether the sentence names ``node`` after "non-" before the trigger ("non-EU")."""
    return vocab.named_non(sent.doc, sent.start, trigger.start,
                           {s.lower() for s in sent.gazetteer.spellings.get(node, ())})


def _other_named_again(sent, last, trigger: Trigger, kinds) -> bool:
    """Whether, after the last known name, "the <head>" names again an organisation the
    dataset lacks, named before, whose head noun the known one's name lacks: "Colombia
    joined the New Development Bank ... the 17th BRICS Summit. The bank's Board approved
    ... Current members include" (the bank's members, not BRICS's)."""
    known = {w.lower() for s in sent.gazetteer.spellings.get(last.node, ()) for w in s.split()}
    heads = {n.name.split()[-1].lower() for n in sent.all_new_nodes
             if n.end <= last.start and n.kind in kinds and not vocab.generic_name(n.name)}
    return any(t.lower_ in heads - known and sent.doc[t.i - 1].lower_ == "the"
               for t in sent.doc[last.end:trigger.start] if t.i)


_ASIDE_MARKS = {"—", "–", "("}
# a comma opens such an aside too when a founder's participle (lookups.FOUNDERS_PARTICIPLES)
# follows it: "The New Development Bank (NDB), established by BRICS nations, has admitted Algeria"


def _aside_after_new_name(sent, m, trigger: Trigger, kinds) -> bool:
    """Whether ``m`` stands in an aside (between dashes or in brackets, closed before the
    trigger) after a name the dataset lacks, which the aside describes: "The New Development
    Bank (NDB) – established by BRICS in 2015 – has admitted Bangladesh" (the bank's), or
    between commas after a founder's participle (", established by BRICS nations,")."""
    doc = sent.doc
    opens = [t.i for t in doc[sent.start:m.start] if t.text in _ASIDE_MARKS
             or t.text == "," and doc[t.i + 1].lower_ in FOUNDERS_PARTICIPLES]
    closes = {"—", "–", ")"} | ({","} if opens and doc[opens[-1]].text == "," else set())
    if not opens or not any(t.text in closes for t in doc[m.end:trigger.start]):
        return False
    return any(sent.start <= n.start and n.end <= opens[-1] and n.kind in kinds
               and not vocab.generic_name(n.name) for n in sent.all_new_nodes)
