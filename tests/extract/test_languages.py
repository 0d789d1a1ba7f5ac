"""A list of languages is no list of countries (Gazetteer.mentions): treaty pages name the
languages of their texts with the demonyms of countries."""

from __future__ import annotations

import pytest

from graphkit.extract.articles import gazetteer_for
from graphkit.extract.text import nlp
from tests.conftest import DATA


def _countries(text: str) -> list[str]:
    gazetteer = gazetteer_for((DATA,))
    return [m.node for m in gazetteer.mentions(nlp()(text)) if m.kind == "Country"]


@pytest.mark.parametrize("text", [
    "Languages: Arabic, Chinese, English, French, Russian and Spanish",
    "Languages: Arabic, Chinese, English, French, Russian and Spanish.\n\nNext line.",
    "The Chinese, English, French, Russian and Spanish texts are equally authentic.",
])
def test_a_list_of_three_or_more_languages_names_no_country(text):
    assert _countries(text) == []


@pytest.mark.parametrize("text, countries", [
    ("Chinese, Russian and Iranian navies joined the exercise.", ["CHN", "RUS", "IRN"]),
    (("Indian Prime Minister Narendra Modi, Chinese President Xi Jinping and South African "
      "President Cyril Ramaphosa met."), ["IND", "CHN", "ZAF"]),
    ("Chinese and Russian officials signed it.", ["CHN", "RUS"]),
])
def test_demonyms_before_a_noun_or_a_title_still_name_their_countries(text, countries):
    assert _countries(text) == countries
