"""The names schema.yaml gives a role (``roles``, ``neo4j``) are written there and nowhere else.

Python under graphkit/ reads them from :class:`graphkit.schema.Schema`, the page script
from the page's data. Docstrings may name them (they explain, and their examples build
graphs); graphkit/store/ is left out until its owner moves its last literals.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from graphkit.errors import SchemaError
from graphkit.schema import load_schema
from graphkit.schema.model import SCHEMA_PATH

PACKAGE = Path(__file__).resolve().parents[2] / "graphkit"
NOT_YET = PACKAGE / "store"
TEXT_SUFFIXES = {".js", ".html", ".css", ".yaml", ".cypher"}


def special_names() -> set[str]:
    """Every name the schema gives a role, as the schema spells it."""
    s = load_schema()
    return {s.country_kind, s.country_label, s.agency_relation, s.withdrawal_relation,
            *s.courting_relations, *s.bloc_anchor_kinds, *s.default_bloc_anchor_kinds,
            s.base_label, s.lock_label}


def names_pattern(names: set[str]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\b")


def _where(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent)) if PACKAGE in path.parents else path.name


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (module, class, function)."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                ids.add(id(body[0].value))
    return ids


def literals_in_python(path: Path, pattern: re.Pattern) -> list[str]:
    """``file:line: 'literal'`` for each string constant, docstrings aside, naming one."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = [node for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and id(node) not in docs and pattern.search(node.value)]
    return [f"{_where(path)}:{node.lineno}: {node.value!r}"
            for node in sorted(found, key=lambda n: (n.lineno, n.col_offset))]


def literals_in_text(path: Path, pattern: re.Pattern) -> list[str]:
    """``file:line: text`` for each line of a page asset or other text file naming one."""
    return [f"{_where(path)}:{i}: {line.strip()}"
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            if pattern.search(line)]


def test_no_special_name_is_written_outside_the_schema():
    pattern = names_pattern(special_names())
    hits, read = [], 0
    for path in sorted(PACKAGE.rglob("*")):
        if not path.is_file() or path == SCHEMA_PATH or NOT_YET in path.parents:
            continue
        if path.suffix == ".py":
            hits += literals_in_python(path, pattern)
        elif path.suffix in TEXT_SUFFIXES:
            hits += literals_in_text(path, pattern)
        else:
            continue
        read += 1
    assert read > 40 and (PACKAGE / "render" / "assets" / "graph.js").exists()
    assert hits == []


def test_the_scan_finds_a_literal_in_code_and_in_the_page_script_but_not_in_a_docstring(tmp_path):
    pattern = names_pattern(special_names())
    code = tmp_path / "m.py"
    code.write_text('"""Counts Country nodes."""\n\ndef f(G):\n    """Only Country."""\n'
                    '    return [n for n, k in G.nodes(data="kind") if k == "Country"]\n'
                    'X = f"{1} AGENCY_OF"\n', encoding="utf-8")
    script = tmp_path / "graph.js"
    script.write_text('var a = 1;\nif (n.gk.kind === "Country") hide();\n', encoding="utf-8")
    assert literals_in_python(code, pattern) == ["m.py:5: 'Country'", "m.py:6: ' AGENCY_OF'"]
    assert literals_in_text(script, pattern) == [
        'graph.js:2: if (n.gk.kind === "Country") hide();']


def test_special_names_are_the_roles_schema_yaml_gives():
    s = load_schema()
    assert (s.country_kind, s.agency_relation, s.withdrawal_relation) == (
        "Country", "AGENCY_OF", "WITHDREW_FROM")
    assert s.courting_relations == ("EXPRESSED_INTEREST_IN", "PARTNER_OF")
    assert s.bloc_anchor_kinds == ("Organisation", "Agreement", "Programme")
    assert s.default_bloc_anchor_kinds == ("Programme", "Agreement")
    assert (s.base_label, s.country_label) == ("Entity", "Country")
    assert len(s.bloc_colors) == 9 and s.other_color not in s.bloc_colors


def _schema_with(tmp_path, old: str, new: str) -> Path:
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "schema.yaml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    return bad


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  country: Country\n", "  country: Nation\n",
     "schema.yaml: roles.country: unknown node kind 'Nation'; expected one of ["),
    ("  agency_relation: AGENCY_OF\n", "  agency_relation: RUNS\n",
     "schema.yaml: roles.agency_relation: unknown relation 'RUNS'; expected one of ["),
    ("  withdrawal_relation: WITHDREW_FROM\n", "  withdrawal_relation: LEFT\n",
     "schema.yaml: roles.withdrawal_relation: unknown relation 'LEFT'"),
    ("courting_relations: [EXPRESSED_INTEREST_IN, PARTNER_OF]",
     "courting_relations: [EXPRESSED_INTEREST_IN, FLIRTS_WITH]",
     "schema.yaml: roles.courting_relations: unknown relation 'FLIRTS_WITH'"),
    ("bloc_anchor_kinds: [Organisation, Agreement, Programme]",
     "bloc_anchor_kinds: [Organisation, Treaty]",
     "schema.yaml: roles.bloc_anchor_kinds: unknown node kind 'Treaty'"),
    ("courting_relations: [EXPRESSED_INTEREST_IN, PARTNER_OF]",
     "courting_relations: [EXPRESSED_INTEREST_IN, SIGNED]",
     "schema.yaml: roles.courting_relations: SIGNED has bloc: true"),
    ("  agency_relation: AGENCY_OF\n", "  agency_relation: PART_OF\n",
     "schema.yaml: roles.agency_relation: PART_OF must be able to reach the country kind"),
    ("default_bloc_anchor_kinds: [Programme, Agreement]",
     "default_bloc_anchor_kinds: [Programme, Agency]",
     "schema.yaml: roles: expected default_bloc_anchor_kinds within bloc_anchor_kinds"),
    ("  several: \"#2B2B2B\"\n", "  several: dark\n",
     "schema.yaml: palette.several: expected colours as #RRGGBB, got 'dark'"),
    ("  base_label: Entity\n", "",
     "schema.yaml: neo4j: missing key 'base_label'"),
])
def test_load_schema_names_the_key_of_a_bad_role(tmp_path, old, new, message):
    with pytest.raises(SchemaError) as info:
        load_schema(_schema_with(tmp_path, old, new))
    assert str(info.value).startswith(message)
