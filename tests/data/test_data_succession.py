"""State succession as data: claims keep their real subject (the Soviet Union, SUN), and the
successor's own claims start at the succession."""

from __future__ import annotations

from graphkit.io.countries import country_info, is_iso3, to_iso3
from tests.data.shared import dataset


def test_the_soviet_union_is_a_country_by_its_iso_3166_3_code_only():
    assert is_iso3("SUN") and country_info("SUN").name == "Soviet Union"
    assert to_iso3("Russia") == "RUS"  # no name in text resolves to a former state


def test_russia_continues_the_soviet_unions_copuos_seat_from_december_1991():
    ds = dataset()
    copuos = {(e.subject, e.since, e.until) for e in ds.edges
              if e.object == "copuos" and e.relation == "MEMBER_OF" and e.subject in ("SUN", "RUS")}
    assert copuos == {("SUN", "1958", "1991-12"), ("RUS", "1991-12-24", None)}
    succession = [e for e in ds.edges if e.relation == "SUCCESSOR_OF"]
    assert [(e.subject, e.object, e.since) for e in succession] == [("RUS", "SUN", "1991-12-24")]
    assert all(e.source_kind == "primary" for e in succession)


def test_no_claim_about_the_soviet_union_is_filed_under_russia():
    ds = dataset()
    before = [e for e in ds.edges if e.subject == "RUS" and e.since < "1991-12"]
    assert before == [], [e.origin for e in before]
