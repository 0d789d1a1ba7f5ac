"""The allies that ratify another country's accession or bid are members: "Hungary ratified
Sweden's accession to NATO", "Turkey's parliament approved Finland's membership in NATO",
"Turkey's parliament has ratified Finland's application to join". Only a
member's ratification counts towards a joining, so the text says the ratifier belongs to the
organisation (as annotators record it); the country whose accession it ratifies has not yet
joined, which :func:`graphkit.extract.patterns.find_triggers` reads as its interest.

Only for a country named before the accession in its sentence with a word of ratifying or
approving between the two, and an organisation the membership relation can reach. No date:
the sentence dates the ratification, not the ratifier's joining (the publication's year)."""

from __future__ import annotations

from dataclasses import replace

from graphkit.extract.candidate import Candidate
from graphkit.extract.lookups import end_char, mark_spans, marks_of
from graphkit.extract.steps import RATIFIER_WORDS, RATIFYING
from graphkit.extract.vocabulary import OWNER_MARKS

__all__ = ["RULE", "owned_ratified", "pending_accessions", "ratifiers_not_applicants",
           "ratifying_members"]

RULE = "structure:a ratifier of another's accession"
_NOT = {"not", "never", "refused", "declined", "blocked", "delayed", "yet"}
_NEAR = 30  # words from the ratifier's name to the accession's subject


def ratifying_members(doc, mentions, schema, kinds: dict[str, str], member: str, claims: list,
                      published: str | None, offset: int = 0) -> list:
    """``member`` claims for the ratifiers of each accession or bid ``claims`` read as
    interest on a noun trigger, or as a step on a reverse one ("relation:a plan": another
    party ratifies it; "Turkey's parliament has ratified Finland's application to join",
    "Hungary has promised to ratify NATO membership of Finland")."""
    known = {(c.subject, c.relation, c.object) for c in claims}
    relation = schema.relations[member]
    out = []
    for c in claims:
        if (c.relation != schema.interest_relation or not _a_step_read(c.rule)
                or not relation.allows(schema.country_kind, kinds.get(c.object, ""))):
            continue
        start, end = c.start - offset, c.end - offset
        here = [m for m in mentions if m.kind == schema.country_kind and start <= doc[m.start].idx < end]
        at = min((m.start for m in here if m.node == c.subject), default=None)
        if at is None:
            continue
        for m in here:
            between = {t.lower_ for t in doc[m.end:at]}
            if (m.node == c.subject or m.start >= at or at - m.end > _NEAR
                    or not _ratifier(doc, m, here, at) or _NOT & between
                    or (m.node, member, c.object) in known):
                continue
            known.add((m.node, member, c.object))
            out.append(_as_ratifier(c, member, published, subject=m.node,
                                    marks=f"{doc[m.start].idx - start}-{end_char(doc, m.end) - start}"))
    return out


def _a_step_read(rule: str) -> bool:
    """Whether a claim's rule read a step of another's joining: a noun trigger, or a reverse
    one the ratification turned into a wish ("ratify NATO membership of Finland": "relation:a
    plan"), not a wish of its own ("an initiative that has attracted interest from A")."""
    return rule.startswith("noun:") or rule.startswith("reverse:") and "; relation:a plan" in rule


def _ratifier(doc, m, here, at: int) -> bool:
    """Whether mention ``m`` names who ratifies: a word of ratifying (or its "instrument", its
    "acceptance") follows it before token
    ``at`` (the accession's subject), with no other name between but one listed with it
    ("Hungary and Turkey ratified"; not "(Pakistan Point News) The Hungarian parliament
    ratified")."""
    word = next((i for i in range(m.end, at) if doc[i].lower_ in RATIFYING | RATIFIER_WORDS), None)
    if word is None:
        return False
    between = [x for x in here if m.end <= x.start < word]
    if not between:
        return True
    nearest = min(between, key=lambda x: x.start)
    return ({t.lower_ for t in doc[m.end:nearest.start]} <= {",", "and"}
            and _ratifier(doc, nearest, here, at))


def _as_ratifier(c, member: str, published: str | None, **changes):
    """Claim ``c`` made a ratifier's membership: no date of its own (the sentence dates the
    ratification, not the joining), the publication's year instead."""
    return replace(c, relation=member, since=(published or "")[:4], confidence=min(c.confidence, 0.5),
                   status="", rule=RULE, date_rule="published year", **changes)


_OWNERS = {"its", "their"} | OWNER_MARKS
_RATIFIER_GAP = 8  # words from the ratifier's name to the application


def _ratifies(doc, c, offset: int) -> bool:
    """Whether claim ``c``'s subject ratifies or approves the application its trigger names,
    one that no owner word gives back to the subject ("Now Türkiye has to ratify the
    application for membership"; not "Finland's parliament approved its application")."""
    spans = mark_spans(c.marks)
    if len(spans) < 2:
        return False
    base = c.start - offset
    gap = doc.char_span(base + spans[0][1], base + spans[1][0], alignment_mode="contract")
    words = {t.lower_ for t in gap} if gap is not None else set()
    trigger = doc.char_span(base + spans[1][0], base + spans[1][1], alignment_mode="contract")
    own = trigger is not None and len(trigger) > 0 and trigger[0].lower_ in _OWN_WILL
    return (bool(words) and len(gap) <= _RATIFIER_GAP and bool(RATIFYING & words)
            and not (_OWNERS | _NOT) & words and not own)


# "The Saudi cabinet approved the decision to join the SCO": a will of its own, approved
_OWN_WILL = {"decision", "decisions", "plan", "plans", "intention", "readiness", "willingness"}


def ratifiers_not_applicants(doc, schema, kinds: dict[str, str], member: str, claims: list,
                             published: str | None, offset: int = 0) -> list:
    """``claims`` with the interest a noun trigger gave to the country that ratifies the
    application ("Now Türkiye has to ratify the application for membership in the
    Alliance") made that ratifier's membership, as :func:`ratifying_members` reads it."""
    relation = schema.relations[member]
    out = []
    for c in claims:
        if (c.relation == schema.interest_relation and c.rule.startswith("noun:")
                and relation.allows(kinds.get(c.subject, ""), kinds.get(c.object, ""))
                and _ratifies(doc, c, offset)):
            c = _as_ratifier(c, member, published)
        out.append(c)
    return out


_OWNED = {"membership", "accession"}
_OWNER_GLUE = {",", "and", "'s", "’s"}
_OWNED_RULE = "noun:a ratified membership; subject:country; object:name; relation:a plan"


def owned_ratified(doc, sentences, mentions, schema, claims: list, published: str | None,
                   offset: int = 0) -> list:
    """Interest for the countries whose membership or accession, named with its owners before
    the bloc, another ratifies: "Hungary ratified Finland's NATO membership", "Estonia
    ratifies Finnish, Swedish NATO accession protocols" (:func:`ratifying_members` then makes
    the ratifier a member). Not where a claim of that sentence already links the owner and
    the bloc, and not after a negation."""
    country, relation = schema.country_kind, schema.relations[schema.interest_relation]
    known = {(c.subject, c.object, c.start) for c in claims}
    out = []
    for s_start, s_end in sentences:
        ms = [m for m in mentions if s_start <= m.start and m.end <= s_end]
        for k, bloc in enumerate(ms):
            if (bloc.kind == country or bloc.end >= s_end or doc[bloc.end].lower_ not in _OWNED
                    or not relation.allows(country, bloc.kind)):
                continue
            owners, at = [], bloc.start
            for m in reversed(ms[:k]):
                glue = [t.text for t in doc[m.end:at]]
                first = not owners and (glue in (["'s"], ["’s"]) or m.how == "demonym" and not glue)
                if m.kind != country or not (first or owners and glue and set(glue) <= _OWNER_GLUE):
                    break
                owners.append(m)
                at = m.start
            before = {t.lower_ for t in doc[max(s_start, at - 6):at]}
            if not owners or not RATIFYING & before or _NOT & before:
                continue
            c_start, c_end = doc[s_start].idx, end_char(doc, s_end)
            for m in owners:
                if (m.node, bloc.node, c_start + offset) in known:
                    continue
                known.add((m.node, bloc.node, c_start + offset))
                marks = marks_of(doc, sorted(((m.start, m.end), (bloc.start, bloc.end))), c_start)
                out.append(Candidate(m.node, schema.interest_relation, bloc.node,
                                     (published or "")[:4], doc.text[c_start:c_end], c_start + offset,
                                     c_end + offset, 0.7, _OWNED_RULE, marks, "", "published year"))
    return out


#: memberships read from words that do not say the joining is done ("The NATO membership of
#: Finland will strengthen", "Their applications were accepted", a list near the bloc)
_UNDONE = ("reverse:membership of", "verb:be|was|been accepted", "fallback:")


def pending_accessions(claims: list, member: str, interest: str) -> list:
    """``claims`` without the memberships, read from words that do not say the joining is
    done, of a country whose accession the article has another member ratify ("Hungary
    ratified Finland's NATO membership. ... The NATO membership of Finland will strengthen
    the Alliance"): the annotators' convention, its interest until the text says it joined
    (a verb of joining stays)."""
    ratified = {(c.object, c.start) for c in claims if c.rule == RULE}
    pending = {(c.subject, c.object) for c in claims
               if c.relation == interest and (c.object, c.start) in ratified}
    return [c for c in claims if not (c.relation == member and (c.subject, c.object) in pending
                                      and c.rule.startswith(_UNDONE))]
