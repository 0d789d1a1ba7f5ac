"""The relation a trigger's claim takes from what is around it: the last sentence's, for a
verb that leaves its object out after "also" ("(The bloc added four partners: A, B.) C and D
also joined.") and for a list that "these" points back to ("(13 nations were added as partner
countries.) These countries include A, B"); interest, for a bloc relation the subject only plans ("Belarus is ready to
accelerate the procedures for joining the SCO")."""

from __future__ import annotations

from graphkit.extract.groups import End
from graphkit.extract.patterns import Trigger
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import OPEN_DETERMINERS, relation_of

__all__ = ["as_said_before", "wished"]


def as_said_before(doc, trig: Trigger, subj: End, rel_type: str, obj: End,
                   previous: dict[str, set[str]], schema, said: frozenset = frozenset()) -> str:
    """"(The bloc added four partners: A, B.) C and D also joined.": a verb that leaves its
    object out after "also" says what the last sentence's claims said about that object;
    "(... were added as partner countries.) These countries include A": a list "these" points
    back to, what the last sentence's one relation (``said``: its triggers') says. A wish
    stays a wish ("Norway had negotiated to join ... Switzerland also applied for
    membership")."""
    if obj.how != "topic" or rel_type == schema.interest_relation:
        return rel_type
    if "also" in {t.lower_ for t in doc[max(0, trig.start - 2):trig.start]}:
        before = previous.get(obj.node, set())
    elif _pointed_back(doc, trig):
        before = set(said)
    else:
        return rel_type
    if len(before) != 1 or rel_type in before:
        return rel_type
    other = next(iter(before))
    return other if schema.relations[other].allows(subj.kind, obj.kind) else rel_type


def _pointed_back(doc, trig: Trigger) -> bool:
    """"These countries include", "Those 13 nations are": a reverse trigger after "these"."""
    i = trig.start - 1
    while i >= 0 and doc[i].like_num:
        i -= 1
    return (i >= 0 and doc[i].lower_ in OPEN_DETERMINERS
            and any(s.form == "reverse" for s in trig.specs))


def wished(trig: Trigger, subj: End, rel_type: str, obj: End, schema) -> str | None:
    """The relation a trigger the subject only plans, wants or threatens stands for: for a bloc
    relation, a partnership or a part in an organisation, its interest ("Belarus is ready to
    accelerate the procedures for joining the SCO", "asks to join BRICS as a partner country",
    "an interest in participating in the Quad forum"); for a withdrawal, None, no
    claim ("declared Armenia's intention to withdraw from the CSTO", "would quit the group":
    the schema has no relation for a wish to leave, and on the training pages such claims were
    right 0 times in 4, 2026-12-04). Else ``rel_type`` itself."""
    if rel_type == schema.withdrawal_relation and (trig.aspired or trig.hedged):
        return None
    if rel_type == relation_of("lead|led", "verb"):
        return rel_type  # "closer to the U.S.-led alliance", "intentions to join the bloc led
        # by Brazil, Russia, India": the wish is another's, a wish to lead no membership
    interest = schema.interest_relation
    joining = (schema.relations[rel_type].bloc or rel_type in schema.courting_relations
               or obj.kind == kind_of_word().get("organisation"))  # "an interest in
    if (not trig.aspired or rel_type == interest or not joining  # participating in the Quad"
            or not schema.relations[interest].allows(subj.kind, obj.kind)):
        return rel_type
    return interest
