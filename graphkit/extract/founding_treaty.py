"""The parties to an organisation's own treaty are its members: "the leaders of Armenia,
Kazakhstan, ... signed the Collective Security Treaty" makes them members of the Collective
Security Treaty Organization, as signing (or acceding to) the North Atlantic Treaty makes a
country a NATO member (data/'s convention). The treaty is a name the text gives (a new node)
with which the organisation's own name begins, or its name or acronym and a word for a
founding text ("the APSCO Convention"), so the organisation is read from a description, as
the reader keeps such claims; the membership has the signing's date and evidence, and takes
the place of the claim on the treaty, for which data/ has no node."""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import relation_of

__all__ = ["fold_treaty_claims", "own_text_of"]

# "signed the North Atlantic Treaty accession protocol": a text about the treaty, not it
_ABOUT = re.compile(r"\s+(?:accession|protocols?|amendments?|additional|review|withdrawal)\b",
                    re.IGNORECASE)


def _of_the_treaty(evidence: str, name: str) -> bool:
    at = evidence.find(name)
    return at >= 0 and bool(_ABOUT.match(evidence, at + len(name)))


def _unqualified(name: str) -> set[str]:
    """The name, and the name without a leading acronym or place that qualifies it ("the CIS
    Collective Security Treaty", "the Tashkent Collective Security Treaty": the Collective
    Security Treaty; a place only before three words or more, so no "Washington Treaty")."""
    first, _, rest = name.removeprefix("the ").partition(" ")
    acronym = first.isupper() and len(first) > 1
    place = first.istitle() and len(rest.split()) >= 3
    return {name, rest} if (acronym or place) and rest else {name}


_OWN_TEXTS = {"convention", "charter", "statute", "treaty"}


def _named_for(name: str, spellings) -> bool:
    """Whether ``name`` is an organisation's name or acronym and a word for its founding
    text ("the APSCO Convention", "the ASEAN Charter")."""
    *words, last = name.removeprefix("the ").split()
    return last.lower() in _OWN_TEXTS and any(" ".join(words).lower() == s.lower() for s in spellings)


def own_text_of(name: str, gazetteer) -> list[str]:
    """The organisations whose own treaty ``name`` is: one whose name it begins ("the North
    Atlantic Treaty"), or whose name or acronym it is with "Convention", "Charter", "Statute"
    or "Treaty" after ("the APSCO Convention")."""
    organisation = kind_of_word().get("organisation")
    return [n for n, spellings in gazetteer.spellings.items()  # data/'s nodes, no countries
            if gazetteer.kinds[n] == organisation and (
                any(gazetteer.begins_name_of(named, n) for named in _unqualified(name))
                or _named_for(name, spellings))]


def fold_treaty_claims(claims: list, names: dict[str, str], gazetteer) -> list:
    """``claims`` with each signing, ratifying or acceding claim on a new node (``names``: its
    id -> name) whose name begins a known organisation's name made a membership of that
    organisation, and each withdrawal from its treaty a withdrawal from it ("Azerbaijan,
    Georgia and Uzbekistan ... withdrew from the treaty"). data/ records a party to an
    organisation's own treaty as its member, with no node for the treaty, so the claim on the
    treaty is not kept beside the membership; its evidence and date are the membership's."""
    member = relation_of("join", "verb")
    leaving = gazetteer.schema.withdrawal_relation
    signing = {relation_of("sign", "verb"), relation_of("ratify", "verb"),
               relation_of("accede|acceded to", "verb")}  # "the accession of Greece and Turkey to"
    known = {(c.subject, c.relation, c.object) for c in claims}
    kept, added = [], []
    for c in claims:
        name = names.get(c.object)
        orgs = ([] if c.relation not in signing | {leaving} or not name
                or _of_the_treaty(c.evidence, name) else own_text_of(name, gazetteer))
        if len(orgs) != 1:
            kept.append(c)
            continue
        relation = leaving if c.relation == leaving else member
        if (c.subject, relation, orgs[0]) in known:
            continue
        known.add((c.subject, relation, orgs[0]))
        added.append(replace(c, relation=relation, object=orgs[0], confidence=min(c.confidence, 0.6),
                             rule=re.sub(r"object:\w+", "object:description", c.rule)
                             + ("; structure:leaving the organisation's own treaty" if relation == leaving
                                else "; structure:a party to the organisation's own treaty")))
    return kept + added
