"""Forms met in held-out sets of session 53 and 54 (2026-12-06), each in sentences of our own:
a bloc that is one more item of a list of countries is not what they belong to."""

from tests.extract.helpers import found


def _eu(sentence: str) -> set:
    return {c for c in found(sentence) if c[2] == "eu"}


def test_a_bloc_listed_beside_countries_has_no_members_there():
    assert not _eu("The talks drew leaders from the European Union and countries: Canada, Brazil, "
                   "Japan and Mexico, who agreed to meet again.")
    assert not _eu("This week the leaders of the seven richest democracies – the US, Canada, Japan, "
                   "France, Germany, Italy and the UK – and the European Union gather in Brussels "
                   "for their summit.")
    assert not _eu("Providers include China (BeiDou Navigation Satellite System), the European "
                   "Union (Galileo Navigation System), the Russian Federation (Global Navigation "
                   "Satellite System) and the United States (GPS), the committee said.")


def test_owners_of_systems_in_one_list_are_items_too():
    assert not _eu("Four systems cover the globe today: America's GPS, China's Beidou, the EU's "
                   "Galileo and Russia's Glonass.")
    assert not _eu("Others include Russia’s Global Navigation Satellite System (GLONASS), India’s "
                   "Navigation with Indian Constellation (NavIC), and the European Union’s Galileo.")


def test_members_glossed_or_named_as_such_are_still_members():
    assert {("FRA", "MEMBER_OF", "eu"), ("DEU", "MEMBER_OF", "eu")} <= _eu(
        "Leaders of the European Union member states France, Germany and Italy met in Rome.")
    assert {("FRA", "MEMBER_OF", "eu"), ("LUX", "MEMBER_OF", "eu")} <= _eu(
        "The European Union (France, Germany, Italy, Belgium, the Netherlands and Luxembourg) "
        "was founded by six members.")
    assert {("FRA", "MEMBER_OF", "eu"), ("DEU", "MEMBER_OF", "eu")} <= _eu(
        "France and Germany are members of the European Union, and Canada is not.")
