"""Forms met in held-out sets CW to CZ (2026-12-03), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


@pytest.mark.parametrize("text", [
    "A key reason for Mongolia's hesitance in joining the SCO is its identity.",
    ("Finland and Sweden are nearing decisions on whether to ditch their long-standing policy "
     "of military nonalignment and join NATO."),
])
def test_hesitance_and_a_distant_whether_are_no_joining(text):
    assert claims(text) == []


def test_led_to_is_a_cause_not_a_leader():
    text = "The attempts of France to dominate Europe led to a coalition called the Great Alliance."
    assert "LEADS" not in {c[1] for c in claims(text)}


def test_led_by_reaches_only_a_near_object():
    text = "The SCO, set up in 2001, is widely seen as a threat to Western democracy led by the U.S."
    assert "LEADS" not in {c[1] for c in claims(text)}
    # an aside closed by a comma, or an apposition, keeps the object
    text = "The Collective Security Treaty Organization, an alliance of six former Soviet states, is led by Russia."
    assert [c[:3] for c in claims(text)] == [("RUS", "LEADS", "csto")]
    text = "The Artemis Accords, a non-binding multilateral arrangement initiated by the United States, grew."
    assert [c[:3] for c in claims(text)] == [("USA", "PROPOSED", "artemis-accords")]


def test_an_organisations_named_programme_is_not_the_organisation():
    text = "In 1994 Finland and Sweden joined NATO's Partnership for Peace programme."
    assert "MEMBER_OF" not in {c[1] for c in claims(text)}
