"""A low-confidence fallback for lists of countries near a bloc's name that no rule read.

The rules of :mod:`graphkit.extract.candidates` and :mod:`graphkit.extract.forms.structural` each
read one form; a list of countries beside a bloc takes many ("joins the SCO as the tenth
full member, alongside A, B", "follows the addition of A, B in 2004; C, D in 1999",
"collectively known as the X dialogue partners. They are A, B", "The bloc, which has A, B
and C", "A, B and C are rushing to expand the trilateral X partnership"). This module reads
the family as a whole: a list (two or more countries joined by commas, "and" or
semicolons, a year or bracketed year allowed after each) none of whose countries has a
claim from that sentence, with a bloc (a node of a kind a membership, partnership or
signature may point to) named in the same sentence or, failing that, the sentence before,
and a relation cue in those words. The cue gives the relation: partner words a
partnership; "signatory", "signed", "signature" a signature where the schema allows one to
the bloc's kind; membership words ("member", "join", "part of", "addition", "alongside",
"includes", "comprises", "consists", "has", "founding", and the like) a membership.

No claim after a negation or a hedge, nor with a word for a status no relation stands for
(observer, guest, invitation, candidate, application, attendance, a visit, talks, the
sidelines of a summit, plans, what is likely or discussed, an accession protocol for or on
the candidates, a treaty "concerning the accession of" them, a process ("will start the process
of joining") or negotiations for them), nor for a list after "with",
"between", "against", "from", "to" or "leaders of" (a counterpart or a meeting, not a
membership), nor for a list that is the subject of an
action with another object (the clause after it names another node, "a" or "an" thing, or
"with", and not the bloc). Each claim has confidence 0.35 (0.3 when the
bloc is in the sentence before) and the rule ``fallback: list near bloc``."""

from __future__ import annotations

import re
from collections import Counter

from graphkit.extract.asides import excepted_before
from graphkit.extract.attending import an_event_after, guests_joining
from graphkit.extract.calls import call_before
from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import find_dates
from graphkit.extract.likeness import contrasted
from graphkit.extract.list_roles import closes_apposition, role_around
from graphkit.extract.list_settings import placed_or_backed
from graphkit.extract.lookups import end_char, marks_of, of_unknown_body
from graphkit.extract.owned import owns_other
from graphkit.extract.siblings import before_counted_members
from graphkit.extract.unknown_bodies import named_back_before, role_of_a_name
from graphkit.extract.vocabulary import (
    NUMBER_WORDS,
    agreement_kind,
    count_of,
    members_of_a_programme,
    named_non,
    owned_role,
    relation_of,
)

__all__ = ["list_fallback"]

CONFIDENCE, CONFIDENCE_BEFORE = 0.35, 0.3
RULE = "fallback: list near bloc"
# a list of partners counted in the sentences before: checked against the text's count, so
# the reader leaves it as made (graphkit.extract.pair_features.counted_list)
CONFIDENCE_COUNTED, RULE_COUNTED = 0.6, RULE + "; subject:counted"

_PARTNER = re.compile(r"\bpartners?\b|\bpartnerships?\b", re.IGNORECASE)
_ROLE = re.compile(r"\bpartners?\b", re.IGNORECASE)  # the list's own role before it
_JOINING_OTHERS = re.compile(r"\bjoining\s+(?:other|fellow)\b", re.IGNORECASE)  # the status of the clause before
_MIXED = re.compile(r"\bmembers?(?:\s+(?:states?|countries|nations))?\s+and\s+partners?\b", re.IGNORECASE)
# the bloc's own head noun ("the AUKUS partnership", "the Quad grouping"): membership
_HEADS = {"partnership", "alliance", "pact", "group", "grouping", "bloc", "coalition", "club",
          "forum", "initiative", "format", "framework"}
_SIGNED = re.compile(r"\b(?:signator(?:y|ies)|signed|signing|signatures?|sign)\b", re.IGNORECASE)
_MEMBER = re.compile(r"\b(?:members?|membership|memberships|join|joins|joined|joining|part\s+of|"
                     r"additions?|added|alongside|founding|founders?|founded|"
                     r"admitted|admission|accession|acceded|allies|ally|grouping|bloc)\b",
                     re.IGNORECASE)
# "has", "includes", "comprises", "consists of": a membership only with the bloc (or "it",
# "which", the bloc's noun) as subject, not "The agenda includes A", "Many countries have"
_HAVE = re.compile(r"\b(?:has|have|had|includes?|included|comprises?|comprised|consists?|"
                   r"consisted)\b", re.IGNORECASE)
_HAVE_SUBJECT = {"it", "which", "that", "who"}
_RELATIVE = {"which", "that", "who"}  # the bloc's only right after it ("the bloc, which has")
_ADVERBS = {"now", "also", "currently", "already", "still", "today"}
_NOT = re.compile(r"\b(?:not|never|no|nor|neither|may|might|could|would|should|if|whether|unless|"
                  r"hopes?|hoping|hoped|seeks?|seeking|sought|wants?|wanting|wanted|aims?|aiming|prepar\w*|"
                  r"plans?|planned|planning|propos\w*|potential|prospective|possible|future|"
                  r"candidates?|candidacy|vying|vies?|vied|procedures?|process\s+of\s+joining|appl(?:y|ies|ied|ying|ication|ications|icants?)|"
                  r"observers?|observer\s+status|guests?|invit\w*|attend\w*|present\s+at|visit\w*|talks|non-members?|outreach|"
                  r"sidelines|interest|interested|bids?|aspir\w*|would-be|expect\w*|urg\w*|"
                  r"consider\w*|discuss\w*|debat\w*|mull\w*|withdr\w*|left|leave|leaving|quit|exit\w*|suspend\w*|expel\w*|"
                  r"former|formerly|reject\w*|refus\w*|declin\w*|oppos\w*|veto\w*|permit\w*|allow\w*|"
                  r"authori[sz]\w*|host\w*|met|meet|meets|likely|protocols?\s+(?:for|on|of)|stances?|"
                  r"(?:concerning|regarding)\s+the\s+accession|(?:accession|membership)\s+(?:process|negotiations|path))\b|n['’]t\b",
                  re.IGNORECASE)
#: before a bloc the list stands beside, not in ("In addition to the G7 countries, A, B are members")
#: a bloc's own members and then a list beside them: "the EU's 27 member states, as well as A, B"
_MEMBERS_THEN = re.compile(r"^\s*['’]s?\s+(?:\d+\s+|\w+\s+)?(?:member\s+states|member\s+countries|members)"
                           r"\s*,?\s+(?:as\s+well\s+as|and|plus|along\s+with)\s+(?:the\s+)?$", re.IGNORECASE)
_BESIDE = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|other\s+than)"
                     r"(?:\s+the)?\s*$", re.IGNORECASE)
# "The participants are: all ASEAN members, A, B": the list's first item
_ALL_FIRST = re.compile(r"[:;]\s*all(?:\s+of)?(?:\s+the)?(?:\s+\w+)?\s*$", re.IGNORECASE)
_GLUE = {",", "and", ";", "&", "the", "as", "well", "also", "(", ")", "in", "-", "–", "—"}
_YEAR = re.compile(r"^(?:(?:1[89]|20)\d\d|\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
                   r"june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|"
                   r"dec(?:ember)?)$")  # a year or a date after each name
# "It is a strategic partnership between A, B and C": the bloc's own members
_IT_IS = re.compile(r"\b(?:it|this|which)\s+(?:is|was)\b", re.IGNORECASE)
_NOT_BEFORE = {"with", "between", "against", "from", "to", "toward", "towards", "versus", "vs",
               "than", "among", "amongst", "before",  # "ratified ... before A and B can be"
               "plus"}  # "the ten ASEAN members plus China, Japan": outsiders added
_JOIN = {"join", "joins", "joined", "joining"}  # "X joins A, B as partners": the rules' companions
_NEAR = 8  # tokens either side of a list in which its cue stands (the sentence before: anywhere)
_CLAUSE_END = {".", ";", ":", "?", "!"}
# a subject list whose predicate does not name the bloc: only "are (now) part of", "are members"
_COPULA = re.compile(r"^\s*(?:(?:now|also|all|both|too|already|currently)\s+)?(?:are|were|is|was|"
                     r"have\s+been|had\s+been|has\s+been|became|become|remain|remained)\b",
                     re.IGNORECASE)
_APPOSED = {"(", ")", "—", "–", "-", ":", "the"}  # "A, B and C (BRICS)": glossed.py's, not ours
# "They are A, B", "These include", "The countries were": a list presented after its bloc
_PRESENTED = re.compile(r"^\W*(?:(?:they|these|those|the\s+(?:\w+\s+)?(?:countries|nations|states|"
                        r"members|partners|signatories))\s+(?:are|were|include|included)|namely)"
                        r"\s*[:—–-]?\s*(?:the\s+)?$", re.IGNORECASE)
_COUNT = re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+"
                    r"(?:[\w-]+\s+)?(?:countries|nations|states|members)\b", re.IGNORECASE)
_OTHER_OBJECT = {"a", "an", "with", "each", "one", "another"}
_AS_OBSERVERS = re.compile(r"\bas\s+observers?\b", re.IGNORECASE)
_OPENING = {",", ";", ":", "while", "whereas", "but", "and", "as", "—", "–", "-", "(", "both"}


def _as_partners(doc, group, s_end) -> int:
    """Where "as (dialogue) partners" right after the list ends, or 0: the list's own status
    ("with C as observers and D, E as dialogue partners")."""
    j = group[-1].end
    words = [t.lower_ for t in doc[j:min(j + 4, s_end)]]
    if words[:1] != ["as"]:
        return 0
    k = next((k for k, w in enumerate(words[1:], 1) if _PARTNER.fullmatch(w)), 0)
    return j + k + 1 if k and all(w in {"dialogue", "partner"} for w in words[1:k]) else 0


def _lists(doc, ms, country) -> list[list]:
    """Runs of country mentions joined by list glue (a year after a name allowed)."""
    runs, run = [], []
    for m in ms:
        if m.kind != country:
            if len(run) >= 2:
                runs.append(run)
            run = []
            continue
        between = [t.text.lower() for t in doc[run[-1].end:m.start]] if run else None
        if run and between and all(w in _GLUE or _YEAR.match(w) or not w.strip() for w in between):
            run.append(m)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [m]
    if len(run) >= 2:
        runs.append(run)
    return runs


def _owned_have(words: str, bloc_word: str) -> str:
    """``words`` with each "has / includes / comprises" whose subject is not the bloc blanked."""
    out, last = [], 0
    for m in _HAVE.finditer(words):
        before = [w for w in re.findall(r"[\w'-]+", words[:m.start()].lower()) if w not in _ADVERBS]
        if before and before[-1] in _RELATIVE and not (
                len(before) > 1 and (before[-2] in _HEADS or before[-2] == bloc_word)):
            before = before[:-1]  # "A and B, which have been neutral": the list's clause
        if not before or not (before[-1] in _HAVE_SUBJECT | _HEADS or before[-1] == bloc_word):
            out.append(words[last:m.start()])
            last = m.end()
    return "".join(out) + words[last:]


def _cue(word: str) -> bool:
    return bool(_PARTNER.search(word) or _SIGNED.search(word) or _MEMBER.search(word)
                or _HAVE.search(word))


def _glued(doc, bloc, group) -> bool:
    """Whether the bloc stands in the list, joined to its first or last name by list glue."""
    if bloc.end <= group[0].start:
        between = [t.text.lower() for t in doc[bloc.end:group[0].start]]
    elif bloc.start >= group[-1].end:
        between = [t.text.lower() for t in doc[group[-1].end:bloc.start]]
    else:
        return True
    return bool(between) and all(w in _GLUE for w in between) and "," in between or (
        between in (["and"], ["and", "the"]))


def _listed(doc, bloc, s_start) -> bool:
    """Whether the bloc is itself one of a list ("19 countries and the European Union"), or
    the bracketed short name of one ("..., India, and the European Union (EU)")."""
    k = bloc.start - 1
    if k > s_start and doc[k].text == "(" and doc[k - 1].text[:1].isupper():
        k -= 1
        while k > s_start and doc[k - 1].text[:1].isupper():
            k -= 1
        k -= 1
    if k >= s_start and doc[k].lower_ == "the":
        k -= 1
    return k >= s_start and doc[k].lower_ in {"and", ",", "&", "plus"}


def _apposed(doc, bloc, group) -> bool:
    """Whether the bloc glosses the list or the list the bloc, with only brackets or a dash
    between ("A, B and C (BRICS)", "the BRICS nations—A, B")."""
    if bloc.end <= group[0].start:
        between = [t.text.lower() for t in doc[bloc.end:group[0].start]]
    else:
        between = [t.text.lower() for t in doc[group[-1].end:bloc.start]]
    return bool(between) and all(w in _APPOSED for w in between) and between != ["the"]


def _is_subject(doc, group, s_start) -> bool:
    """Whether the list opens its sentence or a clause and a word follows it (its verb)."""
    first, last = group[0], group[-1]
    before = doc[first.start - 1].lower_ if first.start > s_start else ""
    if first.start > s_start and before != "the" and before not in _OPENING:
        return False
    after = doc[last.end] if last.end < len(doc) else None
    return after is not None and after.is_alpha and after.is_lower


def _other_object(doc, group, ms, s_end, bloc) -> bool:
    """Whether the clause after a subject list acts on something other than the bloc."""
    end = group[-1].end
    stop = next((t.i for t in doc[end:s_end] if t.text in _CLAUSE_END), s_end)
    later = [m for m in ms if end <= m.start < stop]
    if bloc is not None and any(m is bloc for m in later):
        return any(m is not bloc and m.start < bloc.start for m in later) or any(
            t.lower_ in _OTHER_OBJECT for t in doc[end:bloc.start])
    if later:
        return True
    return any(t.lower_ in _OTHER_OBJECT for t in doc[end:stop])


def _into_other(doc, group, ms) -> bool:
    """Whether "into" or "to" after the list leads to a capitalised name that is no node
    ("admitted A and B into the NDB family"): the list joins that, not a bloc named near."""
    j = group[-1].end
    if j >= len(doc) or doc[j].lower_ not in {"into", "to"}:
        return False
    j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    return j < len(doc) and doc[j].text[:1].isupper() and not any(m.start <= j < m.end for m in ms)


def _relation(cues: str, subj_kind: str, obj_kind: str, schema) -> str | None:
    partner, member, signed = (relation_of("partners of"), relation_of("join", "verb"),
                               relation_of("signatories of"))
    rels = schema.relations
    if _PARTNER.search(cues) and rels[partner].allows(subj_kind, obj_kind):
        return partner
    if _SIGNED.search(cues) and rels[signed].allows(subj_kind, obj_kind):
        return signed
    if (_MEMBER.search(cues) or _HAVE.search(cues)) and rels[member].allows(subj_kind, obj_kind):
        return member
    return None


def _topical(blocs: list, mentions, before: int):
    """Of the blocs the sentence before names, the one named most often before the list
    ("The agreement ... affirming guidelines set out in the Outer Space Treaty. Finland follows
    A, B as one of the latest signatories", in an article on the Accords); the last on a tie."""
    named = Counter(m.node for m in mentions if m.end <= before)
    return max(reversed(blocs), key=lambda m: named[m.node])


def _counted_partners(said: list[str], listed: int) -> bool:
    """Whether one of the sentences before counts the list's countries (or them and one
    named apart) with a partner word: the list is those partners."""
    return any(_PARTNER.search(sentence) and any(count_of(n) in (listed, listed + 1)
                                                 for n in _COUNT.findall(sentence))
               for sentence in said)


def _joins_event(doc, k: int, s_end: int) -> bool:
    """Whether the words from token ``k`` (after a list) say it joined or took part in an
    event ("joined NATO defense ministers meetings")."""
    while k < s_end and doc[k].lower_ in {"have", "has", "had", "also", "all", "both"}:
        k += 1
    return k < s_end and doc[k].lower_ in _JOIN and an_event_after(doc, k + 1, s_end)


def list_fallback(doc, sentences, mentions, schema, published, claims, offset: int = 0):
    """Fallback candidates for the lists of ``doc`` no claim in ``claims`` covers."""
    text = doc.text
    country = schema.country_kind
    blocs = set()
    for phrase, form in (("join", "verb"), ("partners of", None), ("signatories of", None)):
        blocs |= set(schema.relations[relation_of(phrase, form)].target)
    blocs = (blocs | {agreement_kind()}) - {country, ""}
    year = published[:4] if published else ""
    found: list[Candidate] = []
    earlier: list[tuple] = []  # the sentences before this one, the nearest first (three at most)
    for s_start, s_end in sentences:
        c_start, c_end = doc[s_start].idx, end_char(doc, s_end)
        ms = [m for m in mentions if s_start <= m.start and m.end <= s_end]
        here = (s_start, s_end, c_start, c_end, ms)
        preceding, earlier = earlier, [here, *earlier[:2]]
        p = preceding[0] if preceding else None
        covered = {c.subject for c in claims
                   if c.start < c_end + offset and c.end > c_start + offset}
        for group in _lists(doc, ms, country):
            if any(m.node in covered for m in group):
                continue
            first = group[0]
            before = doc[first.start - 1].lower_ if first.start > s_start else ""
            if before == "the" and first.start - 1 > s_start:
                before = doc[first.start - 2].lower_
            if before == "to" and doc[max(s_start, first.start - 3):first.start].text.lower().startswith(
                    ("addition", "in addition")):
                before = ""  # "In addition to the U.S., A, B are now part of": a member too
            between = before == "between" and first.start - 2 >= s_start and doc[
                first.start - 2].lower_ in _HEADS and _IT_IS.search(text[c_start:doc[first.start].idx])
            if between:
                before = ""
            as_partners = _as_partners(doc, group, s_end)
            if before == "with" and as_partners:
                before = ""  # "It includes A, B, with C as observers and D, E as dialogue partners"
            if before in _NOT_BEFORE or before in _JOIN or (before == "of" and not _cue(
                    doc[first.start - 2].text if first.start - 2 >= s_start else "")) or (
                    before == "by" and not _cue(doc[max(s_start, first.start - 5):first.start].text)):
                continue  # "strikes by A and B": the agents of another act (not "founded in 1967 by")
            if call_before(doc, first.start, s_start) or placed_or_backed(doc, first.start, s_start):
                continue  # "called on Egypt, Ethiopia and Iran to join the G20", "operations in A, B", "stand by A"
            if excepted_before(doc, first.start, s_start):
                continue  # "all but A, B and C agreed": the ones that did not
            if (_into_other(doc, group, ms) or owned_role(doc, s_start, first.start, ms)
                    or of_unknown_body(doc, ms, first.start, s_start)):
                continue  # "the admission of A and B into the NDB", "the NDB's membership": its;
                # "the East Asia Summit (EAS) which consists of A, B": the EAS's
            own = [m for m in ms if m.kind in blocs and not _listed(doc, m, s_start)
                   and not contrasted(doc, m)]
            if own and all(owns_other(doc, m, s_end) for m in own):
                continue  # "BRICS' New Development Bank has enrolled A, B": the bank's
            if any(_glued(doc, m, group) or _apposed(doc, m, group) for m in own):
                continue  # "the G-8 (A, B), the EU, C": one of the list; "A, B (BRICS)": a gloss
            bloc, conf, cue_start = None, CONFIDENCE, c_start
            if own:
                bloc = min(own, key=lambda m: min(abs(m.start - group[-1].end),
                                                  abs(first.start - m.end)))
            elif p is not None:
                back = [m for m in p[4] if m.kind in blocs and not _listed(doc, m, p[0])
                        and not contrasted(doc, m)]  # not "a counterbalance to the G7"
                if back:
                    bloc, conf, cue_start = _topical(back, mentions, s_start), CONFIDENCE_BEFORE, p[2]
                    if (members_of_a_programme(doc[s_start:first.start], bloc.kind)
                            or named_back_before(doc, mentions, s_start, first.start)
                            or role_of_a_name(doc, mentions, s_start, first.start, known_too=False)
                            or guests_joining(doc, s_start, first.start, p[0], p[4][0].start)):
                        continue  # "Other members of the programme include A, B" after the Accords; "The
                        # Warsaw Pact ... The pact comprised A, B"; "The founding members of ESRO were A, B";
                        # "Ministers from the G8 ... They will be joined by A, B": guests
            status = text[cue_start:c_end]
            if as_partners:  # the list's own status: another list's "as observers" is not a hedge
                status = _AS_OBSERVERS.sub("", text[cue_start:end_char(doc, as_partners)])
            if bloc in ms and bloc.end <= first.start and (_BESIDE.search(
                    doc[max(s_start, bloc.start - 4):bloc.start].text) or _ALL_FIRST.search(
                    doc[max(s_start, bloc.start - 5):bloc.start].text) and not closes_apposition(
                    doc, group[-1].end, s_end)):
                continue  # "In addition to the G7 countries, A, B are members": of another body
            if bloc is not None and before_counted_members(doc, ms, group[-1].end, bloc.node):
                continue  # "A, B and eleven member states of the European Space Agency (C, D)"
            if bloc in ms and bloc.end <= first.start and _MEMBERS_THEN.match(
                    text[end_char(doc, bloc.end):doc[first.start].idx]):
                continue  # "25 of the EU's 27 member states, as well as Switzerland, Norway": beside them
            if bloc is None or _NOT.search(status) or text[c_start:c_end].rstrip().endswith("?") or (
                    named_non(doc, s_start, s_end, {doc[bloc.start:bloc.end].text.lower()})) or role_around(
                    doc, (first.start, group[-1].end), s_start, s_end) in ("seat", "associated"):
                continue  # "Some non-EU countries have also joined: A, B"; not "non-European"; nor "the
                # EU associated states – A, B", "A and B are elected as the AU's council members"
            lo, hi = sorted((bloc.end, first.start) if bloc.end <= first.start else
                            (group[-1].end, bloc.start))
            if not as_partners and any(lo <= run[0].start < hi for run in _lists(doc, ms, country)):
                continue  # another list stands between: the bloc is that list's (unless this
                # list's own status follows it: "with C as observers and D, E as partners")
            if group[-1].end < s_end and doc[group[-1].end].lower_ in {"'s", "’s", "'"}:
                continue  # "China and Russia's space agencies": the rules' agencies
            subject = not as_partners and _is_subject(doc, group, s_start)
            if subject and _joins_event(doc, group[-1].end, s_end):
                continue  # "A, B and C joined NATO defense ministers meetings": guests
            if subject:  # a list that is a subject takes its relation from its own predicate
                stop = next((t.i for t in doc[group[-1].end:s_end] if t.text in _CLAUSE_END), s_end)
                own_words = doc[group[-1].end:stop].text
                if _other_object(doc, group, ms, s_end, bloc if bloc in ms else None) or (
                        not any(m is bloc for m in ms if m.start >= group[-1].end)
                        and not _COPULA.match(own_words)):
                    continue  # "A and B have signed agreements": an act with its own object
            else:
                own_words = doc[max(s_start, first.start - _NEAR):min(s_end, group[-1].end + _NEAR)].text
            bloc_word = doc[bloc.end - 1].lower_
            head = doc[bloc.end] if bloc.end < len(doc) else None
            own_words = _owned_have(own_words, bloc_word)
            in_clause = bloc in ms and (not subject or bloc.start >= group[-1].end)
            partner_role = _ROLE.search(doc[max(s_start, first.start - 4):first.start].text)
            joins_partners = _JOINING_OTHERS.search(doc[max(s_start, first.start - 5):first.start].text) and (
                _ROLE.search(doc[s_start:first.start].text))  # "became a BRICS Partner Country on
            if joins_partners:  # January 1, joining other nations such as A, B": partners too
                partner_role, own_words = joins_partners, own_words + " partners"
            if _MIXED.search(doc[max(s_start, first.start - 8):first.start].text):
                continue  # "BRICS member states and partner countries, including A, B": which is which untold
            if (between or in_clause and head is not None and head.lower_ in _HEADS) and not partner_role:
                own_words = _PARTNER.sub("", own_words) + " member"  # "the AUKUS partnership", not
                # "joining the BRICS partnership, joining other new partner states such as A, B"
            words = own_words
            if cue_start != c_start:  # the bloc in the sentence before
                presented = _PRESENTED.match(text[c_start:doc[first.start].idx]) or (
                    first.start == s_start and all(not t.is_alpha for t in doc[group[-1].end:s_end]))
                if presented:
                    said = text[cue_start:c_start]
                    counts = [count_of(c)
                              for c in _COUNT.findall(said)]
                    if counts and len(group) not in counts:
                        continue  # "Three countries joined. These are A and B": not those
                    words = _owned_have(said, bloc_word) + " " + own_words
                elif _cue(own_words):
                    words = _owned_have(text[cue_start:c_start], bloc_word) + " " + own_words
                else:
                    continue
            relation = _relation(words, country, bloc.kind, schema)
            if relation is None:
                continue
            how = RULE
            if relation == relation_of("join", "verb") and _counted_partners(
                    [text[r[2]:r[3]] for r in preceding], len(group)) and schema.relations[
                    relation_of("partners of")].allows(country, bloc.kind):
                relation = relation_of("partners of")  # "13 countries have acquired the status
                # of a BRICS partner country. ... In addition to Türkiye, the list includes A, B"
                conf, how = CONFIDENCE_COUNTED, RULE_COUNTED
            dates = find_dates(text[c_start:c_end], published, offset=c_start)
            since, rule = ((dates[0].value, dates[0].rule) if len(dates) == 1 and not _came_before(doc, group[0].start)
                           else (year, "published year"))
            for m in group:
                if m.node == bloc.node:
                    continue
                marks = marks_of(doc, [(m.start, m.end)], c_start)
                found.append(Candidate(m.node, relation, bloc.node, since, text[c_start:c_end],
                                       c_start + offset, c_end + offset, conf, how, marks, "",
                                       rule))
    return found


def _came_before(doc, start: int) -> bool:
    """Whether a list at ``start`` follows "after" ("the fourth country to join the alliance
    after the United States, Canada and Denmark"): those who came before, not on the day said."""
    k = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    return k >= 0 and doc[k].lower_ in {"after", "following"}
