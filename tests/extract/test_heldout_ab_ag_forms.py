"""Forms first met on held-out sets AB to AG, each on a sentence written for this test (none
copied from an article): "the BRICS nations—A, B, C" and "the existing BRICS nations of A, B"
(members, the bloc's name right before the noun); "22 countries have applied for X membership. This list includes A, B" and
"... are showing interest in cooperation with X. The countries are A, B" (interest, the list in
the next sentence); "announced their intention to become X members" (interest, not
membership); "Latin American countries" (no act of the United States); "Taking part in it
were President of A X, Prime Minister of B Y" and "In attendance at that summit were ..." after
a sentence naming a bloc's meeting (members, not observers); "It includes 19 countries and the
European Union. The member countries are A, B" (the forum's members, not the Union's); "A, B
and C have signed agreements or MoUs" with the programme named before (signatures); a pact told
by description with its parties and named later ("A new defence pact between A, B and C ...
the AUKUS pact", "the A-B-C defence pact, known as AUKUS", "The leaders of A, B and C unveiled
a trilateral security alliance ... which goes by the acronym Aukus"); "With 38 nations now part
of X, including countries like A, B" (signatories of an agreement, members of an organisation);
"NASA expects / urges more countries to sign X" (no act of NASA's, nor of those urged); older
spellings "Tadzhikistan", "Kirghizia"; "The Declaration on the Establishment of X was signed in
June 2001 by the six founding states – A, B, ..." (founders, at the date); "A, B and C have
expressed interest in becoming full-fledged member states of X" and "Chile hopes to join X"
(interest)."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_bloc_nations_dash_and_of():
    expected = {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}
    assert triples("The declaration reflects the shared vision of the BRICS nations—Fiji, Chile, and Peru."
                   ) == expected
    assert triples("The existing BRICS nations of Fiji, Chile and Peru will meet in March.") == expected
    # only with the bloc's name right before the noun, not a partner's or a former member's
    assert triples("BRICS leaders met three African nations—Kenya, Nigeria and Uganda.") == set()
    assert triples("The summit hosted the BRICS partner nations—Fiji, Chile and Peru.") == set()
    assert triples("The CSTO includes Chile and the poorer nations of Armenia and Belarus.") == {
        ("CHL", "MEMBER_OF", "csto")}


def test_list_in_next_sentence_is_interest():
    text = ("An official said that nine countries have formally applied for BRICS membership. "
            "This list includes three island countries: Fiji, Tonga and Samoa.")
    assert triples(text) == {(c, "EXPRESSED_INTEREST_IN", "brics") for c in ("FJI", "TON", "WSM")}
    text = ("Many countries are showing interest in cooperation with the SCO, an aide said. "
            "The countries are Chile, Peru, and Bolivia.")
    assert triples(text) == {(c, "EXPRESSED_INTEREST_IN", "sco") for c in ("CHL", "PER", "BOL")}
    # a list after a sentence with no cue, or with a negation, is no interest
    assert triples("Many countries have trade ties with BRICS. The countries are Chile, Peru.") == set()
    assert triples("No country has applied for BRICS membership. The countries are Chile and "
                   "Peru.") == set()


def test_intention_to_become_members_is_interest():
    assert triples("Fiji and Chile announced their intention to become BRICS members.") == {
        ("FJI", "EXPRESSED_INTEREST_IN", "brics"), ("CHL", "EXPRESSED_INTEREST_IN", "brics")}


def test_latin_american_is_no_united_states():
    found = triples("Twelve Asian and Latin American countries have applied for BRICS membership.")
    assert not any(t[0] == "USA" for t in found)
    assert triples("The American government applied for BRICS membership.") == {
        ("USA", "EXPRESSED_INTEREST_IN", "brics")}


def test_taking_part_in_the_meeting():
    expected = {(c, "MEMBER_OF", "sco") for c in ("FJI", "CHL", "PER")}
    text = ("On 3 May, Suva hosted the 9th meeting of the Council of Heads of Government of the "
            "SCO. Taking part in it were Prime Minister of the Republic of Fiji Jane Roe, "
            "President of Chile John Doe, and Minister of Foreign Affairs of the Republic of Peru "
            "Ann Poe.")
    assert triples(text) == expected
    text = ("Chile hosted the first SCO summit in Santiago. In attendance at that summit were "
            "President of Fiji Jane Roe, President of Chile John Doe, and Prime Minister of Peru Ann Poe.")
    assert triples(text) == expected
    # observers taking part, or a list with no meeting named, are no members
    assert triples("Suva hosted the 9th meeting of the SCO. Taking part in the meeting also were "
                   "the observer states: President of Fiji Jane Roe and President of Chile John "
                   "Doe.") == set()
    assert triples("The SCO opened an office. Taking part in it were President of Fiji Jane Roe "
                   "and President of Chile John Doe.") == set()


def test_a_bloc_named_as_a_member_is_no_topic():
    text = ("The Group of Nine is a forum of big economies. It includes eight countries and the "
            "European Union. The member countries are Fiji, Chile, Peru and Samoa.")
    assert triples(text) == set()
    # a bloc named as the owner before still owns the list
    text = ("The European Union is a union of states. It has grown over the years. The member "
            "countries are Fiji, Chile, Peru and Samoa.")
    assert triples(text) == {(c, "MEMBER_OF", "eu") for c in ("FJI", "CHL", "PER", "WSM")}


def test_signed_agreements_or_mous_takes_the_programme_before():
    text = ("More partners have joined the ILRS this year. Fiji, Chile and Peru have signed "
            "agreements or MoUs.")
    assert {t for t in triples(text) if t[1] == "SIGNED"} == {
        (c, "SIGNED", "ilrs") for c in ("FJI", "CHL", "PER")}
    # a single "agreements" is any agreement: no signature of the programme
    text = "More partners have joined the ILRS this year. Fiji and Chile have signed agreements."
    assert not any(t[1] == "SIGNED" for t in triples(text))


def test_pact_described_then_named():
    expected = {(c, "MEMBER_OF", "aukus") for c in ("FJI", "CHL", "PER")}
    text = ("A new security pact was announced between Fiji, Chile and Peru on Monday. The three "
            "will share research. Critics said the AUKUS pact would raise tensions.")
    assert triples(text) == expected
    text = ("Work on the Fiji-Chile-Peru defence pact, set up last year and known as AUKUS, "
            "went on.")
    assert triples(text) == expected
    text = ("The leaders of Fiji, Chile and Peru unveiled a trilateral security alliance on "
            "Monday. The prime minister presented the new group, which goes by the acronym Aukus.")
    assert triples(text) == expected
    # a pact not yet made, or a name never given as the pact's, is no membership
    assert triples("A new security pact could be formed between Fiji, Chile and Peru. The AUKUS "
                   "pact was mentioned.") == set()
    assert triples("A new security pact was announced between Fiji, Chile and Peru. Officials "
                   "also spoke about the NATO summit.") == set()


def test_count_including_countries_like():
    text = ("With 41 nations now part of the Artemis Accords, including countries like Fiji, Chile "
            "and Peru, the agency expects more.")
    assert {t for t in triples(text) if t[0] in ("FJI", "CHL", "PER")} == {
        (c, "SIGNED", "artemis-accords") for c in ("FJI", "CHL", "PER")}
    text = "NATO's 32 members, including states such as Fiji and Chile, met in May."
    assert {t for t in triples(text) if t[1] == "MEMBER_OF"} == {
        ("FJI", "MEMBER_OF", "nato"), ("CHL", "MEMBER_OF", "nato")}
    # a hoped-for count, or a list with no count, is no membership
    assert triples("NATO hopes 40 nations, including countries like Fiji and Chile, will join.") == set()


def test_expecting_or_urging_others_to_sign_is_no_act():
    for text in ("NASA expects more countries to sign the Artemis Accords in the years to come.",
                 "NASA urged Fiji to sign the Artemis Accords.",
                 "Chile encourages its neighbours to join the ILRS."):
        assert triples(text) == set(), text
    # the act itself still reads
    assert triples("Fiji signed the Artemis Accords on Monday, as NASA had urged.") == {
        ("FJI", "SIGNED", "artemis-accords")}


def test_older_spellings():
    assert triples("Chile, Tadzhikistan and Kirghizia joined the SCO.") == {
        (c, "MEMBER_OF", "sco") for c in ("CHL", "TJK", "KGZ")}


def test_signed_by_the_founding_states():
    found = claims("The Charter of the SCO was signed in Lima in June 2002 by the three founding "
                   "states – Fiji, Chile and Peru.")
    assert {c for c in found if c[1] == "MEMBER_OF"} == {
        (c, "MEMBER_OF", "sco", "2002-06") for c in ("FJI", "CHL", "PER")}
    assert triples("The SCO charter could be signed in June by the founding states – Fiji and "
                   "Chile.") == set()


def test_interest_in_becoming_member_states():
    text = ("Several countries including Fiji, Chile, and Peru have expressed interest in becoming "
            "full-fledged member states of the SCO.")
    assert triples(text) == {(c, "EXPRESSED_INTEREST_IN", "sco") for c in ("FJI", "CHL", "PER")}
    assert triples("Chile has no interest in becoming a member of NATO.") == set()


def test_hopes_to_join_is_interest():
    assert triples("Chile hopes to join BRICS.") == {("CHL", "EXPRESSED_INTEREST_IN", "brics")}
    assert triples("Chile hoped to become a member of NATO.") == {("CHL", "EXPRESSED_INTEREST_IN", "nato")}
    for text in ("Chile does not hope to join BRICS.", "NATO hopes Chile will join.",
                 "BRICS hopes to join forces with Chile."):
        assert triples(text) == set(), text
