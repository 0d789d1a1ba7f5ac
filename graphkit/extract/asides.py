"""Names set aside at the head of a sentence: "Besides Russia, the CSTO consists of Armenia,
Belarus and ..." (Russia is a member too), "Apart from Iran and Belarus, many countries would
like to become SCO members" (the two are not the ones said to want it); and a treaty's
depositary, which receives what others deposit ("handed to the depositary, the United States,
the instrument of accession"); names excepted inside a sentence ("six states (except
Azerbaijan, Georgia and Uzbekistan) signed"); a relative clause between a subject and its verb ("Finland
and Sweden, which neighbour Russia, applied": Russia did not apply); and a subject named only as
a source, a witness or who leads the object (:func:`named_aside`, for the reader's vetoes)."""

from __future__ import annotations

from graphkit.extract.datecomma import date_comma
from graphkit.extract.groups import End, ends_of, group_around, list_span
from graphkit.extract.persons import addressed
from graphkit.extract.vocabulary import LED, relation_of

__all__ = ["bracketed", "depositaries_out", "excepted_at", "excepted_before", "excepted_out", "excepts",
           "named_aside", "own_relative", "relative_opening", "set_aside"]

_OPENERS = (("besides",), ("apart", "from"), ("aside", "from"), ("in", "addition", "to"),
            ("except", "for"), ("other", "than"), ("alongside",), ("along", "with"))


def _aside(sent, kinds) -> list[End]:
    """The names between an opener at the sentence's start and the comma after them."""
    words = [t.lower_ for t in sent.doc[sent.start:min(sent.start + 3, sent.end)]]
    opener = next((o for o in _OPENERS if tuple(words[:len(o)]) == o), None)
    if opener is None:
        return []
    i = sent.start + len(opener)
    first = [k for k, m in enumerate(sent.mentions) if m.start in (i, i + 1)]
    if not first:
        return []
    group = group_around(sent.mentions, first[0], sent.doc, 1)
    cut = next((k for k, m in enumerate(group) if m.kind != group[0].kind), len(group))
    group = group[:cut]  # "Besides Russia, the CSTO": the list ends before the organisation
    if not group:
        return []
    j = group[-1].end
    if j >= sent.end or sent.doc[j].text != ",":
        return []
    return ends_of(group, kinds)


def set_aside(sent, trigger, form: str, subjects: list[End], kinds) -> list[End]:
    """``subjects`` with the names set aside at the sentence's head added (a list of what
    the trigger's object holds: "consists of", "include") or taken out (a subject before a
    verb: "Apart from Iran and Belarus, many countries would like to join")."""
    aside = _aside(sent, kinds)
    if not aside or any(a.end > trigger.start for a in aside):
        return subjects
    names = {a.node for a in aside}
    if form == "reverse":
        if not subjects:
            return subjects
        return subjects + [a for a in aside if a.node not in {s.node for s in subjects}]
    return [s for s in subjects if s.node not in names]


def bracketed(sent, trigger, phrase: str, subjects: list[End]) -> list[End]:
    """The ``subjects`` of "X (A, B and C)" inside the brackets opened at ``trigger``: not
    "the Shanghai Cooperation Organisation (SCO), Iran and Belarus" nor "(CSTO) and the
    Eurasian Economic Union". After "dialogue / pact between", a list that names an
    organisation ("dialogue between the SCO, the EAEU and ASEAN") is one of peers, not of
    members: no subject."""
    if phrase.endswith("between"):
        country = sent.gazetteer.country_kind
        return subjects if all(s.kind == country for s in subjects) else []
    if not phrase.endswith("("):
        return subjects
    close = next((t.i for t in sent.doc[trigger.end:sent.end] if t.text == ")"), sent.end)
    return [s for s in subjects if trigger.end <= s.start and s.end <= close]


_DEPOSITARY = {"depositary", "depository", "custodian", "depositaries", "custodians"}


def depositaries_out(doc, subjects: list[End]) -> list[End]:
    """``subjects`` but those named as a treaty's depositary: "the depository country, the
    United States,", "the United States, as the custodian of the Treaty, received"."""
    def named_so(e: End) -> bool:
        before = [t.lower_ for t in doc[max(0, e.start - 6):e.start]]
        before = before[:-1] if before[-1:] == ["the"] else before
        after = [t.lower_ for t in doc[e.end:e.end + 4]]
        described_before = before[-1:] == [","] and bool(_DEPOSITARY & set(before))
        described_after = after[:1] == [","] and bool(_DEPOSITARY & set(after))
        return described_before or described_after
    return [s for s in subjects if not named_so(s)]


_EXCEPT = {"except", "excepting", "excluding", "save"}
_LIST_GLUE = {",", "and", "the", "&"}


def excepted_out(doc, subjects: list[End], sent_start: int, at: int) -> list[End]:
    """``subjects`` but a list that an "except", "excluding" or "all but", "with the exception of" opens inside the
    sentence ("six states (except A, B and C) signed", "all but A, B and C agreed"): those
    are the ones that did not, unless a relative clause of theirs holds the trigger at ``at``
    ("27 members, excluding the UK, which left the EU"). At the sentence's head,
    :func:`set_aside`'s openers decide, but for "All but A and B are members"."""
    covered = {i for s in subjects for i in range(s.start, s.end)}
    def excepted(e: End) -> bool:
        if e.end < at and {t.lower_ for t in doc[e.end:at]} & {"which", "who", "that"}:
            return False
        i = e.start - 1
        while i > sent_start and (i in covered or doc[i].lower_ in _LIST_GLUE):
            i -= 1
        return excepted_at(doc, i, sent_start)
    return [s for s in subjects if not excepted(s)]


def excepted_at(doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` opens a list of exceptions inside the sentence, or "All but" at its
    head ("All but Japan and Russia are members of NATO")."""
    return (i > sent_start + 1 or i == sent_start + 1 and doc[i].lower_ == "but") and excepts(doc, i)


def excepted_before(doc, first: int, sent_start: int) -> bool:
    """Whether the list whose first name is at token ``first`` follows an exception's opener,
    a "the" between ("All but the UK and Norway have joined the EU")."""
    at = first - 1 - (first - 2 > sent_start and doc[first - 1].lower_ == "the")
    return excepted_at(doc, at, sent_start)


def excepts(doc, i: int) -> bool:
    """Whether token ``i`` opens a list of exceptions: "except", "excluding", "all but", or a
    "not" after a dash, a comma or "and" ("Egypt - not Algeria - joined BRICS")."""
    return doc[i].lower_ in _EXCEPT or i > 0 and (
        doc[i].lower_ == "but" and doc[i - 1].lower_ == "all"
        or doc[i].lower_ == "of" and doc[i - 1].lower_ == "exception"  # "with the exception of A and B"
        or doc[i].lower_ == "not" and doc[i - 1].lower_ in {"—", "–", "-", ",", "(", "and"})


#: what opens a clause set between a subject and its verb: "Finland and Sweden, which",
#: "Bangladesh, although not a BRICS member,", "Egypt, a BRICS member,"
_ASIDE_OPENERS = {"which", "who", "although", "though", "albeit", "a", "an"}


def own_relative(gap: str, before) -> bool:
    """Whether ``gap`` (the words from a name to a trigger) opens a relative clause of the
    name's with no comma after it: "a response to Georgia, which wants to join" is Georgia's
    wish, not that of the sentence's subject; not after an act handed to a depositary (the
    tokens ``before`` the name: "deposited its instrument with the United States, which
    completed the accession")."""
    words = gap.replace(",", " , ").split()
    return (words[:2] in ([",", "which"], [",", "who"]) and "," not in words[1:]
            and not _HANDED & {t.lower_ for t in before})


#: an act handed to a depositary: "deposited its instrument with the United States, which completed"
_HANDED = {"deposited", "instrument", "instruments", "documents"}


def relative_opening(sent, at: int, limit: int) -> int | None:
    """Where a relative clause (or a concession, an apposition) closed just before ``at``
    opens, after the names it describes: the comma after "Finland and Sweden" in "Finland and
    Sweden, which neighbour Russia and are also NATO partners, applied to join", after
    "Bangladesh" in "Bangladesh, although not a BRICS member, is part of the NDB" (no name
    between the clause and ``at``: not "Unlike Georgia, an aspiring member, Armenia joined");
    else where a chain of participle clauses ending at ``at`` opens (None when neither stands
    there)."""
    commas = [i for i in range(max(limit, sent.start), at)
              if sent.doc[i].text == "," and not date_comma(sent.doc, i)]
    if (len(commas) < 2 or at - commas[-1] > 3 or commas[-2] + 1 >= at
            or sent.doc[commas[-2] + 1].lower_ not in _ASIDE_OPENERS
            or sent.doc[commas[-2] + 1].lower_ in {"a", "an"} and sent.doc[at].lower_.endswith("ing")):
        # (not "joining the CPTPP, a regional trade agreement, becoming": a chain of participles)
        return _chain_opening(sent, at)
    opening = commas[-2]
    if any(commas[-1] < m.start < at for m in sent.mentions):
        return None
    return opening if any(m.end == opening for m in sent.mentions) else None


def _chain_opening(sent, at: int) -> int | None:
    """The comma before the first of a chain of participle clauses that ends at ``at``:
    "Britain has been boosting its ties, joining the CPTPP, a trade agreement, becoming a
    Dialogue Partner of ASEAN" (Britain becomes it, not the CPTPP; None when ``at`` does
    not open such a clause or no earlier one stands). It may stand before an earlier
    trigger: the sentence's subject is the chain's."""
    def opens_participle(i: int) -> bool:
        word = sent.doc[i + 1]
        return word.is_lower and word.is_alpha and word.lower_.endswith("ing")
    if at - 1 <= sent.start or sent.doc[at - 1].text != "," or not opens_participle(at - 1):
        return None
    first = next((i for i in range(sent.start, at - 1) if sent.doc[i].text == ","
                  and not date_comma(sent.doc, i) and opens_participle(i)), None)
    return first if first is not None and any(m.end <= first for m in sent.mentions) else None


_LED = LED | {"funded", "dominated"}
# a source, a witness, whom an act is for, who helped it come about
_ASIDE = {"according to", "presence of", "support of", "facilitated by", "brokered by", "mediated by"}
_SAID = {"said", "says", "told", "announced", "stated", "reported", "noted", "added"}


def named_aside(doc, mentions, occurrence, relation: str) -> bool:
    """Whether the subject is named only as who leads the object ("a U.S.-led project", of
    any relation but leading), as the source of the sentence ("According to US State
    Department, ... signed", "According to the Ministry of Foreign Affairs of the Russian
    Federation, ...", "..., NASA said on Tuesday"), as a witness ("in the presence of US
    Charge d’Affaires"), as whom the act is for ("a declaration in support of Ukraine"), as
    who helped it ("Angola signed the Accords, facilitated by NASA and the US State
    Department") or as whom a letter is handed to ("to his Russian counterpart")."""
    subject = next((m for m in mentions if m.start == occurrence.subject_at), None)
    if subject is None:
        return False
    after = [t.lower_ for t in doc[subject.end:min(subject.end + 2, occurrence.end)]]
    led = after[:1] in (["-"], ["–"]) and after[1:] and after[1] in _LED
    first = (list_span(doc, mentions, occurrence.subject_at) or (subject.start,))[0]  # its list's
    source = (doc[max(occurrence.start, first - 2):first].text.lower() in _ASIDE
              or addressed(doc, subject) or (  # "According to the Ministry of ... of the Russian
                  doc[occurrence.start:occurrence.start + 2].text.lower() == "according to"  # Federation,"
                  and all(t.text != "," for t in doc[occurrence.start:subject.start])))
    said = (subject.start > occurrence.start and doc[subject.start - 1].text == ","
            and after[:1] and after[0] in _SAID)  # "... are A and B, NASA said on Tuesday."
    return bool(led and relation != relation_of("lead|led", "verb") or source or said)
