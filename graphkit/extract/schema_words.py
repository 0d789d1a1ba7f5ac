"""The words ``graphkit/schema/schema.yaml`` gives the extractor: each relation's trigger
phrases (``relations.*.extract``: ``verbs``, ``nouns``, ``reverse``, ``inner``,
``appositions``, each a :class:`TriggerSpec`), the forms of a verb ("sign" -> signs, signed,
signing; "lead|led" gives the irregular past) and the node kind each head noun names
(``node_kinds.*.extract_heads``). :mod:`graphkit.extract.patterns` finds them in a doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["TriggerSpec", "bloc_phrase", "forms", "kind_of_word", "load_specs"]

_BE = ("be", "is", "are", "was", "were", "been", "being", "'s", "'re")
_FORMS = {"verbs": "verb", "nouns": "noun", "appositions": "apposition"}


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger phrase of a relation."""

    relation: str
    form: str  # verb, noun, reverse, inner or apposition
    phrase: str
    confidence: float
    instead: dict = field(default_factory=dict, compare=False, hash=False)
    kinds: tuple[str, ...] = ()  # "establish [Organisation]": only objects of these kinds
    parties: bool = False  # "signed an agreement with X": X signs too (extract.parties)


def forms(word: str) -> tuple[str, ...]:
    """The forms of a verb given as ``lemma`` or ``lemma|past[|participle]``.

    Examples
    --------
    >>> forms("ratify")
    ('ratified', 'ratifies', 'ratify', 'ratifying')
    >>> forms("lead|led")
    ('lead', 'leading', 'leads', 'led')
    >>> forms("plan|planned")
    ('plan', 'planned', 'planning', 'plans')
    """
    parts = word.split("|")
    lemma, pasts = parts[0], parts[1:]
    if lemma == "be":
        return _BE
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        regular = [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith("e"):
        regular = [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x")):
        regular = [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        regular = [lemma + "s", lemma + "ed", lemma + "ing"]
    if pasts:
        regular[1] = pasts[0]
        past = pasts[0]
        if len(past) > 4 and past.endswith("ed") and past[-3] == past[-4] and past[-3] not in "ls":
            regular[2] = past[:-2] + "ing"
    return tuple(sorted({lemma, *regular, *pasts}))


def load_specs(path: Path | None = None) -> tuple[TriggerSpec, ...]:
    """Every relation's trigger phrases from the schema file (``relations.*.extract``)."""
    from graphkit.schema.model import SCHEMA_PATH

    return _load_specs(str(path or SCHEMA_PATH))


@cache
def expanded_in_brackets() -> frozenset[str]:
    """The node kinds whose name a bracketed list of members may follow ("the BRICS (Brazil,
    Russia, ...) alliance"): those of the reverse trigger "(" in the schema."""
    return frozenset(k for s in load_specs() if s.form == "reverse" and s.phrase == "("
                     for k in s.kinds)


@cache
def kind_of_word(path: str | None = None) -> dict[str, str]:
    """Node kind by head noun, singular and plural, from ``node_kinds.*.extract_heads``.

    Examples
    --------
    >>> kind_of_word()["commissions"] == kind_of_word()["commission"]
    True
    """
    import yaml

    from graphkit.schema.model import SCHEMA_PATH

    with open(path or SCHEMA_PATH, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    kinds = {}
    for kind, spec in raw["node_kinds"].items():
        for word in spec.get("extract_heads") or ():
            kinds[str(word)] = kind
            kinds.setdefault(str(word) + "s", kind)
    return kinds


@cache
def _load_specs(path: str) -> tuple[TriggerSpec, ...]:
    import yaml

    from graphkit.errors import SchemaError

    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    specs = []
    for relation, spec in raw["relations"].items():
        extract = spec.get("extract") or {}
        confidence = float(extract.get("confidence", 0.8))
        instead = dict(extract.get("instead") or {})
        for target in instead.values():
            if target not in raw["relations"]:
                raise SchemaError(f"schema.yaml: relations.{relation}.extract.instead: unknown "
                                  f"relation {target!r}")
        for form in ("verbs", "nouns", "reverse", "inner", "appositions"):
            for phrase in extract.get(form) or ():
                phrase, _, kinds = str(phrase).partition(" [")
                kinds = tuple(k.strip() for k in kinds.rstrip("]").split(",") if k.strip())
                unknown = [k for k in kinds if k not in raw["node_kinds"]]
                if unknown:
                    raise SchemaError(f"schema.yaml: relations.{relation}.extract: unknown node "
                                      f"kind {unknown[0]!r} in {phrase!r}")
                specs.append(TriggerSpec(relation, _FORMS.get(form, form),
                                         phrase, confidence, instead, kinds,
                                         bool(extract.get("parties"))))
    return tuple(specs)


def bloc_phrase(phrase: str) -> str | None:
    """Which of the phrases only a bloc right before them owns ``phrase`` is: "involve"
    ("involve|involved"), "countries" ("countries i.e.", "nations , namely"), else None."""
    words = phrase.split()
    if words[0].startswith("involve"):
        return "involve"
    return "countries" if words[0] in ("countries", "nations") and words[-1] in ("i.e.", "namely") else None
