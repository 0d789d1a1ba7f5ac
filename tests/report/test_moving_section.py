"""The bloc report's "Blocs that move" section: on a small graph whose one move is known,
and on data/."""

from __future__ import annotations

from html import unescape

import networkx as nx
import pytest

from graphkit.io.graph import read_graph
from graphkit.report import bloc_report, to_html, to_markdown
from graphkit.report.moving import REPORT_YEARS
from tests.conftest import DATA

SRC = {"publisher": "Example", "evidence": "Quoted."}


def _moving_graph() -> nx.MultiDiGraph:
    """Three blocs of four; on 2003-09-01 XAB leaves West for East and starts two
    programmes with East's members: it moves that year, and only then."""
    G = nx.MultiDiGraph()
    for bloc in ("west", "east", "north"):
        G.add_node(bloc, kind="Organisation", name=bloc.title(), aliases=[])
        for c in "ABCD":
            country = {"west": "XA", "east": "XB", "north": "XC"}[bloc] + c
            G.add_node(country, kind="Country", name=f"Country {country}", aliases=[])
            G.add_edge(country, bloc, relation="MEMBER_OF", since="2000",
                       source_url=f"https://e.org/{country}", **SRC)
    G.nodes["XAB"]["name"] = "<script>x</script> Land"
    G.add_edge("XAB", "west", relation="WITHDREW_FROM", since="2003-09-01",
               source_url="https://e.org/out", **SRC)
    G.add_edge("XAB", "east", relation="MEMBER_OF", since="2003-09-01",
               source_url="https://e.org/in", **SRC)
    for i, partner in enumerate(["XBA", "XBB"]):
        G.add_node(f"p{i}", kind="Programme", name=f"P{i}", aliases=[])
        G.add_edge("XAB", f"p{i}", relation="COOPERATES_ON", since="2003-09-01",
                   source_url=f"https://e.org/p{i}", **SRC)
        G.add_edge(partner, f"p{i}", relation="COOPERATES_ON", since="2000",
                   source_url=f"https://e.org/q{i}", **SRC)
    return G


def test_the_section_names_the_move_its_claims_and_their_numbered_sources():
    r = bloc_report(_moving_graph(), ["west", "east"], as_of="2005-06-30", seed=0)
    m = r.moving
    assert m["years"] == list(range(2000, 2006)) and m["from"] == 2005 - REPORT_YEARS + 1
    [move] = m["moves"]
    assert (move["country"], move["year"], move["from"], move["to"]) == (
        "XAB", 2003, "~West", "~East")
    assert sorted((c["relation"], c["object"]) for c in move["claims"]) == [
        ("COOPERATES_ON", "p0"), ("COOPERATES_ON", "p1"), ("MEMBER_OF", "east"),
        ("WITHDREW_FROM", "west")]
    cited = {s["n"]: s["source_url"] for s in r.sources}
    assert {cited[n] for n in move["sources"]} == {
        "https://e.org/out", "https://e.org/in", "https://e.org/p0", "https://e.org/p1"}
    [row] = m["timeline"]
    assert row["country"] == "XAB"
    assert [name for _, name in row["path"]] == ["~West"] * 3 + ["~East"] * 3
    assert "the last year, 2005, is the projection on 2005-06-30, not on 31 December" \
        in m["caveats"]


def test_the_section_renders_a_chart_and_a_table_with_user_text_escaped():
    r = bloc_report(_moving_graph(), ["west", "east"], as_of="2005-06-30", seed=0)
    html, md = to_html(r), to_markdown(r)
    assert "<h2>Blocs that move, 2000 to 2005-06-30</h2>" in html
    section = html[html.index("<h2>Blocs that move"):]
    section = section[:section.index("<h2>", 4)]
    assert section.count("<svg") == 1 and 'aria-label="blocs that move"' in section
    assert "&lt;script&gt;x&lt;/script&gt; Land, 2003: ~East" in section
    assert "<script>" not in html
    assert "31 December of each year from 2000 to 2004, and the country projection on the " \
        "report's day, 2005-06-30, for 2005" in unescape(section)
    numbers = r.moving["moves"][0]["sources"]
    assert all(f'<a href="#src-{n}">[{n}]</a>' in section for n in numbers)
    assert "| 2003 | XAB | \\<script\\>x\\</script\\> Land | \\~West | \\~East |" in md.replace(
        "&lt;", "\\<").replace("&gt;", "\\>")


def test_before_the_move_the_section_has_nobody_moving():
    r = bloc_report(_moving_graph(), ["west", "east"], as_of="2003-06-30", seed=0)
    assert r.moving["years"] == [2000, 2001, 2002, 2003]
    assert r.moving["moves"] == [] and r.moving["timeline"] == []
    section = to_markdown(r).split("## Blocs that move, 2000 to 2003-06-30", 1)[1]
    assert section.split("## ", 1)[0].count("| none |") == 1


@pytest.fixture(scope="module")
def curated_report():
    return bloc_report(read_graph(DATA), ["ILRS", "Artemis Accords"], as_of="2024-06-30",
                       seed=0)


def test_on_data_each_move_cites_the_country_own_claims_of_its_year_up_to_the_day(
        curated_report):
    m = curated_report.moving
    assert m["years"][-1] == 2024 and m["years"][0] >= 2024 - REPORT_YEARS + 1
    assert m["moves"]
    cited = {s["n"]: s["source_url"] for s in curated_report.sources}
    for move in m["moves"]:
        assert move["from"] != move["to"]
        for c in move["claims"]:
            dates = [x for x in (c["since"], c["until"]) if x[:4] == str(move["year"])]
            assert dates and all(x <= "2024-06-30" for x in dates), move
        assert len(move["sources"]) == len({cited[n] for n in move["sources"]})
        assert bool(move["claims"]) == bool(move["sources"])
    assert {t["country"] for t in m["timeline"]} == {x["country"] for x in m["moves"]}
