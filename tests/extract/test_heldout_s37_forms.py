"""Forms met in held-out sets JB to JF (session 37, 2026-12-04; read after their
measurement), each in sentences of our own: guests by whom a meeting "will be joined"; a
place before an organisation's treaty; a counted list of partner countries; a country's
partner."""

from tests.extract.helpers import claims, found


def test_who_joins_a_meeting_is_no_member_of_its_organisation():
    got = claims("The ASEAN summit in Brunei will be joined by the leaders of China and Russia.",
                 published="2021")
    assert not [c for c in got if c[0] in {"CHN", "RUS"}]
    got = found("Brunei, which chairs the bloc, will host the ASEAN meetings. The discussions will "
                "be joined by US President Joe Biden and the leaders of China and Russia.")
    assert not [c for c in got if c[0] in {"USA", "CHN", "RUS"}]
    # an organisation joined by a country still gains a member
    got = claims("NATO was joined by Finland in April 2023.", published="2023")
    assert ("FIN", "MEMBER_OF", "nato", "2023-04") in got


def test_a_place_before_an_organisations_treaty_still_names_its_treaty():
    got = claims("On May 15, 1992, Armenia, Kazakhstan and Uzbekistan signed the Tashkent "
                 "Collective Security Treaty. Azerbaijan signed the treaty on September 24, 1993.",
                 published="2020")
    assert ("UZB", "MEMBER_OF", "csto", "1992-05-15") in got
    assert ("AZE", "MEMBER_OF", "csto", "1993-09-24") in got


def test_a_counted_list_of_partner_countries_is_no_list_of_members():
    got = found("13 countries have acquired the status of a BRICS partner country, the media "
                "reported. Türkiye is among them. The decision was made at the organization's "
                "summit in Kazan. In addition to Türkiye, the list includes Kazakhstan, Algeria, "
                "Belarus, Bolivia, Cuba, Indonesia, Malaysia, Nigeria, Thailand, Uganda, "
                "Uzbekistan and Vietnam. These countries are not currently planning to join "
                "BRICS as a full member.")
    assert not [c for c in got if c[1] == "MEMBER_OF"]
    rules = claims("13 countries have acquired the status of a BRICS partner country. The "
                   "decision was made at the organization's summit in Kazan. In addition to "
                   "Türkiye, the list includes Kazakhstan, Algeria, Belarus, Bolivia, Cuba, "
                   "Indonesia, Malaysia, Nigeria, Thailand, Uganda, Uzbekistan and Vietnam.",
                   published="2024-10-24")
    assert ("KAZ", "PARTNER_OF", "brics", "2024") in rules


def test_a_countrys_partner_is_no_partner_of_the_bloc_beside_it():
    got = found("Portugal signed the Artemis Accords on Sunday. 'As a committed NATO Ally, "
                "Portugal is a key U.S. partner; Portugal's signing of the Accords extends that "
                "close partnership into outer space,' the Department of State said.")
    assert ("PRT", "PARTNER_OF", "nato") not in got and ("USA", "PARTNER_OF", "nato") not in got
    assert ("PRT", "SIGNED", "artemis-accords") in got
    # countries "as partners" are the bloc's partners
    got = found("Nigeria has become a partner country of BRICS. Nigeria joins Belarus, Bolivia "
                "and Uzbekistan as partners of the group.")
    assert ("UZB", "PARTNER_OF", "brics") in got
