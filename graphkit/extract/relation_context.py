"""The relation a trigger's claim takes from what is around it: the last sentence's, for a
verb that leaves its object out after "also" ("(The bloc added four partners: A, B.) C and D
also joined."); interest, for a bloc relation the subject only plans ("Belarus is ready to
accelerate the procedures for joining the SCO")."""

from __future__ import annotations

from graphkit.extract.groups import End
from graphkit.extract.patterns import Trigger

__all__ = ["as_said_before", "wished"]


def as_said_before(doc, trig: Trigger, subj: End, rel_type: str, obj: End,
                   previous: dict[str, set[str]], schema) -> str:
    """"(The bloc added four partners: A, B.) C and D also joined.": a verb that leaves its
    object out after "also" says what the last sentence said about that object."""
    if obj.how != "topic" or "also" not in {t.lower_ for t in doc[max(0, trig.start - 2):trig.start]}:
        return rel_type
    before = previous.get(obj.node, set())
    if len(before) != 1 or rel_type in before:
        return rel_type
    other = next(iter(before))
    return other if schema.relations[other].allows(subj.kind, obj.kind) else rel_type


def wished(trig: Trigger, subj: End, rel_type: str, obj: End, schema) -> str:
    """"Belarus is ready to accelerate the procedures for joining the SCO", "in a year has
    to become a full member": a bloc relation the subject only plans is its interest."""
    interest = schema.interest_relation
    if (not trig.aspired or rel_type == interest or not schema.relations[rel_type].bloc
            or not schema.relations[interest].allows(subj.kind, obj.kind)):
        return rel_type
    return interest
