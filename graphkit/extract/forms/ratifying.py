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

from graphkit.extract.lookups import end_char, mark_spans
from graphkit.extract.steps import RATIFYING
from graphkit.extract.vocabulary import OWNER_MARKS

__all__ = ["RULE", "ratifiers_not_applicants", "ratifying_members"]

RULE = "structure:a ratifier of another's accession"
_NOT = {"not", "never", "refused", "declined", "blocked", "delayed", "yet"}
_NEAR = 30  # words from the ratifier's name to the accession's subject


def ratifying_members(doc, mentions, schema, kinds: dict[str, str], member: str, claims: list,
                      published: str | None, offset: int = 0) -> list:
    """``member`` claims for the ratifiers of each accession or bid ``claims`` read as
    interest on a noun trigger ("relation:a plan": another party ratifies it; "Turkey's
    parliament has ratified Finland's application to join")."""
    known = {(c.subject, c.relation, c.object) for c in claims}
    relation = schema.relations[member]
    out = []
    for c in claims:
        if (c.relation != schema.interest_relation or not c.rule.startswith("noun:")
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
                    or not RATIFYING & between or _NOT & between
                    or (m.node, member, c.object) in known):
                continue
            known.add((m.node, member, c.object))
            out.append(_as_ratifier(c, member, published, subject=m.node,
                                    marks=f"{doc[m.start].idx - start}-{end_char(doc, m.end) - start}"))
    return out


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
    return (bool(words) and len(gap) <= _RATIFIER_GAP and bool(RATIFYING & words)
            and not (_OWNERS | _NOT) & words)


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
