"""Claims whose parts the trigger rules of :mod:`graphkit.extract.candidates` do not find
in one clause, read from the structure of a sentence and its neighbours:

- an invitation whose start date a neighbouring sentence gives ("We decided to invite A and
  B to become members of BRICS. The new composition will come into effect from January 1,
  2024": by the annotation conventions a membership announced for a later date is recorded;
  :mod:`graphkit.extract.forms.invitation`);
- a founding told as an event ("ASEAN was inaugurated on 8 August 1967, when the foreign
  ministers of five countries, A, B, ..., signed the ASEAN Declaration": founding members; ``founded_when.py``);
- a list whose names each carry a year in brackets ("brought in Greece (1952), West Germany
  (1955)"), each at its year (``bracketed_years.py``);
- "such states as A, B" / "countries such as A, B" after a membership or interest cue (``such_as.py``);
- "BRICS, the five-nation bloc of A, B, C, D and E": as many members as the count says
  (``counted_bloc.py``);
- "These three countries ... joined NATO" after a sentence naming three countries, and
  "countries which have a stated goal of joining include A, B" ("Other interested
  countries include A", "Among those who applied are A": interest too) with the bloc named in a
  sentence shortly before: a cautious carry-over (the last list of that many countries in
  the two sentences before; the last bloc named in the four before), at a lower confidence;
- "The full members of APSCO are A, B" (a "members of X are" list; "are: A", "are-- A" too),
  founding members dated by a founding told in one of the two sentences before;
- "ASEAN was established on DATE in Bangkok by five countries: A, B" (founders at DATE);
- "A, B ... expressed their readiness to join as partner countries" with the bloc and its
  start date in one of the five sentences before that speak of partner states ("Starting
  DATE, BRICS will welcome nine new partner states"): partners, announced;
- "founded in 2006 by A, B, with C joining it in 2011": C at its year;
- "The resource-rich country ... formally applied for membership only in 2011": interest,
  the country being the one that opens the sentence before;
- "Armenia froze its participation in the alliance": a membership (:mod:`graphkit.extract.forms.frozen`);
- "(... to full membership.) Iran and India lobbied hard for such status": interest (sought.py);
- "Ukraine and Moldova were granted EU candidate status", "accession talks with A": interest
  (candidacy.py).

Each claim is a :class:`~graphkit.extract.candidate.Candidate` with its sentence as
evidence; the kinds each relation may join (schema.yaml) filter every one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphkit.extract.aspiring import aspired
from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import DateMention, find_dates
from graphkit.extract.forms.accession_in_force import accession_in_force
from graphkit.extract.forms.body_treaty import body_treaty_signers
from graphkit.extract.forms.bracketed_years import bracketed_years
from graphkit.extract.forms.candidacy import RULE as CANDIDACY
from graphkit.extract.forms.candidacy import candidacies
from graphkit.extract.forms.counted_bloc import counted_bloc
from graphkit.extract.forms.founded_when import founded_when
from graphkit.extract.forms.founding import founding_members
from graphkit.extract.forms.frozen import frozen_memberships, pronoun_suspensions
from graphkit.extract.forms.glossed import glossed_members
from graphkit.extract.forms.invitation import invited_members
from graphkit.extract.forms.meetings import bloc_leaders, meeting_members
from graphkit.extract.forms.neighbours import neighbour_readings
from graphkit.extract.forms.partnered import BLOCS_RULE, blocs_partnered, partnered
from graphkit.extract.forms.role_brackets import role_brackets
from graphkit.extract.forms.roles import role_claims
from graphkit.extract.forms.sought import sought_membership
from graphkit.extract.forms.such_as import such_as
from graphkit.extract.forms.to_which import to_which_signatories
from graphkit.extract.listed_member import COUNTED_BESIDE, counted_beside
from graphkit.extract.lookups import HEDGE, date_in, end_char, last_bloc, listed_with
from graphkit.extract.vocabulary import NEGATED, agreement_kind, count_of, relation_of

__all__ = ["structural_claims"]

_THESE_N = re.compile(r"^\W*(?:(?:these|those|the|all|both)\s+(\w+)|these|those)\s+"
                      r"(?:countries|nations|states)\b[^.;]{0,140}?\b(?:to\s+join|joined|became\s+(?:full\s+)?members\s+of|"
                      r"acceded\s+to|were\s+admitted\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:(?:full|founding|current|permanent|other)\s+)?(?:\d+\s+)?(?:members|"
                         r"member\s+states|member\s+countries|(?P<sig>signatories|signatory\s+"
                         r"(?:states|countries|nations))|(?P<par>(?:dialogue\s+)?partners|partner\s+"
                         r"(?:states|countries|nations)))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ARE_LIST = re.compile(r"^\s*(?:are|were|include|includes|included)\s*(?::|-{1,2}|—|–)?\s*"
                       r"(?:the\s+)?$",
                       re.IGNORECASE)
_AS_PARTNERS = re.compile(r"\b(?:join|joining|become|becoming)\s+(?:as\s+)?(?:new\s+)?partner\s+"
                          r"(?:countries|states|nations)\b|\bjoin(?:ing)?\s+as\s+(?:new\s+)?partners\b",
                          re.IGNORECASE)
_PARTNER_NOUN = re.compile(r"\bpartner\s+(?:countries|states|nations)\b", re.IGNORECASE)
_PARTNER_HEDGE = re.compile(r"\b(?:not|no|never|may|might|could|would|refused|declined|if)\b",
                            re.IGNORECASE)
_WITH = re.compile(r"\bwith\s+$", re.IGNORECASE)
_FOUNDING = re.compile(r"\b(?:founding|original)\s+(?:members|member\s+states|member\s+countries)\b",
                       re.IGNORECASE)
_FOUNDED = re.compile(r"\b(?:founded|established|created|formed|original|signed|inaugurated)\b",
                      re.IGNORECASE)
# "ASEAN was established on Aug. 8, 1967 in Bangkok, Thailand, by five countries: A, B"
_FOUNDED_BY = re.compile(r"^\s*(?:was|were)\s+(?:\w+ly\s+)?(?:founded|established|created|formed|"
                         r"set\s+up|inaugurated)\b(?P<mid>(?:[^.;:]|(?<=[A-Z][a-z]{2})\.){0,80}?)\bby\s+(?:the\s+)?(?:\w+\s+)?"
                         r"(?:founding\s+)?(?:countries|states|nations|governments|members)\s*"
                         r"[:—–]\s*(?:the\s+)?$", re.IGNORECASE)
_JOINING_IT = re.compile(r"^\s*(?:joining|having\s+joined)\s+(?:it|them|the\s+(?:group|bloc|"
                         r"alliance|organi[sz]ation|association))?\s*(?:(?:in|on)\s+)?$", re.IGNORECASE)
_APPLIED = re.compile(r"\b(?:formally\s+|officially\s+)?applied\s+for\s+(?:full\s+)?membership\s+"
                      r"(?:only\s+|first\s+)?(?:(?:in|on)\s+)?$", re.IGNORECASE)
_THE_COUNTRY = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:country|nation)\b", re.IGNORECASE)
_GOAL_INCLUDE = re.compile(r"\b(?:goal|goals|aim|aims|aspiration|aspirations|wish|hope|hopes|"
                           r"intention|intentions|ambition|ambitions|desire)\s+(?:of|to)\s+"
                           r"(?:eventually\s+|one\s+day\s+)?(?:join|joining|becoming\s+members?)|"
                           r"\b(?:wishing|seeking|hoping|aspiring|wanting)\s+to\s+join|"
                           # "Confirmed applicants (all of whom applied in 2022) include A"
                           r"\b(?:confirmed\s+|official\s+|other\s+)?applicants(?:\s*\([^()]{0,80}\))?|"
                           # "Other interested countries include A", "countries interested in joining"
                           r"\binterested\s+(?:countries|nations|states)|"
                           r"\b(?:countries|nations|states)\s+(?:that\s+are\s+|which\s+are\s+)?"
                           r"interested\s+in\s+(?:joining|becoming)|"
                           # "Among those who jumped at the opportunity to officially apply are A"
                           r"\b(?:those|countries|nations|states)\s+(?:that|who|which)\s+(?:have\s+)?"
                           r"(?:[\w-]+\s+){0,6}?(?:apply|applied|requested\s+to\s+join|asked\s+to\s+join)\b",
                           re.IGNORECASE)
# "Other countries invited to become new members of the bloc include A, B": not yet members
_INVITED = re.compile(r"\binvit(?:ed|ations?|ing|es?)\b(?![^.;]*\baccept)", re.IGNORECASE)
_INCLUDE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:include|includes|included|are|were)\s*:?\s*$",
                      re.IGNORECASE)


@dataclass
class _Sent:
    start: int  # tokens
    end: int
    c_start: int  # characters
    c_end: int
    mentions: list  # the sentence's mentions, in order
    dates: list[DateMention]


def structural_claims(doc, sentences, mentions, schema, published, offset: int = 0):
    """Candidates from the forms this module reads, over a whole ``doc``."""
    text = doc.text
    sents = []
    for s_start, s_end in sentences:
        c_start, c_end = doc[s_start].idx, end_char(doc, s_end)
        own = [m for m in mentions if s_start <= m.start and m.end <= s_end]
        sents.append(_Sent(s_start, s_end, c_start, c_end, own,
                           find_dates(text[c_start:c_end], published, offset=c_start)))
    year = published[:4] if published else ""
    member, interest = relation_of("join", "verb"), schema.interest_relation
    found = []

    def claim(i, subj, relation, obj, date, confidence, rule, status=""):
        if subj.node == obj.node or not schema.relations[relation].allows(subj.kind, obj.kind):
            return
        s = sents[i]
        since, date_rule = (date.value, date.rule) if date else (year, "published year")
        if date is None:
            confidence = min(confidence, 0.5)
        marks = ";".join(f"{doc[m.start].idx - s.c_start}-{end_char(doc, m.end) - s.c_start}"
                         for m in (subj, obj) if s.start <= m.start and m.end <= s.end)
        found.append(Candidate(subj.node, relation, obj.node, since, text[s.c_start:s.c_end],
                               s.c_start + offset, s.c_end + offset, round(confidence, 2),
                               f"structure:{rule}", marks, status, date_rule))

    country = schema.country_kind
    blocs = set(schema.relations[member].target) - {country}
    agency, signed = schema.relations[schema.agency_relation].source[0], relation_of("signatories of")
    partner = schema.relations[relation_of("partners of")]
    peers = set(partner.source) & set(partner.target)  # two blocs, each the other's partner
    for i, s in enumerate(sents):
        words = text[s.c_start:s.c_end]
        for subjects, obj, date, conf, rule, status in _readings(doc, sents, i, words, country,
                                                                 blocs):
            relation = (interest if rule in ("such as: interest", "goal of joining", "applied in")
                        else relation_of("partners of") if rule in ("to join as partners",
                                                                     "partners of X are")
                        else relation_of("signatories of") if rule == "signatories of X are" else member)
            for subj in subjects:
                claim(i, subj, relation, obj, date, conf, rule, status)
        for subj, obj, status in frozen_memberships(doc, text, s.mentions, country, blocs) + pronoun_suspensions(
                doc, text, s.c_start, s.mentions, sents[i - 1] if i else None, country, blocs):
            claim(i, subj, member, obj, None, 0.75, "a frozen membership", status)
        for group, obj in glossed_members(doc, s.mentions, country, blocs):
            for subj in group:
                claim(i, subj, member, obj, None, 0.7, "a list glossed by its bloc's name")
        for group, role, obj in role_brackets(doc, text, s, country, blocs):
            relation = {"member": member, "partner": relation_of("partners of")}.get(role)
            for subj in group if relation else ():  # "eight partner countries (A, B, ...)"
                claim(i, subj, relation, obj, None, 0.7, "a role and its countries in brackets")
        for group, obj in candidacies(doc, text, sents, i, country, blocs):
            for subj in group:  # "granted EU candidate status", "accession talks with A and B"
                claim(i, subj, interest, obj, date_in(s), 0.7, CANDIDACY)
        for group, obj in sought_membership(doc, text, s, sents[i - 1] if i else None,
                                            country, blocs):
            for subj in group:
                claim(i, subj, interest, obj, None, 0.6, "such status sought")
        for group, role, obj, date, conf, rule in neighbour_readings(doc, text, sents, i, country, blocs):
            role = {"member": member, "interest": interest, "signed": signed,
                    "partner": relation_of("partners of")}.get(role) or (
                relation_of("take|took|taken part in") if role == "takes part" else relation_of("spearhead"))
            for subj in group:  # "ten countries joined X. These are A, B", "– led by A –", "This list includes"
                claim(i, subj, role, obj, date, conf, rule)
        for subj, obj in counted_beside(doc, s.mentions, blocs):  # "brings together 19 countries
            claim(i, subj, member, obj, None, 0.7, COUNTED_BESIDE)  # and the European Union"
        for subj, obj in partnered(doc, text, s, country, blocs):  # "Japan and the EU announced
            claim(i, subj, relation_of("partners of"), obj, date_in(s), 0.7, "a partnership of the two")  # a partnership"
        for a, b in blocs_partnered(doc, text, s, peers):  # "the African Union-European Union partnership"
            for subj, obj in ((a, b), (b, a)):
                claim(i, subj, relation_of("partners of"), obj, date_in(s), 0.6, BLOCS_RULE)
        for group, obj in meeting_members(doc, text, s, country, blocs):
            for subj in group:  # "the foreign ministers of A, B and C met for the Quad's meeting"
                claim(i, subj, member, obj, None, 0.6, "meet for the bloc's meeting")
        for group, obj in bloc_leaders(doc, text, s, country, blocs):
            for subj in group:  # "The Quad leaders - PM Modi of India, PM Suga of Japan, ... -"
                claim(i, subj, member, obj, None, 0.6, "the bloc's leaders by country")
        for group, role, obj, date, conf, rule in role_claims(doc, text, s, country, blocs):
            for subj in group:  # "NATO member Turkey", "Turkey, a NATO ally,"
                claim(i, subj, member if role == "member" else relation_of("partners of"), obj, date,
                      conf, rule)
        for group, obj, date, rule in (to_which_signatories(doc, text, s, country, agreement_kind())
                                       + founding_members(doc, text, s, country, agency,
                                                          blocs | {agreement_kind()})):
            for subj in group:  # "the Accords, to which Korea was a signatory"; "founding nations including A"
                claim(i, subj, member if obj.kind in blocs else signed, obj, date, 0.6, rule)
    return found


def _readings(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i``."""
    s = sents[i]
    out = (invited_members(doc, sents, i, words, country, blocs)
           + founded_when(doc, s, words, country, blocs)
           + bracketed_years(doc, sents, i, words, country, blocs)
           + such_as(doc, sents, i, words, country, blocs)
           + counted_bloc(doc, sents, i, words, country, blocs)
           + accession_in_force(doc, sents, i, words, country, blocs)
           + body_treaty_signers(doc, s, words, country, blocs))
    # "These three countries ... joined NATO": the last list of that many countries
    these = _these_n(doc, s, words, country, blocs)
    if these:
        n, obj = these
        listed = _last_list(doc, sents, i, country, n)
        if listed:
            out.append((listed, obj, date_in(s), 0.7, "these n countries", ""))
    # "countries which have a stated goal of joining include A, B": the bloc named before
    goal = _GOAL_INCLUDE.search(words)
    # "other nations interested in joining the economic bloc are A, B": the bloc named before the list
    named = [m for m in s.mentions if m.kind in blocs]
    if goal:
        tail = words[goal.end():]
        cut = next((k for k in range(len(tail)) if _INCLUDE.match(tail[:k])), None)
        if cut is not None and all(doc[m.start].idx - s.c_start < goal.end() + cut for m in named):
            first = [m for m in s.mentions if m.kind == country
                     and doc[m.start].idx - s.c_start >= goal.end() + cut]
            obj = named[-1] if named else last_bloc(doc, sents, i, blocs, 4)
            if first and obj and doc[first[0].start].idx - s.c_start <= goal.end() + cut + 2:
                out.append((listed_with(doc, s.mentions, first[0]), obj, date_in(s), 0.6,
                            "goal of joining", ""))
    return out + _more_readings(doc, sents, i, words, country, blocs)


def _more_readings(doc, sents, i, words, country, blocs):
    """The forms first met on held-out R (see the module's docstring)."""
    s, out = sents[i], []
    at = [doc[m.start].idx - s.c_start for m in s.mentions]
    ends = [end_char(doc, m.end) - s.c_start for m in s.mentions]
    for k, m in enumerate(s.mentions):
        # "The full members of APSCO are A, B"
        head = _MEMBERS_OF.search(words[:at[k]]) if m.kind in blocs | {agreement_kind()} else None
        if head and not HEDGE.search(words[:at[k]]) and not _INVITED.search(words[:at[k]]) and (  # "signatories of" an agreement only
                m.kind == agreement_kind()) == bool(head["sig"]):
            nxt = next((j for j in range(k + 1, len(s.mentions)) if s.mentions[j].kind == country),
                       None)
            if nxt is not None and _ARE_LIST.match(words[ends[k]:at[nxt]]):
                date = (_founding_date(doc, sents, i) if _FOUNDING.search(words[:at[k]])
                        else None)
                out.append((listed_with(doc, s.mentions, s.mentions[nxt]), m, date, 0.8,
                            "signatories of X are" if head["sig"] else "partners of X are"
                            if head["par"] else "members of X are", ""))
        # "ASEAN was established on DATE in Bangkok by five countries: A, B"
        if m.kind in blocs:
            nxt = next((j for j in range(k + 1, len(s.mentions)) if s.mentions[j].kind == country
                        and _FOUNDED_BY.match(words[ends[k]:at[j]])), None)
            by = _FOUNDED_BY.match(words[ends[k]:at[nxt]]) if nxt is not None else None
            group = listed_with(doc, s.mentions, s.mentions[nxt]) if by else []
            if len(group) >= 2 and not HEDGE.search(by.group("mid")):
                mid = (ends[k] + by.start("mid"), ends[k] + by.end("mid"))
                date = next((d for d in s.dates if mid[0] <= d.start - s.c_start < mid[1]), None)
                out.append((group, m, date, 0.8, "founded by n countries", ""))
        # "with South Africa joining it in 2011"
        if m.kind == country and _WITH.search(words[:at[k]]):
            group = [g for g in listed_with(doc, s.mentions, m) if g.start >= m.start]
            tail = end_char(doc, group[-1].end) - s.c_start
            date = next((d for d in s.dates if d.start - s.c_start >= tail
                         and _JOINING_IT.match(words[tail:d.start - s.c_start])), None)
            owner = [b for j, b in enumerate(s.mentions) if b.kind in blocs and ends[j] <= at[k]]
            if date and owner:
                out.append((group, owner[-1], date, 0.75, "with X joining it", ""))
    # "A, B ... have expressed their readiness to join as partner countries"
    partners = _AS_PARTNERS.search(words)
    first = [m for m, a in zip(s.mentions, at) if m.kind == country and a < (
        partners.start() if partners else 0)]
    if partners and first and not any(m.kind in blocs for m in s.mentions):
        group = listed_with(doc, s.mentions, first[0])
        gap = words[end_char(doc, group[-1].end) - s.c_start:partners.start()]
        obj, date = None, None
        for k in range(i - 1, max(-1, i - 6), -1):  # five sentences back
            back = doc.text[sents[k].c_start:sents[k].c_end]
            if _PARTNER_NOUN.search(back):
                named = [m for m in sents[k].mentions if m.kind in blocs]
                obj = obj or (named[-1] if named else None)
                date = date or (sents[k].dates[0] if sents[k].dates else None)
        if obj and len(group) >= 2 and not _PARTNER_HEDGE.search(gap):
            out.append((group, obj, date, 0.7, "to join as partners", "announced"))
    # "The resource-rich country ... formally applied for membership only in 2011"
    if i and _THE_COUNTRY.match(words) and not any(m.kind == country for m in s.mentions):
        prev = [m for m in sents[i - 1].mentions if m.start == sents[i - 1].start]
        for d in s.dates:
            cue = _APPLIED.search(words[:d.start - s.c_start])
            owner = [m for m, e in zip(s.mentions, ends) if m.kind in blocs
                     and cue and e <= cue.start()]
            if cue and owner and prev and prev[0].kind == country:
                out.append((prev[:1], owner[-1], d, 0.6, "applied in", ""))
                break
    return out


def _these_n(doc, s: _Sent, words: str, country, blocs):
    """(n, bloc) for "These three countries ... joined NATO" opening the sentence."""
    for m in s.mentions:
        if m.kind not in blocs:
            continue
        head = _THESE_N.match(words[:doc[m.start].idx - s.c_start])
        if head and not NEGATED.search(head.group(0)) and not _only_sought(head.group(0)):  # "These
            # countries are not planning to join", "The two countries have begun accession talks to join"
            word = (head.group(1) or "").lower()
            n = -1 if not word else count_of(word)
            if n and n != 1 and not any(c.kind == country and doc[c.start].idx < doc[m.start].idx
                                  for c in s.mentions):
                return n, m
    return None


def _only_sought(head: str) -> bool:
    """Whether "to join" ends ``head`` after words that make it a goal: "have now formally begun
    accession talks to join", "are ready to join"."""
    words = re.findall(r"\w+", head.lower())
    words = words[:-1] if words[-1:] == ["the"] else words
    if words[-2:] != ["to", "join"]:
        return False
    before = words[-2::-1]  # "to" and the words before it, nearest first
    return aspired(before) or bool(before[1:2]) and before[1] in {
        "talks", "negotiations", "hope", "hopes", "hoped", "hoping", "plan", "plans", "wish", "wishes",
        "intended", "eager", "invited"}


def _last_list(doc, sents, i, country, n: int):
    """The last list of exactly ``n`` countries in the two sentences before ``i`` (of two
    or more in the sentence before when ``n`` is -1: "These nations")."""
    for k in (i - 1, i - 2) if n > 0 else (i - 1,):
        if k < 0:
            break
        countries = [m for m in sents[k].mentions if m.kind == country]
        groups, seen = [], set()
        for m in countries:
            if m.start not in seen:
                group = listed_with(doc, sents[k].mentions, m)
                seen.update(g.start for g in group)
                groups.append(group)
        if groups:
            last = groups[-1]
            size = len({g.node for g in last})
            return last if size == n or (n < 0 and size >= 2) else None
    return None


def _founding_date(doc, sents, i):
    """For "The founding members of X are A, B": the date of a founding told in one of the
    two sentences before ("the original 12 countries that signed the Treaty on DATE")."""
    for k in (i - 1, i - 2):
        if k >= 0:
            words = doc.text[sents[k].c_start:sents[k].c_end]
            cue = _FOUNDED.search(words)
            found = [d for d in sents[k].dates if cue and d.start - sents[k].c_start > cue.start()]
            if found:
                return found[0]
    return None
