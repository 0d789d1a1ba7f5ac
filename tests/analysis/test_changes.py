"""changes_between on small graphs worked out by hand: every kind of change, every precision."""

import pytest

from graphkit.analysis.changes import changes_between
from graphkit.errors import GraphkitError

from .graphs import graph

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "XAD": "Country",
         "XAE": "Country", "XAF": "Country", "x": "Agreement", "g": "Organisation",
         "ag": "Agency"}


def members(ch):
    return [(m.bloc, m.country, m.change, m.before, m.after) for m in ch.members]


def test_changes_between_names_each_kind_of_member_change():
    G = graph(NODES, [
        ("XAA", "SIGNED", "x", "2025-04-08"),                  # day inside: joined
        ("XAB", "SIGNED", "x", "2025"),                        # year of both days: became certain
        ("XAC", "SIGNED", "x", "2026-03"),                     # month holding the end: possible
        ("XAD", "SIGNED", "x", "2019"),                        # withdrew on a day inside: left
        ("XAD", "WITHDREW_FROM", "x", "2025-09-01"),
        ("XAE", "SIGNED", "x", "2019"),                        # withdrew some day of the end's
        ("XAE", "WITHDREW_FROM", "x", "2026-03"),              # month: became possible
        ("XAF", "SIGNED", "x", "2019", "2025"),                # until the start's year: left
    ])
    ch = changes_between(G, "2025-01-01", "2026-03-15")
    assert (ch.start, ch.end, ch.blocs) == ("2025-01-01", "2026-03-15", ("x",))
    assert members(ch) == [
        ("x", "XAA", "joined", "no", "certain"),
        ("x", "XAB", "became certain", "possible", "certain"),
        ("x", "XAC", "became possible", "no", "possible"),
        ("x", "XAD", "left", "certain", "no"),
        ("x", "XAE", "became possible", "certain", "possible"),
        ("x", "XAF", "left", "possible", "no"),
    ]


def test_changes_between_cites_the_withdrawal_for_a_leaver_and_the_claim_for_a_joiner():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2025-04-08"), ("XAD", "SIGNED", "x", "2019"),
                      ("XAD", "WITHDREW_FROM", "x", "2025-09-01",
                       "", {"source_url": "https://example.org/w", "evidence": "It left."})])
    ch = changes_between(G, "2025-01-01", "2025-12-31")
    joined, left = ch.members
    assert [(c.relation, c.since, c.source_url) for c in joined.claims] == [
        ("SIGNED", "2025-04-08", "https://example.org/a")]
    assert [(c.relation, c.since, c.source_url, c.evidence) for c in left.claims] == [
        ("WITHDREW_FROM", "2025-09-01", "https://example.org/w", "It left.")]


def test_changes_between_lists_claims_that_started_ended_or_both_with_their_source():
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "2025-03", "2025-05"),  # both inside
                      ("XAB", "MEMBER_OF", "g", "2000", "2025-06-30"),  # ended inside
                      ("XAC", "PARTNER_OF", "x", "2025"),               # started, a year
                      ("XAD", "MEMBER_OF", "g", "2024-12-31"),          # before: unchanged
                      ("XAE", "MEMBER_OF", "g", "2026")])               # after: unchanged
    ch = changes_between(G, "2025-01-01", "2025-12-30")
    assert [(e.subject, e.relation, e.change, e.before, e.after) for e in ch.edges] == [
        ("XAB", "MEMBER_OF", "ended", "certain", "no"),
        ("XAC", "PARTNER_OF", "started", "possible", "possible"),
        ("XAA", "MEMBER_OF", "started and ended", "no", "no"),
    ]
    assert {e.source_url for e in ch.edges} == {"https://example.org/a"}
    assert members(ch) == [("g", "XAB", "left", "certain", "no")]


def test_changes_between_a_start_day_change_is_already_in_the_baseline():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2025-01-01"), ("XAB", "SIGNED", "x", "2025-12-31")])
    ch = changes_between(G, "2025-01-01", "2025-12-31")
    assert members(ch) == [("x", "XAB", "joined", "no", "certain")]
    assert [e.subject for e in ch.edges] == ["XAB"]


def test_changes_between_given_blocs_keeps_to_them_and_counts_an_agency_for_its_country():
    G = graph(NODES, [("ag", "AGENCY_OF", "XAA", "1990"), ("ag", "SIGNED", "x", "2025-02-02"),
                      ("XAB", "MEMBER_OF", "g", "2025-02-02")])
    ch = changes_between(G, "2025-01-01", "2025-12-31", ["x"])
    assert members(ch) == [("x", "XAA", "joined", "no", "certain")]
    assert [c.subject for c in ch.members[0].claims] == ["ag"]
    assert [(e.subject, e.object) for e in ch.edges] == [("ag", "x")]
    assert ch.rows()[0] == {
        "section": "member", "object": "x", "subject": "XAA", "via": "ag", "change": "joined",
        "before": "no", "after": "certain", "relation": "SIGNED", "since": "2025-02-02",
        "until": "", "publisher": "Example", "source_url": "https://example.org/a",
        "evidence": "Quote."}
    assert [r["section"] for r in ch.rows()] == ["member", "claim"]


def test_changes_between_refuses_days_in_the_wrong_order_or_not_days():
    G = graph(NODES, [])
    with pytest.raises(GraphkitError, match=r"^the second day \(2024-01-01\) is before the first \(2025-01-01\)$"):
        changes_between(G, "2025-01-01", "2024-01-01")
    with pytest.raises(GraphkitError, match=r"^start: expected a"):
        changes_between(G, "2025", "2025-12-31")
