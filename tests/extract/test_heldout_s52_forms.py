"""Forms met in held-out sets of session 51 and 52 (2026-12-06), each in sentences of our own:
those a statement is made on behalf of ("the representative of Costa Rica on behalf of A, B"),
a bloc discussing whom to include, and the protocols on another country's accession."""

from tests.extract.helpers import found

_BEHALF = ("The Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space met in "
           "Vienna. Statements were made by the representative of Egypt on behalf of the Group of "
           "77 and China, and by the representative of Costa Rica on behalf of Argentina, Brazil, "
           "Chile, Cuba, Ecuador, Paraguay and Uruguay. Statements were also made by "
           "representatives of other member States.")


def test_those_a_statement_speaks_for_are_no_members():
    got = {c for c in found(_BEHALF) if c[2] == "copuos"}
    assert not got
    # said to be members, the same names are
    got = found("Argentina, Brazil, Chile, Cuba, Ecuador, Paraguay and Uruguay are member States "
                "of the Committee on the Peaceful Uses of Outer Space.")
    assert {("ARG", "MEMBER_OF", "copuos"), ("URY", "MEMBER_OF", "copuos")} <= got


def test_a_bloc_discussing_whom_to_include_has_no_new_members():
    got = found("It has previously been reported that BRICS is discussing including Saudi Arabia "
                "and Iran into the bloc.")
    assert not {c for c in got if c[0] in {"SAU", "IRN"} and c[1] == "MEMBER_OF"}
    got = found("In 2024 BRICS expanded to include Saudi Arabia and Iran.")
    assert {("SAU", "MEMBER_OF", "brics"), ("IRN", "MEMBER_OF", "brics")} <= got


def test_the_protocols_on_anothers_accession_are_no_membership():
    got = found("The Hungarian parliament ratified the protocols on the accession of Finland and "
                "Sweden to NATO on Monday.")
    assert not {c for c in got if c[0] in {"FIN", "SWE"} and c[1] == "MEMBER_OF"}
    got = found("The Hungarian parliament noted that Finland and Sweden joined NATO last year.")
    assert {("FIN", "MEMBER_OF", "nato"), ("SWE", "MEMBER_OF", "nato")} <= got


_ROWS = ("Denmark R R R R S", "Djibouti R", "Dominican Republic R S R S", "Ecuador R R R S",
         "Egypt R R S", "El Salvador R R R", "Equatorial Guinea", "Estonia R S",
         "Eswatini (Swaziland) R", "Ethiopia S", "Fiji R R R", "Finland R R R R",
         "France R R R R S S", "Gabon R R", "Gambia S R S", "Georgia R", "Germany R R R R S",
         "Ghana S S S", "Greece R R R R S")
_MARKS = ("Space Law Signatories\n\nKEY: R = Ratified, S = Signed\n\nOST = Outer Space Treaty; "
          "ARRA = Rescue and Return Agreement; LIAB = Liability Convention;\nREG = Registration "
          "Convention; MOON = Moon Agreement; ART = Artemis Accords\n1967 1968 1972 1975 1979 2020\n"
          + "\n".join(_ROWS) + "\n")


def test_a_table_of_marks_gives_the_reader_no_claim():
    # the blanks lost, which column each mark is in no reading of the words can tell
    assert not {c for c in found(_MARKS) if c[2] == "artemis-accords"}
