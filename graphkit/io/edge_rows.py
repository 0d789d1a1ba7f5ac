"""Edge rows checked one at a time, as ``graphkit validate`` checks them.

:class:`CsvRows` reads the rows of one CSV file (header first, each row with the line it
starts on) from its text or from the open file, so a large file streams. :class:`EdgeCheck`
checks one edge row against the schema and the nodes (every problem as file, line, field
and expectation) and remembers each claim it has seen, to find duplicates. With
``keep=True`` it returns each good row as an :class:`~graphkit.io.read.Edge`-like tuple of
fields for :mod:`graphkit.io.read`; with ``keep=False`` (:func:`check_edge_files`) it
keeps nothing of a row but a 64-bit hash of its claim, so memory grows by a few dozen
bytes per claim and not with the text; a repeated hash is confirmed by reading the first
row again, so a hash collision never reports a duplicate that is not one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.errors import DataProblem
from graphkit.io.countries import country_info, is_iso3, looks_like_code, to_iso3
from graphkit.io.dates import parse_full_date, parse_partial_date
from graphkit.io.files import display_path
from graphkit.schema import Schema

__all__ = ["SLUG", "URL", "CsvRows", "EdgeCheck", "check_edge_files", "country_fields", "endpoint"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
csv.field_size_limit(16 * 1024 * 1024)  # long evidence quotes are fine; the default is 128 KiB


class CsvRows:
    """Rows of one CSV file with the line each starts on, tolerant of BOM, CRLF and spaces.

    ``lines`` is the text (a ``str``) or an open text file (``newline=""``). The header is
    checked before any row is read (unknown, duplicate and missing columns); when a required
    column is missing, no row is read at all. Problems go to ``problems``.
    """

    def __init__(self, name: str, lines: str | Iterable[str], problems: list[DataProblem], *,
                 required: Iterable[str], allowed: Iterable[str]):
        self.name, self.problems = name, problems
        self.lines = io.StringIO(lines, newline="") if isinstance(lines, str) else lines
        self.required, self.allowed = tuple(required), set(allowed)
        self.header: list[str] = []

    def _problem(self, line: int, field: str, message: str) -> None:
        self.problems.append(DataProblem(self.name, line, field, message))

    def _header_ok(self) -> bool:
        seen = set()
        for col in self.header:
            if col not in self.allowed:
                self._problem(1, col or "(empty)",
                              f"unknown column; expected one of {', '.join(sorted(self.allowed))}")
            elif col in seen:
                self._problem(1, col, "duplicate column; expected each column once")
            seen.add(col)
        missing = [col for col in self.required if col not in self.header]
        for col in missing:
            self._problem(1, col, "missing required column")
        return not missing

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        # newline="" keeps U+2028, form feeds and CRLF inside quoted fields where they belong;
        # strict mode turns an unclosed quote into an error instead of swallowing the file.
        reader = csv.reader(self.lines, strict=True)
        start = 1
        try:
            try:
                self.header = [h.strip() for h in next(reader)]
            except StopIteration:
                self._problem(1, "file", "expected a header row")
                return
            if self.header:
                self.header[0] = self.header[0].removeprefix("\ufeff")
            if not self._header_ok():
                return
            start = reader.line_num + 1
            for values in reader:
                line, start = start, reader.line_num + 1
                if not any(v.strip() for v in values):
                    continue
                if len(values) > len(self.header):
                    self._problem(line, "row", f"expected {len(self.header)} values, got {len(values)}")
                    continue
                values += [""] * (len(self.header) - len(values))
                yield line, {h: v.strip() for h, v in zip(self.header, values)}
        except csv.Error as exc:
            self._problem(start, "row", f"expected well-formed CSV ({exc}); "
                                        "is a quote left open from this line on?")


def endpoint(text: str, nodes: dict) -> tuple[str | None, str]:
    """Resolve an edge end to a node id, or say what was expected."""
    if text in nodes:
        return text, ""
    if looks_like_code(text):
        if is_iso3(text):
            return text, ""
        return None, f"expected a valid ISO 3166-1 alpha-3 country code, got {text!r}"
    iso3 = to_iso3(text) if not SLUG.match(text) or len(text) == 3 else None
    if iso3:
        return iso3, ""
    hint = ""
    lowered = text.lower().replace(" ", "-").replace("_", "-")
    if lowered in nodes:
        hint = f" (did you mean {lowered!r}?)"
    return None, (f"expected a node id from data/nodes/, an ISO 3166-1 alpha-3 code "
                  f"or a country name, got {text!r}{hint}")


def country_fields(iso3: str, schema: Schema) -> dict:
    """The fields of the node a country code stands for (a Node's keyword arguments)."""
    info = country_info(iso3)
    return {"id": iso3, "kind": schema.country_kind, "name": info.name,
            "aliases": tuple(sorted({info.official_name} - {info.name})),
            "continent": info.continent, "un_region": info.un_region}


class EdgeCheck:
    """Checks edge rows one by one against ``schema`` and ``nodes`` (id -> object with ``kind``).

    ``check(name, line, row)`` appends each problem to ``problems`` and returns the row's
    claim ``(subject, relation, object, since)`` with its ends resolved, or ``None``; the
    values of its typed columns (``edge_columns.types``) are then in ``typed``, as
    ``(column, value)`` pairs. Country
    codes met are collected in ``countries`` (code -> kind). With ``keep=True`` the first
    location of each claim is remembered exactly; with ``keep=False`` only a hash of it, and
    ``locate(name, line)`` must re-read a row to confirm a repeat (see the module docstring).
    """

    def __init__(self, schema: Schema, nodes: dict, problems: list[DataProblem], *, keep: bool = True,
                 locate=None):
        self.schema, self.nodes, self.problems = schema, nodes, problems
        self.keep, self.locate = keep, locate
        self.countries: dict[str, str] = {}
        self.seen: dict = {}
        self.typed: list[tuple[str, object]] = []
        self.ends: dict[str, tuple[str | None, str]] = {}
        self.dates: dict[tuple, str] = {}
        self.relation_names = ", ".join(sorted(schema.relations))

    def endpoint(self, text: str) -> tuple[str | None, str]:
        """:func:`endpoint` of ``text``, remembered: an import repeats a few hundred names."""
        found = self.ends.get(text)
        if found is None:
            found = self.ends[text] = endpoint(text, self.nodes)
        return found

    def date_problem(self, text: str, parse) -> str:
        """What is wrong with the date ``text`` for ``parse`` ('' if nothing), remembered."""
        key = (text, parse)
        if key not in self.dates:
            try:
                parse(text)
                self.dates[key] = ""
            except ValueError as exc:
                self.dates[key] = str(exc)
        return self.dates[key]

    def kind(self, node_id: str) -> str:
        node = self.nodes.get(node_id)
        return node.kind if node is not None else self.countries[node_id]

    def check(self, name: str, line: int, row: dict[str, str]) -> tuple[str, str, str, str] | None:
        schema, problems = self.schema, self.problems

        def problem(col: str, message: str) -> None:
            problems.append(DataProblem(name, line, col, message))

        ok = True
        for col in schema.edge_required:
            if not row.get(col):
                problem(col, "missing required value")
                ok = False
        ends = {}
        for col in ("subject", "object"):
            if row.get(col):
                node_id, message = self.endpoint(row[col])
                if node_id is None:
                    problem(col, message)
                    ok = False
                else:
                    ends[col] = node_id
                    if node_id not in self.nodes and node_id not in self.countries:
                        self.countries[node_id] = schema.country_kind
        relation = schema.relations.get(row.get("relation", ""))
        if row.get("relation") and relation is None:
            problem("relation", f"expected one of {self.relation_names}, got {row['relation']!r}")
            ok = False
        if relation and len(ends) == 2:
            kinds = [self.kind(ends[c]) for c in ("subject", "object")]
            if not relation.allows(*kinds):
                problem("relation", f"{relation.type} may not join {kinds[0]} -> {kinds[1]}; "
                                    f"expected {'|'.join(relation.source)} -> {'|'.join(relation.target)}")
                ok = False
        for col in ("since", "until"):
            if row.get(col):
                wrong = self.date_problem(row[col], parse_partial_date)
                if wrong:
                    problem(col, f"{wrong}, got {row[col]!r}")
                    ok = False
        if ok and row.get("until") and row["until"] <= row["since"]:
            problem("until", f"expected a date after since ({row['since']}), got {row['until']!r}")
            ok = False
        if row.get("retrieved"):
            wrong = self.date_problem(row["retrieved"], parse_full_date)
            if wrong:
                problem("retrieved", f"{wrong}, got {row['retrieved']!r}")
                ok = False
        if row.get("source_url") and not URL.match(row["source_url"]):
            problem("source_url", f"expected an http(s) URL, got {row['source_url']!r}")
            ok = False
        for col, allowed in schema.edge_values.items():
            if row.get(col) and row[col] not in allowed:
                problem(col, f"expected one of {', '.join(allowed)} or nothing, got {row[col]!r}")
                ok = False
        self.typed = []
        for col, kind in schema.edge_types.items():
            if row.get(col):
                try:
                    self.typed.append((col, kind.parse(row[col])))
                except ValueError as exc:
                    problem(col, str(exc))
                    ok = False
        if row.get("evidence_en") and not row["evidence_en"].startswith("[translation]"):
            problem("evidence_en", "expected an English rendering marked as such: "
                                   f"'[translation] ...', got {row['evidence_en'][:40]!r}")
            ok = False
        if not ok:
            return None
        claim = (ends["subject"], relation.type, ends["object"], row["since"])
        key = claim if self.keep else hash(claim)
        first = self.seen.get(key)
        if first is not None and (self.keep or self.locate(*first) == claim):
            where = first if self.keep else f"{first[0]}:{first[1]}"
            problem("row", f"duplicate edge {claim[0]} {claim[1]} {claim[2]} since {claim[3]}, first at {where}")
            return None
        if first is None:
            self.seen[key] = f"{name}:{line}" if self.keep else (name, line)
        return claim


def check_edge_files(paths: Iterable[Path], schema: Schema, nodes: dict,
                     problems: list[DataProblem]) -> int:
    """Check edge CSV files as ``graphkit validate`` does, streaming them: no row is kept.

    Returns the number of good rows; problems (file, line, field, expectation) go to
    ``problems``. ``nodes`` maps node ids to objects with a ``kind``. The files are
    read as UTF-8; memory grows by about 100 bytes per distinct claim, not with the text.
    """
    paths = list(paths)
    names = {display_path(p): p for p in paths}

    def rows_of(path: Path, sink: list[DataProblem]) -> Iterator[tuple[int, dict[str, str]]]:
        with open(path, encoding="utf-8", newline="") as handle:
            yield from CsvRows(display_path(path), handle, sink, required=schema.edge_required,
                               allowed=schema.edge_columns)

    def locate(name: str, line: int) -> tuple | None:
        again = EdgeCheck(schema, nodes, [], keep=True)
        for number, row in rows_of(names[name], []):
            if number == line:
                return again.check(name, line, row)
        return None

    check = EdgeCheck(schema, nodes, problems, keep=False, locate=locate)
    good = 0
    for path in paths:
        name = display_path(path)
        try:
            for line, row in rows_of(path, problems):
                good += check.check(name, line, row) is not None
        except UnicodeDecodeError as exc:
            problems.append(DataProblem(name, 0, "file", f"expected UTF-8 text ({exc.reason})"))
    return good
