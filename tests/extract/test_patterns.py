"""Every trigger phrase in schema.yaml, in a short sentence of its own, gives its claim; the
same phrase negated gives none."""

from __future__ import annotations

import pytest

from graphkit.extract.dates import AGE_WORDS
from graphkit.extract.patterns import forms, load_specs
from graphkit.schema import load_schema
from tests.extract.helpers import claims

OBJECTS = {"Agreement": ("the Outer Space Treaty", "outer-space-treaty"),  # not the Artemis Accords,
           # joined by signing alone (signed_only.py)
           "Programme": ("the International Lunar Research Station", "ilrs"),
           "Organisation": ("the Shanghai Cooperation Organisation", "sco")}
SPECS = load_specs()


def _past(word: str) -> str:
    if not word[:1].isalpha():
        return word  # "(": "the Shanghai Cooperation Organisation (Egypt"
    if word.split("|")[0] == "be":
        return "was"
    parts = word.split("|")
    if len(parts) > 1:
        return parts[1]
    return next(f for f in forms(word) if f.endswith("ed"))


def _phrase(spec, *, past: bool) -> str:
    words = []
    for i, word in enumerate(spec.phrase.split()):
        if word == "*" and spec.form == "inner" and "Egypt" not in words:
            words.append("Egypt")  # the subjects stand inside: "appointed Egypt to"
        elif word == "*":
            words.append("a")
        elif (i == 0 and spec.form not in ("noun", "apposition")) or "|" in word:
            words.append(_past(word) if past else word.split("|")[0])
        else:
            words.append(word)
    return " ".join(words).replace(" - ", "-")  # a hyphen is a token of its own: "member-states"


def _object(spec):
    relation = load_schema().relations[spec.relation]
    kinds = [k for k in relation.target if k in OBJECTS and (not spec.kinds or k in spec.kinds)]
    return OBJECTS[kinds[0]]


def _sentence(spec) -> str:
    name, _ = _object(spec)
    phrase = _phrase(spec, past=True)
    if spec.form == "reverse":
        return f"On 3 May 2024, {name} {phrase} Egypt."
    if spec.form == "noun" and spec.phrase.split()[0] in ("'s|’s", "their"):
        owner = "Egypt's" if spec.phrase.startswith("'s") else "Egypt said their"
        after = " ".join(w.split("|")[0] for w in spec.phrase.split()[2:])  # "membership bid"
        return f"On 3 May 2024, {owner} {name} {after} was filed."
    if spec.form == "noun" and phrase.startswith("- "):  # "the Egypt-led": the name before it
        return f"On 3 May 2024, the Egypt{phrase.replace(' ', '')} {name.removeprefix('the ')} grew."
    if spec.form == "noun":
        return f"On 3 May 2024, Egypt announced its {phrase} {name}."
    if spec.form == "inner":
        return f"On 3 May 2024, the members {phrase} {name}."
    if spec.form == "apposition":
        return f"On 3 May 2024, Egypt, a {phrase} {name}, met its neighbours."
    return f"On 3 May 2024, Egypt {phrase} {name}."


@pytest.mark.parametrize("spec", SPECS, ids=[f"{s.relation}:{s.phrase}" for s in SPECS])
def test_every_trigger_phrase_gives_its_claim_in_a_short_sentence(spec):
    _, node = _object(spec)
    # a state's age ("marks * membership anniversary") takes the publication's year, not the day
    date = "2024" if AGE_WORDS & set(spec.phrase.split()) else "2024-05-03"
    assert ("EGY", spec.relation, node, date) in claims(_sentence(spec)), _sentence(spec)


VERBS = [s for s in SPECS if s.form == "verb"]


@pytest.mark.parametrize("spec", VERBS, ids=[f"{s.relation}:{s.phrase}" for s in VERBS])
def test_every_verb_phrase_after_did_not_gives_no_claim(spec):
    name, _ = _object(spec)
    sentence = f"On 3 May 2024, Egypt did not {_phrase(spec, past=False)} {name}."
    assert claims(sentence) == [], sentence


def test_forms_inflect_regular_irregular_and_doubled_verbs():
    assert forms("sign") == ("sign", "signed", "signing", "signs")
    assert forms("withdraw|withdrew|withdrawn") == ("withdraw", "withdrawing", "withdrawn",
                                                    "withdraws", "withdrew")
    assert forms("plan|planned") == ("plan", "planned", "planning", "plans")
    assert "were" in forms("be|was|been")


def test_the_relations_news_states_have_trigger_phrases_in_the_schema():
    with_triggers = {s.relation for s in SPECS}
    assert with_triggers == {"MEMBER_OF", "SIGNED", "RATIFIED", "ACCEDED_TO", "SUCCEEDED_TO",
                             "EXPRESSED_INTEREST_IN", "COOPERATES_ON", "PARTNER_OF", "LEADS",
                             "PROPOSED", "WITHDREW_FROM"}
    assert with_triggers <= set(load_schema().relations)
