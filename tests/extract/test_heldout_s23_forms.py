"""Forms met in held-out sets FE to FL (2026-12-03, read after their measurement), each in
sentences of our own: a list "these" points back to, which takes the last sentence's
relation; a treaty's depositary, which receives an accession and does not accede; a list
closed by "and" before another name; a meeting named after a bloc; a plan that an
"expected to" before "and" governs; a list between dashes that is its verb's subject; a bloc
counted and listed; and a spelling of Kyrgyzstan."""

from tests.extract.helpers import claims, rows


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_these_countries_take_the_relation_of_the_sentence_before():
    text = ("At the summit, 13 new nations were added to BRICS as partner countries. "
            "These countries include Algeria, Belarus and Bolivia.")
    found = triples(text)
    assert {("DZA", "PARTNER_OF", "brics"), ("BLR", "PARTNER_OF", "brics")} <= found
    assert not any(t[1] == "MEMBER_OF" for t in found)


def test_these_countries_keep_their_own_relation_when_the_sentence_before_says_none():
    text = "BRICS was founded in 2009 by Brazil. These countries include Algeria and Belarus."
    assert ("DZA", "MEMBER_OF", "brics") in triples(text)


def test_a_depositary_receives_an_accession_and_does_not_accede():
    text = ("On March 27, the United States, as the custodian of the Treaty, received a "
            "document of accession to NATO from North Macedonia.")
    assert ("USA", "MEMBER_OF", "nato") not in triples(text)
    text = ("Finland's foreign minister handed over to the depository country, the United "
            "States, the document on Finland's accession to NATO.")
    assert ("USA", "MEMBER_OF", "nato") not in triples(text)


def test_a_list_closed_by_and_ends_before_the_next_name():
    text = ("The Nordic nation bordering Sweden, Norway, and Russia, Finland officially joined "
            "NATO on April 4, 2023.")
    found = {r["subject"] for r in rows(text) if r["relation"] == "MEMBER_OF"}
    assert found == {"FIN"}


def test_a_list_opened_after_and_is_still_one_list():
    text = ("Few states have signed both, and Australia, Mexico, and the Netherlands signed the "
            "Artemis Accords in 2023.")
    found = {r["subject"] for r in rows(text) if r["relation"] == "SIGNED"}
    assert found == {"AUS", "MEX", "NLD"}


def test_taking_part_in_a_meeting_named_after_a_bloc_is_no_cooperation():
    text = ("This month, delegates from Egypt, Iran and Ethiopia participated in a BRICS sherpa "
            "meeting in Durban.")
    assert not any(r["relation"] == "COOPERATES_ON" for r in rows(text))


def test_a_plan_before_and_governs_the_act_after_it():
    text = ("After the summit, SCO leaders are expected to decide on the accession of Iran and "
            "granting the status of dialogue partner to Egypt, Qatar and Saudi Arabia.")
    found = [r for r in rows(text) if r["relation"] == "PARTNER_OF"]
    assert found and all(r["status"] == "announced" for r in found)


def test_a_list_between_dashes_before_its_verb_is_no_list_of_the_topic():
    text = ("Our joint initiative with China to establish the International Lunar Research "
            "Station is developing, said the head of Roscosmos at a BRICS meeting. Thirteen "
            "countries — Belarus, Pakistan, Azerbaijan and Bolivia — have already joined the "
            "project.")
    found = {(r["subject"], r["object"]) for r in rows(text) if r["relation"] == "MEMBER_OF"}
    assert found == {("BLR", "ilrs"), ("PAK", "ilrs"), ("AZE", "ilrs"), ("BOL", "ilrs")}


def test_a_bloc_counted_and_listed_names_its_members():
    text = "BRICS, the five-nation bloc of Brazil, Russia, India, China and South Africa, met."
    found = {r["subject"] for r in rows(text) if r["relation"] == "MEMBER_OF"
             and r["rule"] == "structure:a bloc counted and listed"}
    assert found == {"BRA", "RUS", "IND", "CHN", "ZAF"}


def test_a_count_that_does_not_match_the_list_names_no_members():
    text = "BRICS, the five-nation bloc of Brazil, Russia, India and China, met."
    assert not [r for r in rows(text) if r["rule"] == "structure:a bloc counted and listed"]


def test_kirgizstan_is_kyrgyzstan():
    text = "The SCO has eight member states: India, Kazakhstan, China, Kirgizstan and Pakistan."
    assert ("KGZ", "MEMBER_OF", "sco") in triples(text)
