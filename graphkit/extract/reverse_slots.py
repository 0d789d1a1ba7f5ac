"""Where a reverse trigger (object before, subjects after: "BRICS includes Brazil", "signed
by A", "Founded by A, B, BRICS counts ...") finds its object and its subjects in a
:class:`~graphkit.extract.sentence.Sentence`, and whether nothing before it stands for the
object ("Its eight member states are": the topic then)."""

from __future__ import annotations

from dataclasses import replace

from graphkit.extract import vocabulary as vocab
from graphkit.extract.asides import bracketed
from graphkit.extract.attending import event_included
from graphkit.extract.dates import is_month_name
from graphkit.extract.groups import End, ends_of, group_around
from graphkit.extract.guesses import weighed_before
from graphkit.extract.likeness import contrasted
from graphkit.extract.listed_member import named_as_member
from graphkit.extract.lookups import (
    FOUNDERS_PARTICIPLES,
    MEMBERS_PLURAL,
    coordinated,
    founder_of_another,
    of_unknown_body,
)
from graphkit.extract.owned import owns_phrase, right_after
from graphkit.extract.patterns import Trigger
from graphkit.extract.reverse_tails import DASHES, added_after_dash, leader_also, member_in
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.sentence import Sentence
from graphkit.extract.ties import met_with
from graphkit.extract.unnamed import unnamed_body

__all__ = ["far_agent", "fronted_object", "open_slot", "pronoun_object", "reverse_ends",
           "reverse_object", "reverse_subjects"]


_AGENT_GAP = 6  # words between an object and "led by", "signed by" that still make it theirs
_BE = {"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "now", "also",
       "currently", "still"}
_SO_FAR = _BE | {"so", "far", "already", "since", "recently", "which", "that", ","}


_ROLES = {"partner", "partners"}
_HABITUAL = {"annually", "yearly", "regularly", "every", "each"}  # "The G8 summit meets annually, bringing together"
# whom "met with" names are counterparts, unless a role says so ("met with partners: A, B")
_COUNTERPART_NOUNS = vocab.GROUP_NOUNS - {"partners", "signatories"} | {"country"}
_NOT_LISTED = {"invited", "visiting", "outreach", "non"}  # a counted group of no members, besides others_listed's


def reverse_ends(sent: Sentence, trig: Trigger, spec, targets, sources, end: int
                 ) -> tuple[list[End], list[End]] | None:
    """The subjects and objects of a reverse trigger (object before, subjects after), or None
    where a bracket after it lists another name's parts ("the BRICS group (Brazil, ...)")."""
    if _prospective(sent, trig):
        return [], []  # "expected to consider joining countries including A, B": would-be members
    if spec.phrase.split()[0] in _COUNTERPART_NOUNS and met_with(sent.doc, max(sent.start, trig.start - 8), trig.end):
        return [], []  # "the G8 leaders met with five major developing countries -- A, B": others
    objects = [o for o in sent.inside(trig, targets)  # not "represents the European Union and
               if not named_as_member(sent.doc, o)  # 19 countries: A, B", nor "established in
               and not vocab.event_after(sent.doc, o.end, trig.end)] or reverse_object(  # 2014
        sent, trig, targets, sent.start)  # following the BRICS summit by": the summit's
    if (spec.phrase.endswith("(") and not (objects and objects[-1].end == trig.start)
            and not _ROLES & set(spec.phrase.split())):
        return None  # "the BRICS group (Brazil, ...)", "BRICS (Brazil, ...)": the name just
        # before (a role says whose: "the SCO has six dialogue partners (Turkey, ...)")
    if spec.phrase.startswith("consist") and spec.phrase.split()[-1] in {"-", "–", "—"} and objects and (
            sent.doc[objects[-1].end].text in {"'s", "’s"}
            or _ROLES & {t.lower_ for t in sent.doc[trig.start:trig.end]}):
        return [], []  # "NATO's KFOR mission consisted of troops from partner nations — A, B": not NATO's
    if (objects and (spec.relation == vocab.relation_of("lead|led", "verb") or spec.phrase.startswith(
            ("include", "comprise", "involve", "bring", "gather"))) and objects[-1].kind == kind_of_word().get("organisation")
            and vocab.event_after(sent.doc, objects[-1].end, trig.start)
            and not _HABITUAL & {t.lower_ for t in sent.doc[objects[-1].end:trig.start]}):
        objects = []  # "The BRICS summit was co-led by Russia and Brazil": a chair of the summit;
        # "The SCO summit in Astana included the nine member countries plus Turkey", "The NATO summit
        # brought together the leaders of Ukraine, Japan": its guests (not "meets annually, bringing")
        # (but "The Artemis missions, led by NASA": a programme's missions are the programme)
    if not owns_phrase(sent.doc, spec.phrase, objects[-1].end if objects else None, trig.start):
        return [], []  # "The EU deal involves Serbia", "NATO worries about the Baltic countries, namely A, B"
    agent = spec.phrase.split()[-1] in {"by", "from"}  # "signed by", "interest from"
    if agent and objects and far_agent(sent.doc, objects[-1].end, trig.start):
        objects = []  # "The SCO ... is seen as a threat to Western democracy led by the U.S."
    subjects = _beside_blocs_members([s for s in reverse_subjects(sent, trig, sources, end, near=not agent)
                                      if not _a_things_origin(sent.doc, s)], sent, targets, sources)
    pair = _pair_after(sent, trig, sources) if agent else []
    if pair:  # "a lunar base project co-led by both countries": the pair named before
        subjects = pair
    objects = objects or pronoun_object(sent, trig, targets)  # "It has been joined by A, B"
    # "the SCO (Shanghai ...), Iran and Belarus": only the names inside the brackets;
    subjects = bracketed(sent, trig, spec.phrase, subjects)  # "dialogue between" states
    if spec.phrase.endswith("(") and _count_before(sent.doc, trig.start, sent.start) == len(
            {s.node for s in subjects}) > 1:  # "the 10 ASEAN member states (A, ..., J)": a list
        subjects = [replace(s, how="counted") for s in subjects]  # its count checks
    if not objects:  # "Founded by Brazil, Russia, India and China, BRICS ...", "Established
        fronted = agent or trig.start - sent.start <= 1 and bool(subjects) and not _ROLES & {
            t.lower_ for t in sent.doc[subjects[-1].end:subjects[-1].end + 3]}  # "(Originally)
        # consisting of A, B, C, BRICS"
        # (not "Made up of A, B and C, the BRICS partner group": the partners')
        if len(subjects) >= 2 and fronted and subjects[-1].kind in targets and _after_comma(  # in 2001 by
                sent.doc, subjects[-1].start):  # A, B and C, the SCO now has"
            subjects, objects = subjects[:-1], subjects[-1:]
        else:
            objects = fronted_object(sent, subjects, targets, sent.end)
    if (not objects and subjects and not agent and open_slot(sent, trig)
            and not (trig.hedged and "will" not in spec.phrase.split())  # but "partners will be"
            and not _clause_subject(sent.doc, subjects[-1].end, sent.end)):
        objects = [o for o in sent.topic(trig, targets)  # "approval in member state Turkey"; not
                   if not vocab.members_of_a_programme(sent.doc[trig.start:trig.end], o.kind)]  # "Other
        # members of the programme include" for the Accords named before
    if _said_of_the_bloc(spec.phrase) and not (objects and right_after(sent.doc, objects[-1].end, trig.start)):
        return [], []  # "the SCO summit, a trip that sealed a defence pact with North Korea"
    if spec.phrase.startswith("include") and subjects and objects:  # "the Russia-led alliance,
        subjects = subjects + leader_also(sent, trig.start, sources, objects)  # which also includes A, B": Russia too
    if spec.phrase.startswith(("membership of", "memberships of")) and subjects and objects:
        if _owners_own(sent, objects[-1], trig, subjects):
            return [], []  # "The AU's membership of the G20": the AU's, not the G20 in the AU
        inside = member_in(sent, subjects[-1].end, targets)  # another body than the one
        if inside and inside[0].node not in {o.node for o in objects}:  # named before
            objects = inside
    return subjects, objects


def _owners_own(sent: Sentence, owner: End, trig: Trigger, subjects: list[End]) -> bool:
    """Whether "membership of" follows its owner's "'s" and names bodies that are no countries
    after it: the owner's membership of them ("The EU's membership of the G7 and the G20"), not
    them among the owner's members."""
    return (owner.end + 1 == trig.start and sent.doc[owner.end].text in vocab.POSSESSIVE_MARKS
            and all(s.kind != sent.gazetteer.country_kind for s in subjects))


def _pair_after(sent: Sentence, trigger: Trigger, kinds) -> list[End]:
    """The pair named before, when "both countries" or "the two nations" follows ``trigger``
    (an agent's "by"): the sentence's own pair of names before the trigger, else the last pair
    of the sentences before; not "both countries' rivals", "both sides of the table"."""
    words = " ".join(t.lower_ for t in sent.doc[trigger.end:min(trigger.end + 4, sent.end)])
    if not any(a.startswith(("both ", "the two ")) and f"{words} ".startswith(f"{a} ")
               and not f"{words} ".startswith((f"{a} of ", f"{a} ' ", f"{a} 's ", f"{a} ’ ", f"{a} ’s "))
               for a in vocab.ANAPHORA if a != "the two"):
        return []
    own = [k for k, m in enumerate(sent.mentions) if m.end <= trigger.start and m.kind in kinds]
    named = group_around(sent.mentions, own[-1], sent.doc, -1) if own else []
    if len({m.node for m in named}) == 2:  # "China and Russia unveiled the ILRS, ... co-led by both"
        return [End(m.node, m.kind, "anaphor", trigger.start, trigger.start) for m in named]
    if not sent.last_pair or len(sent.last_pair) != 2:
        return []
    return [End(node, kind, "anaphor", trigger.start, trigger.start)
            for node, kind in sent.last_pair if kind in kinds]


def _count_before(doc, start: int, limit: int) -> int:
    """The count in the three words before token ``start`` ("the 10 ASEAN member states ("),
    0 if none."""
    for k in range(start - 1, max(limit, start - 4) - 1, -1):
        if not doc[k].is_alpha and not doc[k].like_num:
            return 0
        if vocab.count_of(doc[k].text):
            return vocab.count_of(doc[k].text)
    return 0


def _said_of_the_bloc(phrase: str) -> bool:
    """Whether a reverse phrase describes the bloc named right before it, its apposition
    (", a * pact with") or its own verb with a count ("represents * countries :"): a
    phrase that says nothing of a bloc further back ("the delegations at the BRICS summit
    represented 36 countries: A, B"), or its countries between dashes ("BRICS countries – A, B –";
    not "Two countries – Finland and Sweden – stand out", after NATO named before)."""
    return phrase.startswith(",") or phrase.endswith(" * countries :") or phrase.split(" ")[0] in {
        "countries", "country"} and phrase.split(" ")[-1] in DASHES


_AS_WELL = ("as well as", ", as well as", "and", ", and", "plus", ", plus",
            "—", "–", ":", "(")  # "the BRICS nations—Brazil, Russia, ...": its members, named


def _beside_blocs_members(subjects: list[End], sent: Sentence, targets, sources) -> list[End]:
    """``subjects`` without a bloc named for its members ("the G7 (Group of Seven) countries")
    and with the list after them ("Members include the G7 countries, as well as Argentina,
    Australia and the European Union": Argentina, Australia, the EU, not the G7; "established
    by the BRICS nations—Brazil, Russia, ...": the members it names)."""
    doc = sent.doc
    for s in subjects:
        k = s.end
        if s.kind in targets and k < sent.end and doc[k].text == "(":
            k = next((j + 1 for j in range(k, min(k + 8, sent.end)) if doc[j].text == ")"), k)
        if not (s.kind in targets and k < sent.end and doc[k].lower_ in MEMBERS_PLURAL):
            continue
        rest = [e for e in subjects if e.node != s.node]
        after = next((i for i, m in enumerate(sent.mentions) if m.start > k), None)
        glue = doc[k + 1:sent.mentions[after].start].text.lower().replace(" ,", ",") if after is not None else ""
        if after is not None and glue.removesuffix(" the").strip() in _AS_WELL:
            known = {e.node for e in rest}
            rest += [e for e in ends_of(group_around(sent.mentions, after, doc, 1), sources)
                     if e.node not in known]
        return rest
    return subjects


def _a_things_origin(doc, subject: End) -> bool:
    """Whether a demonym names only where a thing comes from, a common noun after it ("to
    include two Indian satellites", "the Bulgarian minority"; not "Iranian President")."""
    after = doc[subject.end] if subject.end < len(doc) else None
    return subject.how == "demonym" and after is not None and after.is_alpha and after.is_lower


# the word before "countries include": they are not (yet) what the bloc holds
_PROSPECTIVE = {"joining", "candidate", "applicant", "prospective", "potential", "aspiring",
                "interested", "invited", "admit", "consider", "invite", "inviting"}


def _prospective(sent: Sentence, trig: Trigger) -> bool:
    """Whether "countries include" follows a word of would-be members ("consider (new)
    countries including", "candidate nations include") or a bloc's weighing of whom to take
    a few words before; not "(new) members include"."""
    doc, i = sent.doc, trig.start - 1
    if doc[trig.start].lower_ not in {"countries", "nations", "states"}:
        return False
    if i > sent.start and doc[i].lower_ == "new":
        i -= 1
    if i >= sent.start and doc[i].lower_ in _PROSPECTIVE:
        return True
    return weighed_before(doc, trig.start, sent.start)


def _after_comma(doc, start: int) -> bool:
    """Whether a name follows a comma, or a comma and "the" (", the SCO")."""
    return doc[start - 1].text == "," or (doc[start - 1].lower_ == "the"
                                          and doc[start - 2].text == ",")


def _clause_subject(doc, end: int, sent_end: int) -> bool:
    """Whether a list between dashes is the subject of the verb after it ("Thirteen countries
    — A, B and C — have already joined the project", "six countries – A, B, ... – founded
    the European Coal and Steel Community"), which says what they are in."""
    return (end + 1 < sent_end and doc[end].text in {"—", "–", "-"}
            and doc[end + 1].lower_ in vocab.AUXILIARIES | _ACTS)


# past verbs a list between dashes may take as its own: "– founded the European Coal and Steel Community"
_ACTS = {"founded", "established", "created", "formed", "launched", "signed", "joined", "agreed"}


def far_agent(doc, obj_end: int, trigger_start: int) -> bool:
    """Whether more than a few words part an object from its "led by" or "signed by", other
    than an aside closed by a comma before the verb ("The CSTO, an alliance of six former
    Soviet states, is led by Russia"), a noun phrase in apposition to it ("The Accords, a
    non-binding arrangement initiated by the United States") or its own relative clause after
    its short name ("the ... Organization (ILRSCO), which has so far been joined by A")."""
    gap = list(doc[obj_end:trigger_start])
    while gap and gap[-1].lower_ in _BE:
        gap.pop()
    if gap[:1] and gap[0].text == "(" and ")" in [t.text for t in gap[:6]]:
        gap = gap[[t.text for t in gap].index(")") + 1:]
    if len(gap) > 1 and gap[0].text == "," and gap[1].lower_ in {"which", "that"} and all(
            t.lower_ in _SO_FAR for t in gap):
        return False
    appositive = len(gap) > 1 and gap[0].text == "," and gap[1].lower_ in {"a", "an", "the"}
    return len(gap) > _AGENT_GAP and gap[-1].text != "," and not appositive and not _made_as(gap)


def _made_as(gap) -> bool:
    """Whether the words between an object and its "led by" found it as what leads ("was
    created in 2001 as a political, economic and security alliance led by", "launched in 2015
    as a single market led by"): the object's own description, with no phrase of another
    thing in it (not "is seen as a threat to Western democracy led by", "formed in 2009 as a
    counterweight to the financial system led by")."""
    words = [t.lower_ for t in gap]
    if "as" not in words:
        return False
    k = words.index("as")
    return (words[k + 1:k + 2] in (["a"], ["an"]) and all(t.is_lower or t.text == "," for t in gap[k + 2:])
            and not vocab.AFTER_PHRASE & set(words[k + 2:])  # not "as a counterweight to the system"
            and all(w in _BE | FOUNDERS_PARTICIPLES | {"in", "on", "originally", "initially"}
                    or t.like_num or is_month_name(w) for t, w in zip(gap[:k], words[:k], strict=True)))


def fronted_object(sent: Sentence, subjects: list[End], kinds, end: int) -> list[End]:
    """"Founded by Brazil, Russia, India and China, BRICS counts ...": the node right
    after the comma that closes a reverse clause opening the sentence."""
    after = _past_date(sent.doc, max((s.end for s in subjects), default=0), end)
    if not after or after + 1 >= end or sent.doc[after].text != ",":
        return []  # (a date may close the clause: "Founded by A, B and C in 2014, the NDB")
    found = [m for m in sent.mentions if after < m.start <= after + 2 and m.kind in kinds]
    return ends_of(found[:1], kinds)


def _past_date(doc, i: int, end: int) -> int:
    """The token after a date phrase ("in 2014", "on 15 June 2001") starting at ``i``, or ``i``."""
    if 0 < i < end and doc[i].lower_ in {"in", "on"}:
        j = i + 1
        while j < end and j - i <= 4 and (doc[j].like_num or is_month_name(doc[j].text)):
            j += 1
        if j > i + 1 and doc[j - 1].like_num:
            return j
    return i


def open_slot(sent: Sentence, trigger: Trigger) -> bool:
    """Whether nothing stands for the object before a reverse trigger ("approval in member
    state Turkey", "Its eight member states are", "it now includes"; not "The list included Belarus")."""
    if vocab.others_listed(sent.doc, max(sent.start, trigger.start - 3), trigger.start):
        return False  # "expand the list of invitees to include A"
    i = trigger.start - 1
    while i >= sent.start and (sent.doc[i].like_num or sent.doc[i].is_quote  # 'original "Founding'
                               or sent.doc[i].lower_ in vocab.SLOT_SKIP):
        i -= 1
    if i >= sent.start and sent.doc[i].lower_ in vocab.OPEN_DETERMINERS:
        return i + 1 < trigger.start or sent.doc[trigger.start].lower_ in vocab.GROUP_NOUNS | {
            "founders", "founding"}
    return i < sent.start or sent.doc[i].lower_ in vocab.OPEN_SLOT


_AUXILIARIES = {"has", "have", "had", "already", "now", "since", "been", "was", "is", "also", "will"}
_BULLETS = {"•", "·", "-", "–", "*"}


def pronoun_object(sent: Sentence, trigger: Trigger, kinds) -> list[End]:
    """"... to create an International Scientific Lunar Station is actively developing. It has
    already been joined by 13 countries": "It" opening the sentence before a reverse trigger
    is the last node (not a country) the sentence before names; so is the subject a line
    leaves out ("Shanghai Cooperation Organization (SCO) Facts" then "• Includes A, B")."""
    marks = [t for t in sent.doc[sent.start:trigger.start] if t.text in _BULLETS]
    words = [t.lower_ for t in sent.doc[sent.start:trigger.start] if t.text not in _BULLETS]
    elided = bool(marks) and not words and sent.doc[trigger.start].is_title  # "• Includes A"
    if not elided and (not words or words[0] != "it" or not set(words[1:]) <= _AUXILIARIES):
        return []
    before = [m for m in sent.all_mentions if m.end <= sent.start and m.kind in kinds
              and m.kind != sent.gazetteer.country_kind]
    if not before or any(t.is_sent_start for t in sent.doc[before[-1].end:sent.start - 1]):
        return []
    return [End(before[-1].node, before[-1].kind, "pronoun", before[-1].start, before[-1].end)]


_RELATIVE_ADVERBS = {"also", "now", "currently", "already"}


def _relative_of_another(doc, mentions, m, trigger_start: int) -> bool:
    """Whether the relative clause of a reverse trigger ("..., which also includes") is of a
    name after ``m`` that is no node's ("the NATO summit ... as one of four Indo-Pacific
    partners, dubbed IP4, which also includes Japan": IP4's, not NATO's: a name called so, or
    an acronym) or of its partners; not of a country in a list about ``m`` ("BRICS, founded by
    Brazil, ... and China, which now includes Iran"), nor of a day ("the SCO on Thursday, which")."""
    i = trigger_start - 1
    while i > m.end and doc[i].lower_ in _RELATIVE_ADVERBS:
        i -= 1
    if i - 2 < m.end or doc[i].lower_ not in {"which", "that"} or doc[i - 1].text != ",":
        return False
    antecedent = doc[i - 2]  # a name of no node, or the bloc's partners, between the two
    if antecedent.lower_ in {"partners", "observers", "guests"}:
        return True
    named = any(n.start <= antecedent.i < n.end for n in mentions)
    called = {t.lower_ for t in doc[max(m.end, antecedent.i - 3):antecedent.i]} & {"dubbed", "called", "named"}
    return not named and (bool(called) or antecedent.text.isupper() and len(antecedent) > 1)  # "dubbed IP4"


def _relative_of(doc, m) -> bool:
    """Whether a relative clause opens right after ``m`` ("larger than the Group of Seven,
    which comprises A, B": the list is the Group of Seven's)."""
    return doc[m.end:m.end + 2].text.lower() in {", which", ", that", ", whose"}


def reverse_object(sent: Sentence, trigger: Trigger, kinds, limit: int) -> list[End]:
    before = [m for m in sent.mentions
              if m.end <= trigger.start and m.start >= limit and m.kind in kinds
              and not (founder_of_another(sent.doc, sent.mentions, m)  # "The NDB set up by BRICS
                       and m.end < trigger.start  # has included": not "by BRICS (Brazil, ...)",
                       and not (_relative_of(sent.doc, m)  # nor "founded by BRICS, which now includes"
                                and "," not in sent.doc[m.end + 2:trigger.start].text))]
    if before and (vocab.not_reverse_object(sent.doc, sent.mentions, before[-1], trigger.start)
                   or _relative_of_another(sent.doc, sent.mentions, before[-1], trigger.start)
                   or event_included(sent.doc, trigger.end)):
        return []
    if before and (of_unknown_body(sent.doc, [m for m in sent.mentions if m.how != "new"], trigger.start,
                                   before[-1].end) or unnamed_body(sent.doc, before[-1].end, trigger.start)):
        return []  # "ASEAN and ... the East Asia Summit (EAS) which consists of A, B": the EAS's;
        # "NATO is expanding ...; China and Russia strengthen a security bloc that includes A": an unnamed one's
    if len(before) > 1 and _in_aside(sent, before[0], before[-1], trigger.start):
        before = before[:1]  # "The ARF, formed ... among ASEAN members, also comprises": the ARF
    while len(before) > 1 and contrasted(sent.doc, before[-1]) and "," in sent.doc[
            before[-1].end:trigger.start].text and not _relative_of(sent.doc, before[-1]):
        before = before[:-1]  # "the organisation, even ahead of NATO, includes"
    if (len(before) > 1 and before[-1].end == trigger.start and sent.doc[trigger.start].is_alpha
            and coordinated(sent.doc, before[-2], before[-1])):
        return ends_of(before[-2:], kinds)  # "European Union and NATO countries – A, B": both
    return ends_of(before[-1:], kinds) if before else []


def _in_aside(sent: Sentence, head, last, start: int) -> bool:
    """Whether ``last`` stands in an aside set off by commas after ``head``, the sentence's
    subject, that closes right before ``start`` ("The ARF, formed a decade ago ... among
    ASEAN members, also comprises")."""
    doc = sent.doc
    return (head.start <= sent.start + 1 and doc[head.end:head.end + 1].text == ","
            and any(t.text == "," for t in doc[last.end:start])
            and doc[last.end + 1:last.end + 2].text.lower() not in {"which", "that", "who"}  # not "the
            # SCO, which includes": the later bloc's own clause
            and not any(t.text in {";", ":"} for t in doc[head.end:start]))


_COUNTED_NOUNS = vocab.GROUP_NOUNS | {"economies", "democracies"}


def _counted_noun(words) -> bool:
    """Whether ``words`` (before a list's colon or dash) end in a group noun, or in one and a
    place it is from: "four Asian nations", "eleven countries from the Global South"."""
    lower = [t.lower_ for t in words]
    noun = max((k for k, w in enumerate(lower) if w in _COUNTED_NOUNS), default=None)
    if noun is None:
        return False
    rest = lower[noun + 1:]
    return not rest or (rest[0] in {"from", "in", "across"} and len(rest) <= 4)


def reverse_subjects(sent: Sentence, trigger: Trigger, kinds, end: int, *, near: bool = False
                     ) -> list[End]:
    """The group after a reverse trigger; ``near``: only one right after it ("BRICS
    includes Brazil", "the bloc comprises the UAE", not "the summit included talks with Iran")."""
    end = next((i for i in range(trigger.end, end) if sent.doc[i].text == ";"), end)
    after = [i for i, m in enumerate(sent.mentions)  # not past a ";": "established by
             if m.start >= trigger.end and m.end <= end and m.kind in kinds  # this Statute;"
             and sent.doc[m.end:m.end + 1].text not in vocab.OWNER_MARKS]  # not "NASA's chief"
    between = [t for t in sent.doc[trigger.end:sent.mentions[after[0]].start]
               if not t.is_space] if after else []  # "six states:\nArmenia\nBelarus"
    described = (1 < len(between) <= 9 and (between[-1].text in vocab.LIST_OPENERS  # ", adding four
                                            or between[-1].lower_ == "plus")  # Asian nations—",
                 and _counted_noun(between[:-1])  # "includes the seven industrialized countries plus"
                 or 1 < len(between) <= 8 and any(t.like_num for t in between) and _counted_noun(between)
                 and between[-1].lower_ in _COUNTED_NOUNS)  # "the world's seven leading economies UK,"
    if not after or near and not described and any(  # "consisted of six countries: Russia",
            t.lower_ not in vocab.NEAR and not t.like_num for t in between):  # ", including Türkiye"
        return []
    if described and "former" not in (said := {t.lower_ for t in between}) and (_NOT_LISTED & said or vocab.others_listed(
            sent.doc, trigger.end, sent.mentions[after[0]].start)):  # "includes eight other guest nations:
        return []  # A, B", "three non-member countries:": no members (but "ten former candidate countries:")
    group = group_around(sent.mentions, after[0], sent.doc, 1)
    if described and between[-1].text in DASHES:  # "four Central Asian states - A, B, C, D -
        group += added_after_dash(sent, group[-1].end, kinds)  # as well as Russia and China"
    return ends_of(group, kinds)

