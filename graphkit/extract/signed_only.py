"""Agreements joined by signing alone: an agreement data/ records many signatures of and no
ratification or accession, as the non-binding Artemis Accords (61 signatures). Such an
agreement has no accession to tell from a signature, so "Rwanda, Nigeria, Angola and Senegal
have acceded to the Accords" and "welcomed Brazil's accession to the accords" say each
signed it (as analysts record them: 1,033 signatures and no accession in our annotations).

The rule is the schema's (``relations.ACCEDED_TO.extract.signed_only``: the relation it
becomes and the acts whose record in data/ keeps it); which agreements it holds for is the
data's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

__all__ = ["SignedOnly", "signed_only"]

_LEAST = 10  # signatures in data/ before an agreement counts as joined by signing alone


class SignedOnly:
    """For each relation the schema reads as another on agreements joined by signing alone,
    those agreements (from ``edges``, the claims in data/) and the relation it becomes."""

    def __init__(self, edges, rules: dict[str, tuple[str, frozenset[str]]]):
        acts: dict[str, Counter] = {}
        for edge in edges:
            acts.setdefault(edge.object, Counter())[edge.relation] += 1
        self.instead: dict[tuple[str, str], str] = {
            (relation, node): becomes
            for relation, (becomes, never) in rules.items()
            for node, counts in acts.items()
            if counts[becomes] >= _LEAST and not any(counts[r] for r in never | {relation})}

    def __call__(self, claims):
        """``claims`` with each such relation on such an agreement read as the one it becomes."""
        return [replace(c, relation=self.instead[c.relation, c.object],
                        rule=c.rule + "; relation:signature (joined by signing alone)")
                if (c.relation, c.object) in self.instead else c for c in claims]


@cache
def _rules(path: str) -> tuple[tuple[str, tuple[str, frozenset[str]]], ...]:
    import yaml

    from graphkit.errors import SchemaError

    with open(path, encoding="utf-8") as fh:
        relations = yaml.safe_load(fh)["relations"]
    out = []
    for relation, spec in relations.items():
        rule = (spec.get("extract") or {}).get("signed_only")
        if not rule:
            continue
        named = [rule.get("as"), *(rule.get("never") or ())]
        if any(name not in relations for name in named):
            raise SchemaError(f"schema.yaml: relations.{relation}.extract.signed_only: unknown "
                              f"relation among {named!r}")
        out.append((relation, (rule["as"], frozenset(rule.get("never") or ()))))
    return tuple(out)


def signed_only(edges, path=None) -> SignedOnly:
    """The schema's signed-only rules over data/'s claims ``edges``."""
    from graphkit.schema.model import SCHEMA_PATH

    return SignedOnly(edges, dict(_rules(str(path or SCHEMA_PATH))))
