"""The saved membership queries give the same answers as graphkit.analysis.blocs.

bloc_members, bloc_overlap, membership_matrix, common_blocs and interested_not_joined
must count exactly who :func:`~graphkit.analysis.blocs.bloc_members` and
:func:`~graphkit.analysis.blocs.declared_blocs` count: countries only, an agency's claim
for its country, a withdrawal valid on the day and dated on or after a claim cancelling
it. Checked on the repo's data/ and on a tiny dataset built for the corner cases.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from graphkit.analysis.blocs import bloc_members, bloc_membership, country_claims, declared_blocs
from graphkit.analysis.interest import interested_not_joined
from graphkit.schema import load_schema
from graphkit.store.queries import run_query
from tests.membership import days_membership_can_change

BLOC = frozenset(load_schema().bloc_relations)
DAYS = ["1995-01-01", "2000-01-01", "2007-01-01", "2011-06-01", "2012-06-28", "2013-01-01",
        "2020-01-30", "2020-01-31", "2021-03-09", "2024-06-12", "2024-12-31",
        dt.date.today().isoformat()]
BLOCS = ["csto", "eu", "ilrs", "artemis-accords", "nato", "brics", "sco"]


# --- expected answers, from graphkit.analysis.blocs only ---------------------------------

def expected_members(G, bloc, day, relations=BLOC, holds="certain"):
    """bloc_membership(G, bloc) restricted to ``relations``: country -> its counting claims,
    for the members that are ``holds`` (certain or possible) on ``day``."""
    membership = bloc_membership(G, bloc, as_of=day)
    found = membership.certain if holds == "certain" else membership.possible
    members = {country: [c for c in claims if c.relation in relations]
               for country, claims in found.items()}
    if holds == "certain":  # the certain part is what bloc_members has always returned
        assert set(members) == set(bloc_members(G, bloc, as_of=day))
    return {country: claims for country, claims in members.items() if claims}


def assert_bloc_members_rows_match(rows, G, bloc, day, relations=BLOC):
    assert [r["holds"] for r in rows] == sorted((r["holds"] for r in rows), key=["certain", "possible"].index)
    for holds in ("certain", "possible"):
        mine = [r for r in rows if r["holds"] == holds]
        members = expected_members(G, bloc, day, relations, holds)
        if holds == "possible":  # a country certain by one relation is not also possible
            members = {k: v for k, v in members.items()
                       if k not in expected_members(G, bloc, day, relations, "certain")}
        assert {r["member"] for r in mine} == set(members), (bloc, day, holds)
        for r in mine:
            claims = members[r["member"]]
            assert r["kind"] == "Country"
            assert r["joined"] == min(c.since for c in claims), (bloc, day, r["member"])
            assert (r["relation"], r["via"], r["source_url"]) in {
                (c.relation, c.subject, c.source_url) for c in claims if c.since == r["joined"]}
            assert set(r["relations"]) == {c.relation for c in claims}
        assert [(r["joined"], r["member"]) for r in mine] == sorted((r["joined"], r["member"]) for r in mine)


def assert_overlap_rows_match(rows, G, a, b, day):
    blocs = declared_blocs(G, [a, b], as_of=day)
    in_a, in_b = blocs[a], blocs[b]
    got = defaultdict(set)
    for r in rows:
        got[r["membership"]].add(r["country"])
        assert (r["in_a"], r["in_b"]) == (r["country"] in in_a, r["country"] in in_b)
    assert dict(got) == {k: v for k, v in {"both": in_a & in_b, f"only {a}": in_a - in_b,
                                           f"only {b}": in_b - in_a}.items() if v}


def assert_matrix_rows_match(rows, G, blocs, day):
    members = declared_blocs(G, blocs, as_of=day)
    assert {r["country"] for r in rows} == set().union(*members.values()), day
    for r in rows:
        assert list(r) == ["country", "name", "count", *blocs]
        assert {b: r[b] for b in blocs} == {b: r["country"] in members[b] for b in blocs}
        assert r["count"] == sum(r[b] for b in blocs)


def assert_common_rows_match(rows, G, a, b, day):
    claims = [c for c in country_claims(G, as_of=day) if c.relation in BLOC]
    blocs = declared_blocs(G, as_of=day)
    both = sorted(x for x, members in blocs.items() if {a, b} <= members)
    assert [r["bloc"] for r in rows] == both, (a, b, day)
    for r in rows:
        for side, country in (("a", a), ("b", b)):
            mine = [c for c in claims if c.country == country and c.target == r["bloc"]]
            assert r[f"{side}_since"] == min(c.since for c in mine)
            assert set(r[f"{side}_via"]) == {c.subject for c in mine}


def assert_interest_rows_match(rows, G, target, day, relations=BLOC):
    expected = interested_not_joined(G, target, as_of=day, relations=relations)
    assert [r["country"] for r in rows] == [x.country for x in expected], (target, day)
    for r, x in zip(rows, expected):
        assert (r["interested_since"], r["via"], r["source_url"]) == (
            x.interest.since, x.interest.subject, x.interest.source_url), (target, day)
        joined = (x.joined.since, x.joined.source_url) if x.joined else (None, None)
        assert (r["member_since"], r["member_source"]) == joined, (target, day, r["country"])


# --- the repo's data/ ------------------------------------------------------------------

@pytest.mark.parametrize("day", DAYS)
def test_bloc_members_equals_python_bloc_members_on_each_day(loaded, G, day):
    for bloc in BLOCS:
        rows = run_query("bloc_members", driver=loaded, bloc=bloc, day=day)
        assert_bloc_members_rows_match(rows, G, bloc, day)


def test_bloc_members_with_a_relations_filter_keeps_only_those_claims(loaded, G):
    for bloc, relations in (("ilrs", {"SIGNED"}), ("csto", {"MEMBER_OF"}), ("ilrs", {"LEADS"})):
        rows = run_query("bloc_members", driver=loaded, bloc=bloc, day="2024-12-31",
                         relations=sorted(relations))
        assert_bloc_members_rows_match(rows, G, bloc, "2024-12-31", relations)
    rows = run_query("bloc_members", driver=loaded, bloc="ILRS", day="2024-06-12", relations="SIGNED")
    assert {"CHN", "RUS", "EGY"} <= {r["member"] for r in rows}


def test_membership_matrix_equals_python_for_every_declared_bloc_on_every_day_it_can_change(
        loaded, G):
    blocs = sorted(declared_blocs(G))
    assert {"csto", "eu", "ilrs", "artemis-accords", "nato", "brics", "sco"} <= set(blocs)
    days = days_membership_can_change(G, day_before=False)  # one day per constant stretch
    assert {"2012-06-28", "2020-01-31", "1999-07-01"} <= set(days)
    for day in days:
        rows = run_query("membership_matrix", driver=loaded, day=day, blocs=",".join(blocs))
        assert_matrix_rows_match(rows, G, blocs, day)


@pytest.mark.parametrize("day", ["1991-12-25", "1999-12-31", "2001-06-15", "2012-06-27",
                                 "2019-05-02", "2021-03-08", "2021-06-15", "2023-12-31",
                                 "2024-06-11", "2024-09-30", "2025-03-15"])
def test_bloc_members_equals_python_for_every_declared_bloc_on_days_inside_years(loaded, G, day):
    for bloc in sorted(declared_blocs(G)):
        rows = run_query("bloc_members", driver=loaded, bloc=bloc, day=day)
        assert_bloc_members_rows_match(rows, G, bloc, day)


def test_bloc_members_of_the_ilrs_are_countries_never_their_agencies(loaded, G):
    rows = run_query("bloc_members", driver=loaded, bloc="ILRS", day="2024-12-31")
    members = {r["member"] for r in rows}
    assert members == set(bloc_members(G, "ilrs", as_of="2024-12-31"))
    assert {"CHN", "RUS"} <= members and not members & {"cnsa", "roscosmos"}
    assert len(rows) == len(members)
    assert {r["kind"] for r in rows} == {"Country"}


def test_bloc_members_of_the_csto_follow_uzbekistans_exit_reentry_and_second_exit(loaded, G):
    expected = {"1995-01-01": True, "2000-01-01": False, "2007-01-01": True, "2011-06-01": True,
                "2012-06-28": False, "2013-01-01": False}
    for day, member in expected.items():
        rows = run_query("bloc_members", driver=loaded, bloc="csto", day=day)
        assert ("UZB" in {r["member"] for r in rows}) is member, day
        assert ("UZB" in bloc_members(G, "csto", as_of=day)) is member, day
    # AZE and GEO never got an until: only their 1999 WITHDREW_FROM takes them out
    rows = run_query("bloc_members", driver=loaded, bloc="csto", day="2000-01-01")
    assert not {"AZE", "GEO"} & {r["member"] for r in rows}


def test_bloc_members_of_the_eu_lose_the_united_kingdom_on_31_january_2020(loaded):
    before = run_query("bloc_members", driver=loaded, bloc="eu", day="2020-01-30")
    after = run_query("bloc_members", driver=loaded, bloc="eu", day="2020-01-31")
    assert "GBR" in {r["member"] for r in before}
    assert "GBR" not in {r["member"] for r in after}


@pytest.mark.parametrize("day", ["1995-01-01", "2000-01-01", "2007-01-01", "2020-01-30",
                                 "2020-01-31", "2024-06-12"])
@pytest.mark.parametrize(("a", "b"), [("brics", "sco"), ("nato", "eu"), ("ilrs", "artemis-accords"),
                                      ("csto", "sco")])
def test_bloc_overlap_equals_python_declared_blocs(loaded, G, a, b, day):
    rows = run_query("bloc_overlap", driver=loaded, a=a, b=b, day=day)
    assert_overlap_rows_match(rows, G, a, b, day)


@pytest.mark.parametrize("day", DAYS)
def test_membership_matrix_equals_python_declared_blocs(loaded, G, day):
    blocs = ["nato", "brics", "sco", "eu", "ilrs", "csto"]
    rows = run_query("membership_matrix", driver=loaded, day=day,
                     blocs="NATO,BRICS,SCO,European Union,ILRS,csto")
    assert_matrix_rows_match(rows, G, blocs, day)


@pytest.mark.parametrize("day", ["2000-01-01", "2007-01-01", "2020-01-30", "2020-01-31", "2024-06-12"])
@pytest.mark.parametrize(("a", "b"), [("RUS", "CHN"), ("USA", "GBR"), ("UZB", "RUS"), ("GBR", "FRA"),
                                      ("TUR", "RUS")])
def test_common_blocs_equals_python_declared_blocs(loaded, G, a, b, day):
    rows = run_query("common_blocs", driver=loaded, a=a, b=b, day=day)
    assert_common_rows_match(rows, G, a, b, day)


def test_common_blocs_of_russia_and_china_include_brics_sco_and_ilrs(loaded):
    rows = run_query("common_blocs", driver=loaded, a="Russia", b="China", day="2024-06-12")
    assert {"brics", "sco", "ilrs"} <= {r["bloc"] for r in rows}
    ilrs = next(r for r in rows if r["bloc"] == "ilrs")
    assert {"RUS", "roscosmos"} <= set(ilrs["a_via"]) and {"CHN", "cnsa"} <= set(ilrs["b_via"])


@pytest.mark.parametrize("day", ["2022-01-01", "2024-06-12", "2025-01-01", dt.date.today().isoformat()])
def test_interested_not_joined_equals_python_interest_minus_members(loaded, G, day):
    for target in ("ilrs", "artemis-accords", "brics", "sco", "nato", "eu"):
        rows = run_query("interested_not_joined", driver=loaded, target=target, day=day)
        assert_interest_rows_match(rows, G, target, day)
    rows = run_query("interested_not_joined", driver=loaded, target="ilrs", day=day,
                     relations="SIGNED,RATIFIED")
    assert_interest_rows_match(rows, G, "ilrs", day, {"SIGNED", "RATIFIED"})


def test_interested_not_joined_names_the_four_countries_of_the_story_and_where_sources_differ(
        loaded):
    """Issue 16: the seed story (MENAFN, 2024) says Azerbaijan, Belarus, Egypt and Turkey
    showed interest in the ILRS; official sources list the first three as participants."""
    rows = {r["country"]: r for r in run_query("interested_not_joined", driver=loaded,
                                               target="ILRS")}  # today, as a user runs it
    assert set(rows) == {"AZE", "BLR", "EGY", "TUR"}
    assert {r["publisher"] for r in rows.values()} == {"MENAFN"}
    assert rows["TUR"]["member_since"] is None  # not a participant: no difference
    assert {c: rows[c]["member_since"] for c in ("AZE", "BLR", "EGY")} == {
        "AZE": "2023-10", "BLR": "2023-10", "EGY": "2023-12-06"}
    members = {r["member"]: r for r in run_query("bloc_members", driver=loaded, bloc="ILRS")}
    assert {"AZE", "BLR", "EGY"} <= set(members) and "TUR" not in members
    assert all(members[c]["publisher"] != "MENAFN" for c in ("AZE", "BLR", "EGY"))


# --- a tiny dataset for the corner cases data/ does not (yet) have ----------------------

CORNER_DAYS = ["1995-01-01", "2000-06-01", "2003-06-01", "2006-01-01", "2010-06-01", "2013-01-01",
               "2016-01-01"]


@pytest.mark.parametrize("day", CORNER_DAYS)
def test_membership_queries_equal_python_on_the_corner_cases(corner, day):
    driver, G = corner
    for bloc in ("club", "pact", "council"):
        rows = run_query("bloc_members", driver=driver, bloc=bloc, day=day)
        assert_bloc_members_rows_match(rows, G, bloc, day)
        assert_interest_rows_match(run_query("interested_not_joined", driver=driver, target=bloc, day=day),
                                   G, bloc, day)
    assert_overlap_rows_match(run_query("bloc_overlap", driver=driver, a="club", b="pact", day=day),
                              G, "club", "pact", day)
    assert_matrix_rows_match(run_query("membership_matrix", driver=driver, blocs="club,pact,council",
                                       day=day), G, ["club", "pact", "council"], day)
    for a, b in (("ISL", "NOR"), ("DNK", "LVA"), ("NOR", "EST")):
        assert_common_rows_match(run_query("common_blocs", driver=driver, a=a, b=b, day=day), G, a, b, day)


def test_corner_cases_read_as_the_rule_says(corner):
    driver, _ = corner

    def members(bloc, day, holds="certain"):
        return {r["member"]: r for r in run_query("bloc_members", driver=driver, bloc=bloc, day=day)
                if r["holds"] == holds}

    # a withdrawal known only to the year leaves the membership possible during that year
    assert "DNK" in members("club", "2000-06-01", "possible")

    # an agency's signature makes its country a member, shown with the agency as via
    assert members("pact", "2011-01-01")["ISL"]["via"] == "isl-space"
    assert "isl-space" not in members("pact", "2011-01-01")
    assert members("pact", "2010-06-01", "possible")["ISL"]["via"] == "isl-space"  # signed in 2010
    # the agency's later withdrawal cancels the country's own signature
    assert "NOR" in members("pact", "2013-01-01") and "NOR" not in members("pact", "2016-01-01")
    # out in 2000, back in 2005; a withdrawal dated the day one joined cancels that joining
    assert [("DNK" in members("club", d)) for d in ("1995-01-01", "2000-06-01", "2006-01-01")] == [
        True, False, True]
    assert "SWE" not in members("club", "2003-06-01")
    # an organisation is never a member
    assert "council" not in members("club", "1995-01-01")
    interested = {r["country"]: r for r in run_query("interested_not_joined", driver=driver, target="club",
                                                     day="2004-01-01")}  # interest dated 2003: certain
    assert interested["ISL"]["via"] == "isl-space"
    assert "LVA" not in interested  # a member since 1999
    assert "LVA" not in {r["country"] for r in run_query("interested_not_joined", driver=driver,
                                                         target="club", day="2010-06-01")}
    assert [r["country"] for r in run_query("interested_not_joined", driver=driver, target="pact",
                                            day="2013-01-01")] == ["EST"]
    # a source that reports only interest after another recorded the joining: both stand
    club = {r["country"]: r for r in run_query("interested_not_joined", driver=driver, target="club",
                                               day="2006-01-01")}
    assert (club["LTU"]["member_since"], club["LTU"]["member_source"]) == (
        "2001", "https://example.org/official")
    assert "POL" not in club  # its interest and its joining come from one source
    assert "HUN" not in club  # interested first, joined later: no difference
    assert club["LTU"]["source_url"] == "https://example.org/story"


def test_bloc_members_gives_the_artemis_accords_on_30_june_2025_as_55_certain_and_3_possible(loaded, G):
    """Issue 14: Hungary, Malaysia and the Philippines signed in October 2025; data/ says 2025."""
    rows = run_query("bloc_members", driver=loaded, bloc="artemis-accords", day="2025-06-30")
    certain = [r["member"] for r in rows if r["holds"] == "certain"]
    possible = sorted(r["member"] for r in rows if r["holds"] == "possible")
    assert (len(certain), possible) == (55, ["HUN", "MYS", "PHL"])
    membership = bloc_membership(G, "artemis-accords", as_of="2025-06-30")
    assert (set(certain), set(possible)) == (set(membership.certain), set(membership.possible))


def test_the_readmes_example_on_the_stored_dates_gives_55_certain_and_3_possible_signatories(loaded):
    """README, 'Dates in Neo4j, for your own Cypher': the example query, run as printed."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Dates in Neo4j, for your own Cypher", 1)[1]
    text = section.split("```cypher\n", 1)[1].split("```", 1)[0]
    records = loaded.execute_query(text, database_="neo4j").records
    certain = [r["country"] for r in records if r["holds"] == "certain"]
    possible = [r["country"] for r in records if r["holds"] == "possible"]
    assert (len(certain), possible) == (55, ["HUN", "MYS", "PHL"])
