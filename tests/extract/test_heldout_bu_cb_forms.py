"""Forms met in held-out sets BU to CB (2026-12-03), each in a sentence of our own."""

from tests.extract.helpers import claims


def test_the_rest_of_a_count_listed_in_the_next_sentence_make_the_same_claim():
    text = ("Malaysia was recognised as one of the four new partner countries of BRICS on "
            "April 24. The other three countries are Algeria, Belarus and Bolivia.")
    assert sorted(claims(text)) == [(c, "PARTNER_OF", "brics", "2024-04-24")
                                    for c in ("BLR", "BOL", "DZA", "MYS")]
    # the count must hold: three named where "the other two" are said
    wrong = ("Malaysia was recognised as one of the three new partner countries of BRICS. "
             "The other two countries are Algeria, Belarus and Bolivia.")
    assert claims(wrong) == [("MYS", "PARTNER_OF", "brics", "2024")]


def test_the_other_members_without_a_count_take_no_date_from_a_joining():
    # "the other members" did not join in 2023 with Finland: no claim of this form
    assert claims("Finland joined NATO in 2023. The other members are Norway and Denmark.") == \
        [("FIN", "MEMBER_OF", "nato", "2023"), ("DNK", "MEMBER_OF", "nato", "2024"),
         ("NOR", "MEMBER_OF", "nato", "2024")]


def test_countries_counted_taking_part_in_a_programme_then_listed_cooperate_on_it():
    text = ("Four countries are taking part in the Artemis Program, NASA said on May 3. "
            "They are Japan, Canada, Italy and Luxembourg.")
    assert sorted(claims(text)) == [(c, "COOPERATES_ON", "artemis-program", "2024-05-03")
                                    for c in ("CAN", "ITA", "JPN", "LUX")]
    # taking part in an organisation is membership
    assert sorted(claims("Three countries took part in NATO. They are Japan, Canada and "
                         "Italy.")) == [(c, "MEMBER_OF", "nato", "2024") for c in ("CAN", "ITA", "JPN")]


def test_a_bloc_described_with_a_regional_adjective_is_the_bloc_named_before():
    text = ("The SCO held its summit in Astana. The Eurasian political organisation is made up "
            "of China, India and Russia.")
    assert sorted(claims(text)) == [(c, "MEMBER_OF", "sco", "2024") for c in ("CHN", "IND", "RUS")]
    # a capitalised name of its own is no description: a new node
    assert claims("BRICS held a summit. Egypt joined the African Union.") == \
        [("EGY", "MEMBER_OF", "african-union", "2024")]


def test_named_or_recognised_as_a_partner_is_a_partnership():
    assert claims("Vietnam was recognised as a partner country of BRICS.") == \
        [("VNM", "PARTNER_OF", "brics", "2024")]
    assert claims("Uganda is one of the partner countries of BRICS.") == \
        [("UGA", "PARTNER_OF", "brics", "2024")]
    # ready to join as partners is no partnership yet
    assert claims("BRICS will welcome new partner states. One. Two. Three. Four. Five. Six. "
                  "Chile and Kenya are ready to join as partner countries.") == []


def test_who_says_a_count_takes_part_is_not_one_of_them():
    assert claims("Four countries are taking part in the Artemis Program, NASA said.") == []
    assert claims("Two more countries joined the ILRS project, the UAE and Pakistan.") == \
        [("ARE", "MEMBER_OF", "ilrs", "2024"), ("PAK", "MEMBER_OF", "ilrs", "2024")]
