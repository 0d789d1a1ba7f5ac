"""Names in a list: the nodes a sentence names, grouped by commas and "and" ("Russia and
China", "not only the US and France but Australia, ...", "Myanmar (formerly Burma) and
Laos"), as the ends of claims; lists a verb takes besides its subject ("will join Brazil,
Russia and India", "two countries joined the ILRS, the UAE and Pakistan")."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from graphkit.extract import vocabulary as vocab
from graphkit.extract.gazetteer import Mention
from graphkit.extract.patterns import Trigger
from graphkit.extract.region_glue import counted_aside_closed, region_glue, semicolon_glue
from graphkit.extract.run_together import run_together
from graphkit.extract.schema_words import kind_of_word

__all__ = ["End", "alongside", "companions", "counterparts", "ends_of", "following", "group_around",
           "including_at", "joined_list", "list_span", "named_after_object", "subject_index"]


@dataclass(frozen=True)
class End:
    """One end of a claim: a node id, its kind, how it was found, and its token range."""

    node: str
    kind: str
    how: str
    start: int
    end: int


def group_around(mentions: list[Mention], index: int, doc, step: int) -> list[Mention]:
    """The mention at ``index`` and those joined to it by commas and "and", walking by ``step``."""
    group = [mentions[index]]
    i = index
    while 0 <= i + step < len(mentions):
        a, b = (mentions[i + step], mentions[i]) if step < 0 else (mentions[i], mentions[i + step])
        between = [t.lower_ for t in doc[a.end:b.start] if "\n" in t.text or not t.is_space]  # ",  Republic
        # of Korea": a doubled space is no word between
        if between and between[0] in vocab.OWNER_MARKS:
            if not (_possessive_list(between) and doc[b.end:b.end + 1].text in vocab.OWNER_MARKS):
                break
            between = between[1:]  # "Finland's and Sweden's applications": a list of owners
        if not between and run_together(doc, a, b):
            between = [","]  # "..., Ecuador El Salvador, ...": two names, no comma between
        if step > 0 and counted_aside_closed(doc, group[0].start, between):
            between = between[1:]  # "the seven nations — A, B and C — and D": the aside closed
        if step > 0 and semicolon_glue(doc, group, between):
            between = [","]  # "the member states of the council: Canada; Denmark; ...; and the United States"
        if between[:1] == [":"] and _name_tail(doc, a.end + 1, len(between) - 1):
            between = between[1 + _name_tail(doc, a.end + 1, len(between) - 1):]  # "Germany:
            # Federal Republic, Greece": the rest of the name, inverted
        if not between or not (set(_unbracketed(between, doc, a, b)) <= vocab.SEPARATORS
                               or _line_break(doc, a, b)
                               or region_glue(doc[a.end:b.start])
                               or _neighbour_glue(between)
                               or _not_only_but(doc, a.start, between) or _of_year(between)):
            break
        if (between == [","] or between == [",", "and"] and doc[a.start - 2].text == ",") and _closed_at(
                mentions, i + step if step < 0 else i, a, doc):
            break  # "bordering Sweden, Norway, and Russia, Finland", "comprising A, B, and C, and Iran signed"
        if "with" in between and not {"along", "together"} & set(between):
            break  # "formed by Brazil ..., with South Africa joining in 2010"
        if between == [",", "the"] and doc[b.end:b.end + 1].text in vocab.POSSESSIVE_MARKS:
            break  # "spearheaded by NASA, the United States' space agency": NASA described
        i += step
        group.append(mentions[i])
    return group if step > 0 else group[::-1]


def _of_year(between: list[str]) -> bool:  # "the Rescue Agreement of 1968, the Liability Convention"
    year = between[1] if len(between) > 2 and between[0] == "of" else ""
    return len(year) == 4 and year.isdigit() and set(between[2:]) <= vocab.SEPARATORS


def _closed_at(mentions: list[Mention], k: int, a: Mention, doc) -> bool:
    """Whether ``a`` (``mentions[k]``, or the one before) ends a list with "and" before it:
    a name of its kind, then "and" or ", and", then ``a``."""
    j = a.start - 1
    if j < 1 or doc[j].lower_ not in {"and", "or"}:
        return False
    j -= doc[j - 1].text == ","
    return any(m.end == j and m.kind == a.kind for m in mentions[max(0, k - 3):k + 1])


def _neighbour_glue(between: list[str]) -> bool:
    """"Sweden and its eastern neighbour, Finland": a pair, the second named after a comma."""
    return (len(between) in (4, 5) and between[:2] == ["and", "its"] and between[-1] == ","
            and between[-2] in {"neighbour", "neighbor"})


def _possessive_list(between: list[str]) -> bool:  # only commas and "and" after the "'s" opening it
    return len(between) > 1 and set(between[1:]) <= {",", "and", "&"}


def _line_break(doc, a: Mention, b: Mention) -> bool:
    """Names one a line ("states:\nArmenia\nBelarus", a list joined to its sentence by
    :func:`graphkit.extract.layout.merged_lines`): only line breaks and list marks between,
    and nothing after ``b`` on its line (not "Belarus\nPeru and Chile left the group")."""
    marks = {",", ";", ".", "-", "*", "•", "·"}
    span = doc[a.end:b.start]
    if not any("\n" in t.text for t in span) or not all(t.is_space or t.text in marks
                                                        for t in span):
        return False
    for t in doc[b.end:]:
        if "\n" in t.text or "\n" in t.whitespace_:
            return t.is_space or t.text in marks
        if not t.is_space and t.text not in marks:
            return False
    return True


_ASIDE = {"formerly", "now", "officially", "also", "known", "as", "or", "aka", "once"}


def _unbracketed(between: list[str], doc, a: Mention, b: Mention) -> list[str]:
    """The words between two names without a short aside in brackets: "Myanmar (formerly
    Burma) and Laos"; ``[","]`` for a name given again inside one ("Myanmar (Burma")."""
    if between[0] == "(" and set(between[1:]) <= _ASIDE and doc[b.end:b.end + 1].text == ")":
        return [","]
    if between[0] == ")":
        return between[1:] or [","]
    tail_words = _name_tail(doc, a.end, len(between))
    if tail_words:  # "Brunei Darrusalam, Cambodia", "Lao-PDR, Malaysia": the rest of a name
        return between[tail_words:]
    tail = 2 if between[-1] == "the" else 1  # "..., the United Arab Republic, the United Kingdom"
    if between[0] == "," and between[-tail] == "," and 2 < len(between) <= 16:
        inner = [t for t in doc[a.end + 1:b.start - tail] if not t.is_space]
        if any(t.text[:1].isupper() for t in inner) and all(  # "France, Czechoslovakia, India":
                t.text[:1].isupper() or t.lower_ in {"the", "of", "and", ","} for t in inner):
            return [","]  # a past state no node stands for does not end a list
    if "(" in between and ")" in between:
        i, j = between.index("("), between.index(")")
        if i < j and (j - i <= 5 or between[i + 1] == "including" and j - i <= 10):  # a country's parts
            return between[:i] + between[j + 1:] or [","]
    return between


def _name_tail(doc, start: int, size: int) -> int:
    """How many tokens from ``start`` continue the name before them (one or two capitalised
    words, or a hyphen and one, with a comma or "and" after): 0 when none do."""
    k = 0
    while k < min(size, 3) and (doc[start + k].text[:1].isupper() and doc[start + k].is_alpha
                                or (doc[start + k].text == "-" and not doc[start + k].whitespace_)):
        k += 1
    if not k or k >= size or doc[start].text == "-" and k == 1:
        return 0
    if doc[start].text != "-" and not doc[start - 1].whitespace_:
        return 0
    return k if doc[start + k].lower_ in {",", "and"} else 0


def _not_only_but(doc, start: int, between: list[str]) -> bool:
    """"include not only the US and France but (also) Australia, ...": a list goes on
    through "but" when "not only" opens it."""
    if "but" not in between or not set(between) <= vocab.SEPARATORS | {"but", "also"}:
        return False
    words = [t.lower_ for t in doc[max(0, start - 12):start]]
    return any(a == "not" and b == "only" for a, b in itertools.pairwise(words))


def ends_of(group: list[Mention], kinds, how: str | None = None) -> list[End]:
    seen, ends = set(), []
    for m in group:
        if m.kind in kinds and m.node not in seen:
            seen.add(m.node)
            ends.append(End(m.node, m.kind, how or m.how, m.start, m.end))
    return ends


def companions(sent, trigger: Trigger, sources, targets, end: int
               ) -> tuple[list[End], list[End]]:
    """"will join Brazil, Russia and India in the bloc": the countries joined (two or
    more, right after the verb) and what they are in: the node after "in", else the
    topic when "in the bloc" or the clause's end follows (not "in condemning")."""
    if (sent.doc[trigger.start].lower_.endswith("ing") and trigger.start > sent.start
            and sent.doc[trigger.start - 1].lower_ not in {"be", "is", "are", "was", "were"}):
        return [], []  # but "Sweden will be joining fellow Nordic countries A, B and C"  # ", joining Australia and Canada": details of a joining told before
    group = joined_list(sent, trigger, end)
    if len(group) < 2:
        return [], []
    i = group[-1].end
    word = sent.doc[i].lower_ if i < sent.end else "."
    if word == "in":
        named = [m for m in sent.mentions if i < m.start <= i + 2 and m.kind in targets]
        if named and sent.doc[named[0].end:named[0].end + 1].text in vocab.OWNER_MARKS:
            return [], []  # "joined A, B and C in the EU's Eastern Partnership": not the EU
        if named:
            return ends_of(group, sources), ends_of(named[:1], targets)
        heads = [t.lower_ for t in sent.doc[i + 1:min(i + 4, sent.end)]]
        if not any(kind_of_word().get(w) in targets for w in heads):
            return [], []
    elif word == "as" and _as_member(sent, i + 1):  # "joined China, Russia and India as a
        named = [m for m in sent.mentions  # full member (of the SCO)": in what they are in
                 if i < m.start <= i + 7 and m.kind in targets and sent.doc[m.start - 1].lower_ in {"of", "the"}]
        if named and sent.doc[named[0].end:named[0].end + 1].text in vocab.OWNER_MARKS:
            return [], []  # "as a member of the SCO's energy club": not of the SCO
        return ends_of(group, sources, "companion"), (ends_of(named[:1], targets) if named
                                                      else sent.topic(trigger, targets))
    elif word not in {",", ".", ";"}:
        return [], []  # not "joins Belarus and Cuba as partners of the group"
    return ends_of(group, sources, "companion"), sent.topic(trigger, targets)


def _as_member(sent, i: int) -> bool:
    """Whether "member(s)" follows ``i`` past "a" and count words ("as a full member")."""
    while i < sent.end and sent.doc[i].lower_ in {"a", "an"} | vocab.COUNT_WORDS:
        i += 1
    return i < sent.end and sent.doc[i].lower_ in {"member", "members"}


_TITLES = {"founding", "fellow", "existing", "current", "other", "original", "members", "member",
           "states", "countries", "nations", "signatories", "partners", "the"}
_LIST_MARKS = {"-", "–", "—", ":", ","}


def joined_list(sent, trigger: Trigger, end: int) -> list:
    """The countries a "join" is followed by, past a title ("joins founding members
    Malaysia, Indonesia ..., as well as Brunei"): those already in what is joined."""
    return _joined_from(sent, trigger.end, end)


def _joined_from(sent, start: int, end: int) -> list:
    """The countries named from ``start`` on, past a title, as in ``joined_list``."""
    country = sent.gazetteer.country_kind
    i = start
    named = {m.start for m in sent.mentions if m.kind == country}  # not "United States" a title
    while i < end and i not in named and (sent.doc[i].lower_ in _TITLES or (  # "fellow Nordic countries A, B"
            sent.doc[i].is_title and i + 1 < end and sent.doc[i + 1].lower_ in vocab.GROUP_NOUNS)
            or (sent.doc[i].like_num and i + 1 < end and sent.doc[i + 1].lower_ in _TITLES)
            or (sent.doc[i].text in _LIST_MARKS and i > start  # "joins 38 other
                and sent.doc[i - 1].lower_ in vocab.GROUP_NOUNS)):  # nations – A, B, ... –"
        i += 1
    after = [k for k, m in enumerate(sent.mentions) if i <= m.start <= i + 1 and m.end <= end]
    if not after or sent.mentions[after[0]].kind != country:
        return []
    group = [m for m in group_around(sent.mentions, after[0], sent.doc, 1)
             if m.kind == country and m.end <= end]
    return group + _and_counted(sent, group[-1].end, end) if group else group


def _and_counted(sent, i: int, end: int) -> list:
    """"joins the United States and 44 other nations – A, B, ... –": after the first named,
    "and" a count, "other" and a group noun, the countries listed after them are joined too."""
    words = [t.lower_ for t in sent.doc[i:min(i + 4, end)]]
    if (len(words) < 4 or words[0] != "and" or not sent.doc[i + 1].like_num
            or words[2] != "other" or words[3] not in vocab.GROUP_NOUNS):
        return []
    return _joined_from(sent, i + 1, end)


def named_after_object(sent, trigger: Trigger, objects: list[End], kinds, end: int
                       ) -> list[End]:
    """"two more countries joined the ILRS project, the UAE and Pakistan": the group
    after the object's comma names the countries a count noun before the verb stands for."""
    topic = bool(objects) and all(o.start < trigger.start for o in objects)  # "Nine of NATO's
    # partners have declared their candidacy for future membership, including A, B"
    before = [t.lower_ for t in sent.doc[max(sent.start, trigger.start - (6 if topic else 3)):trigger.start]]
    objects = [o for o in objects if o.start >= trigger.end]  # not the topic named before:
    if not (objects or topic) or not set(before) & vocab.GROUP_NOUNS:  # "The BRICS bloc, comprising
        return []  # A, B and C, ..., with several nations expressing interest in joining"
    i = max(o.end for o in objects) if objects else trigger.end
    if not objects and not including_at(sent.doc, i):
        return []  # the topic's list: "including" right after the trigger
    while i < end and sent.doc[i].lower_ in {"project", "programme", "program", "initiative",
                                             "group", "grouping", "bloc"}:  # "the BRICS group,"
        i += 1
    if i < end and sent.doc[i].text == "," and sent.doc[i + 1:i + 2].text.lower() == "including":
        i += 1
    if i >= end or sent.doc[i].lower_ not in {",", "including"}:
        return []  # "21 countries have signed the accords including A, B and C" too
    found = [k for k, m in enumerate(sent.mentions)  # not "..., an American-led effort",
             if i < m.start <= i + 2 and m.end <= end and m.kind in kinds and m.how != "demonym"
             and all(t.lower_ == "the" for t in sent.doc[i + 1:m.start])]  # nor ", while Brazil
    # welcomed them": the names right after the comma (or "including"), "the" at most between
    if not found:
        return []
    group = group_around(sent.mentions, found[0], sent.doc, 1)
    if sent.doc[group[-1].end:group[-1].end + 1].text.lower() in vocab.REPORTING | vocab.AUXILIARIES:
        return []  # "... the Artemis Program, NASA said": who says it, not who takes part; "For
        # countries that have expressed a desire to join BRICS, India will": the next clause's subject
    return ends_of(group, kinds)


def including_at(doc, i: int) -> bool:
    """Whether "including" opens a list at token ``i`` (", including A, B" or "including A")."""
    return "including" in doc[i:i + 2].text.lower()


def alongside(sent, trigger: Trigger, objects: list[End], kinds, end: int) -> list[End]:
    """"join BRICS alongside the oil majors Saudi Arabia, the UAE and Iran", "have signed the
    Accords in addition to Nigeria", "was part of the G8, along with A, B": the group a few words
    after "alongside" (or "along (with)", "together with", "in addition to") behind the object."""
    i = max([o.end for o in objects] + [trigger.end]) if objects else 0
    while i < end and (sent.doc[i].lower_ in _DATE_WORDS or sent.doc[i].like_num) and (
            sent.doc[i:i + 2].text.lower() != "in addition"):
        i += 1  # "applied in May 2022, together with Sweden"
    i = _past_as_member(sent.doc, i, end)  # "joins X as the tenth full member, alongside A, B"
    i += i < end and sent.doc[i].text == ","
    words = [t.lower_ for t in sent.doc[i:min(i + 3, end)]]
    if not words or not (words[0] in {"alongside", "along"} or words[:2] == ["together", "with"]
                         or words == ["in", "addition", "to"]):
        return []  # "along 12 other nations, including Algeria, ..."
    added = words[0] == "in"  # "in addition to Nigeria", "to the UAE": a country, right after
    if added:
        kinds = {sent.gazetteer.country_kind}
    found = [k for k, m in enumerate(sent.mentions)
             if i < m.start <= i + (4 if added else 7) and m.end <= end and m.kind in kinds
             and m.how != "demonym" and sent.doc[m.end:m.end + 1].text not in vocab.OWNER_MARKS
             and not (added and m.start == i + 4 and sent.doc[i + 3].lower_ != "the")
             and not vocab.PREPOSITIONS - {"of"} & {t.lower_ for t in sent.doc[i + 2:m.start]}]  # not "along
    # with sanctions imposed by the United States", "along with a pledge from the United States"
    return ends_of(group_around(sent.mentions, found[0], sent.doc, 1), kinds) if found else []


def _past_as_member(doc, i: int, end: int) -> int:
    """The token after "as the tenth full member," (or "as its newest members,") at ``i``,
    else ``i``."""
    if i >= end or doc[i].lower_ != "as":
        return i
    for k in range(i + 1, min(i + 7, end)):
        if doc[k].lower_ in {"member", "members"}:
            return k + 2 if k + 1 < end and doc[k + 1].text == "," else k + 1
        if doc[k].text in {",", ";"}:
            return i
    return i


def following(sent, trigger: Trigger, kinds) -> list[End]:
    """"The following states have signed the Treaty but have not ratified it: A, B, ...":
    the subject "the following <states>" stands for the list after the sentence's colon,
    past the clause that ends the trigger's object."""
    words = [t.lower_ for t in sent.doc[max(sent.start, trigger.start - 6):trigger.start]]
    if not any(a == "following" and b in vocab.GROUP_NOUNS for a, b in itertools.pairwise(words)):
        return []
    return sent.colon_list(trigger, kinds, sent.end)


_DATE_WORDS = {",", "in", "on", "january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december", "formally", "officially"}


def described(sent, trigger: Trigger, subjects: list[End], kinds) -> list[End]:
    """"the Artemis program, an American-led effort", "the Artemis program is a U.S.-led
    effort": the node a noun phrase describes, just before its article and a comma or "is";
    or, the phrase opening with its article, the node named right after it ("from a Russia-led
    military alliance, the Collective Security Treaty Organization, ...")."""
    i = min([s.start for s in subjects] + [trigger.start]) - 1
    if i <= sent.start or sent.doc[i].lower_ not in {"a", "an"}:
        return []
    i -= 1
    if sent.doc[i].text != "," and sent.doc[i].lower_ not in {"is", "was", "remains"}:
        return _named_after(sent, trigger, kinds)  # "from a Russia-led military alliance, the CSTO,"
    ends = {i}
    if sent.doc[i - 1].text == ")":  # "the International Lunar Research Station (ILRS), a"
        ends |= {k for k in range(max(sent.start, i - 6), i - 1) if sent.doc[k].text == "("}
    found = [m for m in sent.mentions if m.end in ends and m.kind in kinds]
    return ends_of(found[-1:], kinds)


def _named_after(sent, trigger: Trigger, kinds) -> list[End]:
    """"a Russia-led military alliance, the Collective Security Treaty Organization,": the
    node named right after the described noun (a head noun of its kind, up to three lower-case
    words after the trigger) and a comma."""
    doc, k = sent.doc, trigger.end
    while k < min(sent.end, trigger.end + 3) and doc[k].is_lower and kind_of_word().get(doc[k].lower_) is None:
        k += 1
    if k >= sent.end - 2 or kind_of_word().get(doc[k].lower_) is None or doc[k + 1].text != ",":
        return []
    at = k + 2 + (doc[k + 2].lower_ == "the")
    named = [m for m in sent.mentions if m.start == at and m.kind in kinds
             and m.kind == kind_of_word()[doc[k].lower_]]
    return ends_of(named, kinds)


_COUNTERPART = {"counterpart", "counterparts"}


def counterparts(sent, subjects: list[End], kinds) -> list[End]:
    """"China's space agency and its counterpart in Senegal signed", "NASA and its Japanese
    counterpart signed": the body before "and its counterpart" acts too (a country before
    "'s space agency" as its agency), and the counterpart is of its kind where one is known."""
    if not subjects:
        return subjects
    doc, first = sent.doc, min(s.start for s in subjects)
    i = first - (first - 1 > sent.start and doc[first - 1].lower_ == "the")
    if (i - 3 > sent.start and doc[i - 1].lower_ in {"in", "from", "of"}
            and doc[i - 2].lower_ in _COUNTERPART and doc[i - 3].lower_ in {"its", "their"}):
        j = i - 3  # at "its": "and its counterpart in Senegal"
    elif (first - 1 > sent.start and doc[first - 1].lower_ in {"its", "their"}
          and subjects[0].how == "demonym" and first + 1 < sent.end
          and doc[subjects[0].end].lower_ in _COUNTERPART):
        j = first - 1  # "and its Japanese counterpart"
    else:
        return subjects
    if doc[j - 1].lower_ != "and":
        return subjects
    j -= 1  # at "and"
    agency = [t.lower_ for t in doc[max(sent.start, j - 3):j]]
    owner = j
    if agency[-2:] == ["space", "agency"]:
        owner = j - 2 - (agency[-3:-2] == ["national"])
        if owner <= sent.start or doc[owner - 1].text not in vocab.OWNER_MARKS:
            return subjects
        owner -= 1
    before = [m for m in sent.mentions if m.end == owner and m.kind in kinds]
    if not before:
        return subjects
    ends = ends_of(before[-1:], kinds)
    if owner != j:
        ends = sent.as_agencies(ends)
    if ends[0].kind != sent.gazetteer.country_kind:  # an agency's counterparts are agencies
        subjects = sent.as_agencies(subjects)
    return ends + [s for s in subjects if s.node != ends[0].node]


def membership_owner(sent, trigger: Trigger, phrase: str, subjects: list[End], kinds) -> list[End]:
    """"Poland is an advocate for Ukraine's NATO membership": a name with "'s" inside a
    trigger ending in "membership" says whose membership it is, so the subject before wants
    another's, and the owner's own wish is not said: no subject."""
    if not phrase.endswith("membership"):
        return subjects
    owned = [m for m in sent.mentions if trigger.start <= m.start and m.end < trigger.end
             and m.kind in kinds and sent.doc[m.end].text in vocab.OWNER_MARKS]
    return [] if owned else subjects


def subject_index(mentions: list[Mention], start: int) -> int | None:
    """The index of the mention that starts at token ``start``, if one does."""
    return next((k for k, m in enumerate(mentions) if m.start == start), None)


def list_span(doc, mentions: list[Mention], start: int) -> tuple[int, int] | None:
    """The first and the end token of the list of names the mention at ``start`` stands in."""
    at = subject_index(mentions, start)
    if at is None:
        return None
    return group_around(mentions, at, doc, -1)[0].start, group_around(mentions, at, doc, 1)[-1].end
