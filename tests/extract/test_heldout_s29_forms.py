"""Forms met in held-out sets HK to HN and HO to HV (2026-12-04, read after their
measurement), each in sentences of our own: a bloc's leaders or members "including" a list;
a bloc's aspirants and the countries on its membership action plan; a list in a clause after
a semicolon; "the X-led ... alliance" for the alliance named before, "a X-led alliance, the
Y" for the one named after; members of another body after a bloc named before."""

from tests.extract.helpers import found


def test_a_blocs_leaders_including_a_list_are_its_members():
    got = found("The leaders of the Collective Security Treaty Organization (CSTO), including Chile, "
                "Peru, the Kyrgyz Republic and Ghana, are scheduled to meet in Lima on Monday.", reader=False)
    assert {("CHL", "MEMBER_OF", "csto"), ("KGZ", "MEMBER_OF", "csto"), ("GHA", "MEMBER_OF", "csto")} <= got
    got = found("Members of the SCO, including Chile, Peru and Ghana, met in Lima.", reader=False)
    assert {("CHL", "MEMBER_OF", "sco"), ("GHA", "MEMBER_OF", "sco")} <= got
    assert not found("Former members of NATO, including Chile and Peru, met in Lima.", reader=False)


def test_aspirants_and_membership_action_plans_are_interest():
    got = found("Chile was named among NATO aspirant nations, those countries who received a MAP "
                "(membership action plan) such as Peru, Ghana and Bosnia and Herzegovina.", reader=False)
    assert {("PER", "EXPRESSED_INTEREST_IN", "nato"), ("BIH", "EXPRESSED_INTEREST_IN", "nato")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    got = found("Chile, Peru and Ghana are NATO aspirant countries.", reader=False)
    assert ("PER", "EXPRESSED_INTEREST_IN", "nato") in got
    got = found("Ghana, which received a Membership Action Plan in 2009, joined NATO in 2017.", reader=False)
    assert got == {("GHA", "MEMBER_OF", "nato")}


def test_a_list_past_a_semicolon_is_not_the_earlier_blocs():
    text = ("Chile intends to enhance cooperation with ASEAN and the Shanghai Cooperation "
            "Organization (SCO); on a bilateral level, they include Peru, Ghana and Nepal.")
    assert not {c for c in found(text) if c[0] in ("PER", "GHA", "NPL")}
    got = found("The SCO has grown; its members include Peru, Ghana and Nepal.", reader=False)
    assert {("PER", "MEMBER_OF", "sco"), ("NPL", "MEMBER_OF", "sco")} <= got


def test_a_led_alliance_is_the_one_named_before_or_right_after():
    got = found("Lima hosted a summit of the Collective Security Treaty Organization (CSTO), including "
                "a meeting of the leaders of the Chile-led military alliance's member states.", reader=False)
    assert ("CHL", "LEADS", "csto") in got
    got = found("Forces from a Chile-led military alliance, the Collective Security Treaty "
                "Organization, will remain in Peru.", reader=False)
    assert ("CHL", "LEADS", "csto") in got
    assert not found("Forces from a Chile-led military alliance will remain in Peru.", reader=False)


def test_members_of_another_body_after_a_bloc_named_before():
    got = found("Italy plans to invite countries to the G7 summit in June. Chile, Peru and Ghana "
                "are also planned participants as members of the G20 forum, the source added.")
    assert not {c for c in got if c[0] in ("CHL", "PER", "GHA") and c[2] != "g20"}
    assert ("CHL", "MEMBER_OF", "g20") in got  # the G20 is a node since session 61


def test_an_alliance_of_counted_countries_then_a_list_is_its_members():
    got = found("The SCO is a strategic regional alliance of four countries, Chile, Peru, Ghana, and "
                "Nepal that focuses on security cooperation.", reader=False)
    assert {("CHL", "MEMBER_OF", "sco"), ("NPL", "MEMBER_OF", "sco")} <= got
    assert not found("Among the alliance of Western countries, Chile objected.", reader=False)


def test_a_membership_gained_or_got_is_a_membership_but_support_for_it_is_not():
    assert ("CHL", "MEMBER_OF", "nato") in found("Chile gained NATO membership in 2023.", reader=False)
    assert ("CHL", "MEMBER_OF", "nato") in found("Chile got its NATO membership in 2023.", reader=False)
    assert not found("Chile gained support for its NATO membership bid.", reader=False)
    got = found("The Chilean government is considering applying for European Union membership.", reader=False)
    assert ("CHL", "EXPRESSED_INTEREST_IN", "eu") in got
