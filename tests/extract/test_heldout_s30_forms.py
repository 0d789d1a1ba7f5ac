"""Forms met in held-out sets HU (Russia-China space cooperation) and HW to ID (2026-12-04, read
after their measurement), each in sentences of our own: a memorandum or a roadmap described,
not named, is the one data/ names so, for its parties and not before data/ knows it; the
documents a signing lists after ", including"; "It has been joined by" after the programme; a
list after countries said to want to join; names among "those attending"; the parties to an
organisation's own treaty (the Collective Security Treaty); "the rising NATO of Asia", a likeness;
"the ... Organization (ALCO), which has so far been joined by"."""

from tests.extract.helpers import claims, found

MEMORANDUM = "roscosmos-cnsa-lunar-power-station-memorandum"
ROADMAP = "ru-cn-satnav-roadmap-2026-2030"


def test_a_described_memorandum_is_the_one_named_so_for_its_parties_only():
    text = ("In May, Roscosmos and the China National Space Administration signed a memorandum on "
            "building a power station for the International Lunar Research Station (ILRS).")
    got = claims(text, published="2025-11-03")
    assert {(a, "SIGNED", MEMORANDUM, "2025-05") for a in ("roscosmos", "cnsa")} <= set(got)
    assert not {c for c in got if c[2] == "ilrs"}
    other = claims("In May, Chile and Peru signed a memorandum on building a power station for the "
                   "International Lunar Research Station (ILRS).", published="2025-11-03")
    assert not {c for c in other if c[2] == MEMORANDUM}


def test_a_described_roadmap_is_not_one_signed_before_data_knows_it():
    text = "Russia and China signed a roadmap on satellite navigation."
    assert {("RUS", "SIGNED", ROADMAP), ("CHN", "SIGNED", ROADMAP)} <= {
        c[:3] for c in claims(text, published="2025-11-03")}
    assert not {c for c in claims(text, published="2021-06-01") if c[2] == ROADMAP}


def test_a_memorandum_naming_another_programme_is_not_described_by_its_words():
    text = ("CNSA signed the Memorandum of Understanding on International Lunar Research Station "
            "(ILRS) Cooperation between CNSA and the Chilean Space Agency.")
    got = claims(text, published="2025-11-03")
    assert ("cnsa", "SIGNED", "ilrs", "2025") in got
    assert not {c for c in got if c[2] == MEMORANDUM}


def test_documents_listed_after_including_are_what_was_signed():
    text = ("Russia and China signed a joint communique and a number of other documents, including "
            "a roadmap on satellite navigation.")
    assert {c[:3] for c in claims(text, published="2025-11-03")} == {
        ("RUS", "SIGNED", ROADMAP), ("CHN", "SIGNED", ROADMAP)}
    assert not claims("Russia and China signed a joint communique, including a roadmap on "
                      "satellite navigation.", published="2025-11-03")


def test_it_opening_a_passive_join_is_the_programme_named_before():
    text = ("Our joint initiative with China to create an International Scientific Lunar Station is "
            "developing. It has already been joined by 3 countries (Chile, Peru and Ghana), including "
            "colleagues from BRICS (Ghana).")
    got = found(text)
    assert {("CHL", "MEMBER_OF", "ilrs"), ("PER", "MEMBER_OF", "ilrs"), ("GHA", "MEMBER_OF", "ilrs")} <= got
    assert not found("Chile met Peru. It has already been joined by Ghana.") & {
        ("GHA", "MEMBER_OF", "ilrs")}


def test_countries_said_to_want_to_join_then_listed_are_interested():
    got = found("More than 40 countries have expressed interest to join BRICS. These include Chile, "
                "Peru and Ghana.")
    assert got == {(c, "EXPRESSED_INTEREST_IN", "brics") for c in ("CHL", "PER", "GHA")}


def test_names_listed_among_those_attending_are_not_members():
    got = found("Representatives from a dozen nations passed the constitution of the proposed "
                "Asia-Pacific Space Cooperation Organization (APSCO). Among those attending the Second "
                "Meeting of the Drafting Group on the APSCO Convention are representatives from Chile, "
                "Peru, Ghana and Bolivia.")
    assert not {c for c in got if c[2] == "apsco"}


def test_the_parties_to_an_organisations_own_treaty_are_its_members():
    got = claims("On May 15, 1992, the leaders of Chile, Peru and Ghana signed the Collective "
                 "Security Treaty.")
    assert {(c, "MEMBER_OF", "csto", "1992-05-15") for c in ("CHL", "PER", "GHA")} <= set(got)
    assert not {c for c in claims("Chile and Peru signed the Collective Security Treaty accession "
                                  "protocol.") if c[1] == "MEMBER_OF"}


def test_a_bloc_named_as_a_likeness_is_not_the_bloc():
    text = ("It is becoming one of the most influential groupings in the world — consider it the "
            "rising NATO of Asia, with 3 members Chile, Peru and Ghana.")
    assert not {c for c in found(text) if c[2] == "nato"}
    assert not {c for c in found("Chile, Peru and Ghana formed an Asian NATO.") if c[2] == "nato"}
    assert ("CHL", "MEMBER_OF", "nato") in found("Chile joined the NATO of 32 members.")


def test_a_relative_clause_after_a_short_name_keeps_its_organisation():
    text = ("The initiative has a clear competitor, the Chinese-led Andean Lunar Cooperation "
            "Organization (ALCO), which has so far been joined by Chile, Peru and Ghana.")
    got = {c[:3] for c in claims(text)}
    assert {("CHL", "MEMBER_OF", "andean-lunar-cooperation-organization"),
            ("GHA", "MEMBER_OF", "andean-lunar-cooperation-organization")} <= got
