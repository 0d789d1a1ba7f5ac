"""Forms met in held-out set HU (Russia-China space cooperation, 2026-12-04, read after its
measurement), each in sentences of our own: a memorandum or a roadmap described, not named,
is the one data/ names so, for its parties and not before data/ knows it; the documents a
signing lists after ", including"."""

from tests.extract.helpers import claims

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
