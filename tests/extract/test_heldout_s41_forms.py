"""Forms met in held-out sets JS to JV and in the earlier sets' errors (session 41,
2026-12-05), each in sentences of our own: an agency's possessive before an agreement's
name ("NASA's Artemis Accords")."""

from tests.extract.helpers import found


def test_an_agencys_possessive_before_an_agreement_names_who_leads_it():
    got = found("Chile became the latest nation to sign NASA's Artemis Accords on Tuesday.")
    assert ("nasa", "LEADS", "artemis-accords") in got
    assert ("CHL", "SIGNED", "artemis-accords") in got


def test_an_agencys_possessive_before_a_modified_name_gives_nothing():
    got = found("Chile welcomed NASA's Artemis Accords signature ceremony in Santiago.")
    assert ("nasa", "LEADS", "artemis-accords") not in got


def test_a_countrys_possessive_before_an_agreement_gives_no_lead():
    got = found("Chile became the latest nation to sign America's Artemis Accords on Tuesday.")
    assert not [c for c in got if c[1] == "LEADS"]
