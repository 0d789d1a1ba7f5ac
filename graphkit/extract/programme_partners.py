"""Taking part in an organisation's programme of partnership makes a partner of the
organisation: "Finland, Sweden and Austria have joined the Partnership for Peace" (or "PFP",
:mod:`graphkit.extract.new_nodes`) makes each a partner of NATO, as the annotators of our real
pages record them (data/ has no node for the programme), and "Ireland joined NATO's
Partnership for Peace" is no membership of NATO (taking part in it is still cooperation with
NATO). The programmes and their organisations are the schema's
(``relations.*.extract.programmes``); the claim on the programme stays beside the
partnership, which takes its evidence and date."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from graphkit.extract.lookups import mark_spans
from graphkit.extract.vocabulary import relation_of

__all__ = ["RULE", "programme_partners"]

#: the part of a rule that marks a partnership read from a programme
RULE = "structure:an organisation's programme of partnership"


def programme_partners(claims: list, names: dict[str, str], gazetteer) -> list:
    """``claims`` and, for each country's joining, signing, ratifying, accession or part in a new
    node (``names``: its id -> name) named as an organisation's programme of partnership, the
    country's partnership of that organisation, unless a claim on the same triple is there."""
    taking_part = {relation_of("join", "verb"), relation_of("sign", "verb"),
                   relation_of("ratify", "verb"), relation_of("accede|acceded to", "verb"),
                   relation_of("participate|participated in", "verb")}
    cooperating = relation_of("participate|participated in", "verb")
    read = []
    for c in claims:
        owned = _owned(c, gazetteer) if c.relation in taking_part else c
        if owned is not c and c.relation == cooperating:
            read.append(c)  # "took part in NATO's Partnership for Peace": still cooperation
        read.append(owned)
    claims = read
    known = {(c.subject, c.relation, c.object) for c in claims}
    added = []
    for c in claims:
        name = names.get(c.object)
        found = _programme(name, gazetteer) if name and c.relation in taking_part else None
        if not found:
            continue
        relation, owner = found
        if (c.subject, relation, owner) in known or gazetteer.kinds.get(c.subject) != gazetteer.country_kind:
            continue  # a country takes part: not "the Partnership for Peace was established by NATO"
        known.add((c.subject, relation, owner))
        added.append(replace(c, relation=relation, object=owner, confidence=min(c.confidence, 0.6),
                             rule=re.sub(r"object:\w+", "object:description", c.rule)
                             + "; " + RULE))
    return claims + added


def _owned(claim, gazetteer):
    """``claim`` on an organisation whose name stands before "'s" and its programme of
    partnership ("joined NATO's Partnership for Peace") made the partnership it is (a new
    claim: the caller keeps a cooperation beside it)."""
    spans = mark_spans(claim.marks)
    after = claim.evidence[spans[-1][1]:] if spans else ""
    for programme, (relation, owner) in _programmes().items():
        if (re.match(rf"\s*['’]s\s+{re.escape(programme)}(?![\w-])", after, re.IGNORECASE)
                and owner in (s.lower() for s in gazetteer.spellings.get(claim.object, ()))):
            return replace(claim, relation=relation,
                           rule=claim.rule + "; " + RULE)
    return claim


def _programme(name: str, gazetteer) -> tuple[str, str] | None:
    """The relation and the organisation's node of the programme ``name`` names ("the
    Partnership for Peace programme")."""
    lower = name.lower()
    for programme, (relation, owner) in _programmes().items():
        found = re.search(rf"(?<![\w-]){re.escape(programme)}(?![\w-])", lower)
        if found and all(w == "the" or owner in w for w in lower[:found.start()].split()):  # "the NATO-run
            # Partnership for Peace"; not "the Western Mediterranean Dialogue", another body's
            node = next((n for n, spellings in gazetteer.spellings.items()
                         if owner in (s.lower() for s in spellings)), None)
            return (relation, node) if node else None
    return None


@cache
def _programmes(path: str | None = None) -> dict[str, tuple[str, str]]:
    """Lower-case programme name -> (relation, lower-case organisation name), from the schema."""
    import yaml

    from graphkit.schema.model import SCHEMA_PATH

    with open(path or SCHEMA_PATH, encoding="utf-8") as fh:
        relations = yaml.safe_load(fh)["relations"]
    return {str(programme).lower(): (relation, str(owner).lower())
            for relation, spec in relations.items()
            for programme, owner in ((spec.get("extract") or {}).get("programmes") or {}).items()}
