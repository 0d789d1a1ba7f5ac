"""GEXF 1.3: valid against the format's own XML Schema, and its timeline is the --as-of rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from graphkit.errors import GraphkitError
from graphkit.export import export_graph_of, write_gexf
from graphkit.export.gexf import edge_spell, gexf_bytes
from graphkit.io.graph import filter_as_of
from graphkit.io.periods import holds_on
from tests.data.shared import graph
from tests.export.shared import awkward_graph

NS = {"g": "http://gexf.net/1.3"}
XSD = Path(__file__).parent / "gexf_1_3" / "gexf.xsd"  # gephi/gexf specs/1.3 (ORIGIN.md)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture(scope="module")
def data_gexf() -> etree._ElementTree:
    return etree.fromstring(gexf_bytes(export_graph_of(graph()))).getroottree()


def _valid(schema, doc) -> bool:
    ok = schema.validate(doc)
    assert ok or schema.error_log.last_error is not None
    return ok


def test_gexf_of_data_and_of_a_day_validate_against_the_gexf_1_3_schema(schema, data_gexf, tmp_path):
    assert _valid(schema, data_gexf), schema.error_log
    write_gexf(export_graph_of(awkward_graph(), as_of="2001-06-30"), tmp_path / "a.gexf")
    assert _valid(schema, etree.parse(str(tmp_path / "a.gexf"))), schema.error_log


def test_the_schema_check_fails_a_spell_that_is_not_a_date(schema):
    doc = etree.fromstring(gexf_bytes(awkward_graph()))
    doc.find(".//g:spell", NS).set("start", "June 2025")  # no xs:date, integer or double
    assert not _valid(schema, doc.getroottree())


def test_gexf_is_dynamic_with_dates_and_counts_every_node_and_edge(data_gexf):
    G = graph()
    g = data_gexf.getroot().find("g:graph", NS)
    assert (g.get("mode"), g.get("timeformat"), g.get("defaultedgetype")) == ("dynamic", "date", "directed")
    assert len(g.findall("g:nodes/g:node", NS)) == G.number_of_nodes()
    assert len(g.findall("g:edges/g:edge", NS)) == G.number_of_edges()
    assert {a.get("id"): a.get("type") for a in g.findall("g:attributes[@class='node']/g:attribute", NS)}[
        "aliases"] == "liststring"


@pytest.mark.parametrize(("since", "until", "spell", "precision"), [
    ("2025", None, ("2025-01-01", None), ("year", None)),
    ("2025-10", None, ("2025-10-01", None), ("month", None)),
    ("1998", "2014-03", ("1998-01-01", "2014-03-30"), ("year", "month")),
    ("1973-01-01", "2020-01-31", ("1973-01-01", "2020-01-30"), ("day", "day")),
])
def test_an_edge_spell_starts_on_its_periods_first_day_and_records_the_precision(since, until, spell, precision):
    G = awkward_graph()
    G.remove_edges_from(list(G.edges(keys=True)))
    G.add_edge("XAA", "club", key="MEMBER_OF|x", relation="MEMBER_OF", since=since, **({"until": until} if until else {}))
    edge = etree.fromstring(gexf_bytes(G)).find(".//g:edge", NS)
    got = edge.find("g:spells/g:spell", NS)
    assert (got.get("start"), got.get("end")) == spell
    values = {v.get("for"): v.get("value") for v in edge.findall("g:attvalues/g:attvalue", NS)}
    assert (values["since_precision"], values.get("until_precision")) == precision
    assert values["since"] == since


def test_the_edges_a_day_shows_in_gephi_are_those_export_as_of_keeps(data_gexf):
    """Gephi shows an edge on day d when start <= d <= end: the days --as-of keeps it."""
    G = graph()
    spells = {}
    for e in data_gexf.getroot().iterfind(".//g:edge", NS):
        s = e.find("g:spells/g:spell", NS)
        spells[e.get("id")] = (s.get("start"), s.get("end") or "9999-12-31")
    days = {d for *_, d in G.edges(data=True) for d in (d["since"], d.get("until")) if d}
    probes = set()
    for text in days:  # the edges of every period a date names, and the days around them
        first = dt.date.fromisoformat((text + "-01-01")[:10])
        probes |= {first, first - dt.timedelta(days=1), first + dt.timedelta(days=27)}
    edges = [(f"{u}->{v}|{k}", d["since"], d.get("until")) for u, v, k, d in G.edges(keys=True, data=True)]
    probes = sorted(probes)[::4]  # a spread of them: each day costs a holds_on per edge
    for day in probes:
        iso = day.isoformat()
        shown = {i for i, (a, b) in spells.items() if a <= iso <= b}
        assert shown == {i for i, since, until in edges if holds_on(since, until, iso)}, iso
    assert len(probes) > 75
    nodes = {}
    for n in data_gexf.getroot().iterfind(".//g:node", NS):
        nodes[n.get("id")] = [(s.get("start"), s.get("end") or "9999-12-31") for s in n.iterfind("g:spells/g:spell", NS)]
    for iso in ("1967-01-27", "1991-12-15", "2014-03-15", "2025-06-30"):  # filter_as_of applies the same rule
        shown = {i for i, (a, b) in spells.items() if a <= iso <= b}
        H = filter_as_of(G, iso)
        assert shown == {f"{u}->{v}|{k}" for u, v, k in H.edges(keys=True)}, iso
        assert {n for n, s in nodes.items() if not s or any(a <= iso <= b for a, b in s)} == set(H), iso


def test_edge_spell_of_a_claim_that_never_holds_is_none_and_the_edge_is_left_out():
    assert edge_spell("2014", "2014-01-01") is None
    G = awkward_graph()
    G.add_edge("XAA", "moon", key="SIGNED|2014", relation="SIGNED", since="2014", until="2014-01-01")
    assert len(etree.fromstring(gexf_bytes(G)).findall(".//g:edge", NS)) == 3


def test_gexf_refuses_a_date_that_is_no_date_and_writes_nothing(tmp_path):
    G = awkward_graph()
    G.add_edge("XAA", "moon", key="SIGNED|x", relation="SIGNED", since="20xx")
    with pytest.raises(GraphkitError, match=r"edge 'XAA' -> 'moon' \(SIGNED\|x\): since/until: expected dates"):
        write_gexf(G, tmp_path / "g.gexf")
    assert list(tmp_path.iterdir()) == []


def test_a_countrys_spells_are_its_edges_days_merged_and_other_nodes_have_none():
    G = awkward_graph()  # XAA -> club: 2000 (open), 2001 until 2002-03
    G.add_node("XAB", kind="Country")
    G.add_edge("XAB", "club", key="MEMBER_OF|1990", relation="MEMBER_OF", since="1990", until="1991")
    G.add_edge("XAB", "club", key="MEMBER_OF|1993-05", relation="MEMBER_OF", since="1993-05", until="1994-01-01")
    G.add_edge("XAB", "moon", key="SIGNED|1993-12-31", relation="SIGNED", since="1993-12-31", until="1995")
    doc = etree.fromstring(gexf_bytes(G))
    spells = {n.get("id"): [(s.get("start"), s.get("end")) for s in n.iterfind("g:spells/g:spell", NS)]
              for n in doc.iterfind(".//g:node", NS)}
    assert spells == {
        "XAA": [("2000-01-01", None)],
        "XAB": [("1990-01-01", "1991-12-30"), ("1993-05-01", "1995-12-30")],
        "club": [], "moon": [],
    }
