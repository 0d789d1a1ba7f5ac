"""Forms met in held-out sets FS to FX (2026-12-04, read after their measurement), each in
sentences of our own: a wish or a procedure before "to join"; a withdrawal only intended;
"the question of" as the one question that leaves an act open; two blocs before one role
noun ("EU and NATO countries"); "Việt Nam"."""

from tests.extract.helpers import found


def test_an_ambition_or_a_procedure_to_join_is_interest_not_membership():
    for text in ("Thailand has expressed its ambition to join the BRICS group this year.",
                 "Malaysia is set to initiate formal procedures to join BRICS.",
                 "Myanmar has taken the first step to joining BRICS."):
        got = found(text, reader=False)
        country = next(s for s, _, _ in got)
        assert (country, "EXPRESSED_INTEREST_IN", "brics") in got, text
        assert (country, "MEMBER_OF", "brics") not in got, text


def test_a_request_to_join_as_a_partner_is_interest_not_partnership():
    got = found("Cuba asks to join BRICS as a partner country in a letter to Moscow.", reader=False)
    assert ("CUB", "EXPRESSED_INTEREST_IN", "brics") in got
    assert ("CUB", "PARTNER_OF", "brics") not in got
    assert ("VNM", "PARTNER_OF", "brics") in found("Vietnam became a partner country of BRICS in June.")


def test_an_intended_or_wanted_withdrawal_is_no_withdrawal():
    for text in ("In June, the prime minister declared Armenia's intention to withdraw from the CSTO.",
                 "Armenia intends to withdraw from the CSTO.",
                 "Officials said Armenia wants to leave the CSTO."):
        assert ("ARM", "WITHDREW_FROM", "csto") not in found(text), text
    assert ("ARM", "WITHDREW_FROM", "csto") in found("Armenia withdrew from the CSTO in 2025.")


def test_a_reporters_question_is_not_the_question_of_an_act():
    got = found("Asked a reporter's question regarding Vietnam's status as a partner country of "
                "BRICS, the spokeswoman welcomed it.", reader=False)
    assert ("VNM", "PARTNER_OF", "brics") in got
    assert ("UKR", "MEMBER_OF", "nato") not in found("The question of Ukraine's accession to NATO "
                                                      "remains open.")


def test_two_blocs_before_one_role_noun_are_both_the_list_s():
    got = found("Finland joins other European Union and NATO countries – Lithuania, Latvia and "
                "Poland – that share a border with Russia.", reader=False)
    assert {("LTU", "MEMBER_OF", "eu"), ("LTU", "MEMBER_OF", "nato"),
            ("POL", "MEMBER_OF", "eu"), ("POL", "MEMBER_OF", "nato")} <= got
    got = found("BRICS and SCO members China and Russia signed the deal.", reader=False)
    assert {("CHN", "MEMBER_OF", "brics"), ("CHN", "MEMBER_OF", "sco")} <= got
    got = found("Talks between Russia and NATO members Poland and Latvia.", reader=False)
    assert ("LVA", "MEMBER_OF", "nato") in got and ("RUS", "MEMBER_OF", "nato") not in got
    # a bracket after the second bloc glosses it; it does not make one a member of the other
    got = found("States planning to join BRICS and Shanghai Cooperation Organization (SCO) grew.",
                reader=False)
    assert ("sco", "MEMBER_OF", "brics") not in got


def test_viet_nam_with_its_marks_is_vietnam():
    assert ("VNM", "PARTNER_OF", "brics") in found("Việt Nam has become a BRICS partner country.")


def test_an_adverb_between_a_wish_and_to_join_changes_nothing():
    got = found("Finland and Sweden applied together to join NATO in May.", reader=False)
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato") in got and ("FIN", "MEMBER_OF", "nato") not in got
    assert ("PAK", "COOPERATES_ON", "ilrs") not in found(
        "We welcome Pakistan to fully participate in the ILRS.", reader=False)  # an invitation
    assert ("FIN", "MEMBER_OF", "nato") in found("Finland has recently joined NATO.", reader=False)
