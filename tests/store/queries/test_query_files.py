"""The query files and their headers: parsing, the declared-vs-used check; converting parameters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphkit.errors import NodeNotFound, QueryError
from graphkit.schema import load_schema
from graphkit.store.queries import convert_params
from graphkit.store.query_files import (
    QUERY_DIR,
    get_query,
    list_queries,
    load_queries,
    parameter_names,
)

REPO = Path(__file__).resolve().parents[3]

GOOD = """// name: {name}
// summary: Members of a bloc.
// params:
//   bloc: node  the bloc (example: ILRS)
//   relations: list<relation>  types (example: MEMBER_OF; default: bloc)
// returns: member
// mode: read
MATCH (m)-[r]->(:Entity {{id: $bloc}}) WHERE type(r) IN $relations RETURN m.id AS member ORDER BY member
"""


def write_query(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_query_dir_is_the_repo_top_level_cypher_queries_folder():
    assert QUERY_DIR == REPO / "cypher" / "queries"
    assert sorted(p.stem for p in QUERY_DIR.glob("*.cypher")) == sorted(load_queries())


def test_saved_queries_cover_the_issue_list_with_examples_for_every_param():
    queries = load_queries()
    assert {"bloc_members", "common_blocs", "interested_not_joined", "bloc_overlap",
            "joint_cooperation", "timeline", "shortest_paths", "neighbourhood",
            "membership_matrix", "claims_about"} <= set(queries)
    for query in queries.values():
        assert query.mode == "read", query.name
        assert query.summary and query.returns, query.name
        assert all(p.example for p in query.params), query.name
        assert "ORDER BY" in query.text, f"{query.name}: every query orders its rows"


def test_list_queries_rows_name_summary_and_params():
    rows = {q.name: q.row() for q in list_queries()}
    assert rows["neighbourhood"]["params"].startswith("node: node (e.g. ILRS), k: integer[1..4] (e.g. 2)")
    assert rows["bloc_members"]["mode"] == "read"


def test_get_query_accepts_kebab_case_and_lists_names_when_unknown():
    assert get_query("bloc-members").name == "bloc_members"
    with pytest.raises(QueryError, match=r"no saved query 'nope'; expected one of .*bloc_members"):
        get_query("nope")


def test_parameter_names_ignore_strings_comments_and_backtick_names():
    text = ("// uses $a in a comment\nMATCH (n:`$b`) /* $c */ WHERE n.x = '$d \\' $e' "
            "AND n.y = \"$f\" AND n.z = $g\nRETURN $`h i` AS h")
    assert parameter_names(text) == {"g": 2, "h i": 3}


def test_load_queries_names_file_and_line_of_a_declared_but_unused_param(tmp_path):
    folder = tmp_path / "cypher" / "queries"
    write_query(folder, "x", GOOD.format(name="x").replace("WHERE type(r) IN $relations ", ""))
    with pytest.raises(QueryError) as info:
        load_queries(folder)
    assert str(info.value) == "cypher/queries/x.cypher:5: param 'relations' declared but never used"


def test_load_queries_names_the_line_of_a_used_but_undeclared_param(tmp_path):
    folder = tmp_path / "cypher" / "queries"
    write_query(folder, "y", GOOD.format(name="y").replace("RETURN m.id", "AND m.x = $extra RETURN m.id"))
    with pytest.raises(QueryError) as info:
        load_queries(folder)
    assert str(info.value) == "cypher/queries/y.cypher:8: param 'extra' used but not declared in the header"


def test_load_queries_reports_every_bad_file_and_header_together(tmp_path):
    folder = tmp_path / "cypher" / "queries"
    write_query(folder, "ok", GOOD.format(name="ok"))
    write_query(folder, "a", GOOD.format(name="other").replace("list<relation>", "list<colour>"))
    write_query(folder, "b", "MATCH (n) RETURN n\n")
    with pytest.raises(QueryError) as info:
        load_queries(folder)
    message = str(info.value)
    assert "cypher/queries/a.cypher:1: name 'other' differs from the file name 'a'" in message
    assert "cypher/queries/a.cypher:5: param 'relations': unknown type 'list<colour>'" in message
    assert "cypher/queries/b.cypher:1: header line '// name:' missing" in message
    assert "ok.cypher" not in message


def test_load_queries_requires_an_example_for_each_param(tmp_path):
    folder = tmp_path / "cypher" / "queries"
    write_query(folder, "z", GOOD.format(name="z").replace("(example: ILRS)", ""))
    with pytest.raises(QueryError, match=r"z.cypher:4: param 'bloc': description needs '\(example: ...\)'"):
        load_queries(folder)


TYPED = """// name: typed
// summary: Every parameter type.
// params:
//   s: string  text (example: x)
//   i: integer  count (example: 3)
//   f: float  share (example: 0.5)
//   d: date  day (example: 2024-06-12)
//   names: list<string>  names (example: a,b)
//   n: node  a node (example: RUS; default: RUS)
// returns: s
// mode: read
RETURN $s AS s, $i AS i, $f AS f, $d AS d, $names AS names, $n AS n ORDER BY s
"""


@pytest.fixture
def typed(tmp_path):
    folder = tmp_path / "cypher" / "queries"
    write_query(folder, "typed", TYPED)
    return load_queries(folder)["typed"]


def test_convert_params_parses_command_line_text_by_type(typed):
    got = convert_params(typed, {"s": "it's {x} `y` MATCH", "i": " 7", "f": "1e-3", "d": "2024-06-12",
                                 "names": " a, b ,,c"})
    assert got == {"s": "it's {x} `y` MATCH", "i": 7, "f": 0.001, "d": "2024-06-12",
                   "names": ["a", "b", "c"], "n": "RUS"}


def test_convert_params_accepts_python_values(typed):
    got = convert_params(typed, {"s": "x", "i": 2, "f": 1, "d": dt.date(2020, 1, 31), "names": ("p", "q")})
    assert (got["i"], got["f"], got["d"], got["names"]) == (2, 1.0, "2020-01-31", ["p", "q"])


@pytest.mark.parametrize(("key", "value", "message"), [
    ("i", "2.5", "typed: param 'i': expected an integer, got '2.5'"),
    ("i", True, "typed: param 'i': expected an integer, got True"),
    ("f", "half", "typed: param 'f': expected a number such as 0.5, got 'half'"),
    ("d", "2024-13-01", "typed: param 'd': expected a real date as YYYY-MM-DD, got '2024-13-01'"),
    ("d", "2024-06", "typed: param 'd': expected a real date as YYYY-MM-DD, got '2024-06'"),
    ("s", 5, "typed: param 's': expected a string, got 5"),
])
def test_convert_params_names_param_expectation_and_value_when_ill_typed(typed, key, value, message):
    values = {"s": "x", "i": "1", "f": "1", "d": "2024-01-01", "names": "a"} | {key: value}
    with pytest.raises(QueryError) as info:
        convert_params(typed, values)
    assert str(info.value) == message


def test_convert_params_names_missing_params_with_type_and_example(typed):
    with pytest.raises(QueryError) as info:
        convert_params(typed, {"s": "x", "i": "1", "f": "1"})
    assert str(info.value) == ("typed: missing param 'd', 'names'; expected d: date (e.g. 2024-06-12); "
                               "names: list<string> (e.g. a,b)")


def test_convert_params_refuses_unknown_params_listing_the_expected_ones(typed):
    with pytest.raises(QueryError, match=r"typed: unknown param 'day', 'x'; expected s: string"):
        convert_params(typed, {"s": "x", "i": "1", "f": "1", "d": "2024-01-01", "names": "a",
                               "day": "1", "x": "2"})


def test_convert_params_expands_bloc_and_all_and_checks_relations_against_the_schema():
    query = get_query("bloc_members")
    schema = load_schema()
    got = convert_params(query, {"bloc": "x", "relations": "bloc,expressed_interest_in"})
    assert got["relations"] == [*schema.bloc_relations, "EXPRESSED_INTEREST_IN"]
    assert convert_params(query, {"bloc": "x", "day": "2020-02-29"})["relations"] == list(schema.bloc_relations)
    assert convert_params(get_query("neighbourhood"), {"node": "x", "k": 1})["relations"] == \
        sorted(schema.relationship_types)
    with pytest.raises(QueryError) as caught:
        convert_params(query, {"bloc": "x", "relations": "MEMBER_OF,FRIEND_OF"})
    listed = ", ".join(sorted(schema.relationship_types))  # every relation of schema.yaml, sorted
    assert str(caught.value) == (f"bloc_members: param 'relations': expected bloc, all or a relation "
                                 f"listed in schema.yaml ({listed}), got 'MEMBER_OF,FRIEND_OF'")


def test_convert_params_date_default_today_and_integer_bounds():
    query = get_query("neighbourhood")
    assert convert_params(get_query("bloc_members"), {"bloc": "x"})["day"] == dt.date.today().isoformat()
    assert convert_params(query, {"node": "x", "k": "4"})["k"] == 4
    for bad in ("0", "5", -1):
        with pytest.raises(QueryError, match="param 'k': expected an integer from 1 to 4"):
            convert_params(query, {"node": "x", "k": bad})


def test_convert_params_resolves_node_names_and_aliases_to_ids():
    nodes = {"TUR": {"name": "Türkiye", "aliases": []}, "ilrs": {"name": "International Lunar "
             "Research Station", "aliases": ["ILRS"]}, "nato": {"name": "NATO", "aliases": []}}
    query = get_query("membership_matrix")
    assert convert_params(query, {"blocs": "ILRS,nato"}, nodes=nodes)["blocs"] == ["ilrs", "nato"]
    assert convert_params(get_query("claims_about"), {"node": "Turkey"}, nodes=nodes) == {"node": "TUR"}
    with pytest.raises(NodeNotFound, match=r"no node matches \"x'}\) RETURN 1 //\""):
        convert_params(get_query("claims_about"), {"node": "x'}) RETURN 1 //"}, nodes=nodes)


def test_saved_queries_compare_days_through_the_stored_bounds_named_in_the_schema():
    """Issue 14: the loader stores each date's first and last day (neo4j.date_bounds); the
    queries use those, never the text dates turned into a day inline."""
    import re

    bounds = {name for names in load_schema().date_bounds.values() for name in names}
    assert bounds == {"since_first", "since_last", "until_first", "until_last"}
    used = set()
    for query in load_queries().values():
        code = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("//"))
        assert not re.search(r"date\(\s*\w+\.(since|until)\s*\)|size\(\s*\w+\.(since|until)\s*\)", code), query.name
        found = set(re.findall(r"\.(\w+_(?:first|last))\b", code))
        assert found <= bounds, (query.name, found - bounds)
        used |= found
    assert used == bounds
