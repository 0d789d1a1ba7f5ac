"""UN General Assembly roll-call votes in (Erik Voeten's data): yearly agreement between countries.

One ``VOTES_WITH`` edge per pair of countries and year, from the smaller code to the larger,
``since`` the year and ``until`` the next: of the roll calls of that year both voted on
(yes, no or abstain; absent and non-member codes are not votes), the share where they
voted the same way, with the counts, as typed columns (``agreement`` 0.875, ``roll_calls``
16, ``same_votes`` 14: schema.yaml's ``edge_columns.types``), in the note and in the evidence. :func:`voting_graph` turns a year's agreements into a
weighted graph for :func:`graphkit.analysis.communities.detect_communities`, so that blocs
detected from votes can be compared with declared ones.

The file is a CSV with a header, in either layout:

- the ``unvotes`` R package's ``un_votes`` joined with ``un_roll_calls``' date: ``rcid``,
  ``date`` (or ``year`` or ``session``), ``country_code`` (ISO alpha-2; ``CS``, ``YU``,
  ``DD``, ``YD`` for states gone, ``RU`` for the Soviet Union before 1992), ``vote``
  (``yes``, ``no``, ``abstain``);
- Voeten's ``UNVotes.csv``: ``rcid``, ``year`` (or ``date``, ``session``), ``ccode`` (COW
  state code), ``vote`` (1 yes, 2 abstain, 3 no, 8 absent, 9 not a member).

It is read once as a stream and checked row by row (every problem with its file, line
and column); the checked votes go to a scratch file that DuckDB joins by roll call under a
memory cap, so memory does not grow with the votes read.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem
from graphkit.io.countries import country_info, cow_to_iso3, is_iso3, iso2_to_state
from graphkit.io.files import check_regular, display_path
from graphkit.io.importers.output import Imported, Progress, check_imported, counted, open_members

__all__ = ["PUBLISHER", "SOURCE_URL", "UngaImport", "VoteAgreement", "read_unga_votes", "voting_graph"]

SOURCE_URL = "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"
PUBLISHER = "Erik Voeten, United Nations General Assembly Voting Data (Harvard Dataverse)"
_VOTES = {"yes": "yes", "1": "yes", "abstain": "abstain", "2": "abstain", "no": "no", "3": "no"}
_NOT_VOTES = {"8", "9", "absent", "not a member", "non-member"}


@dataclass(frozen=True, order=True)
class VoteAgreement:
    """How two countries voted in one year: roll calls both voted on, and how many the same way."""

    a: str
    b: str
    year: int
    votes: int
    same: int

    @property
    def score(self) -> float:
        return self.same / self.votes


@dataclass
class UngaImport:
    """The agreements (sorted by pair, then year), the checked rows, and what was read."""

    agreements: list[VoteAgreement]
    imported: Imported
    rows: int
    votes: int


def _columns(header: list[str]) -> tuple[str | None, str | None, str | None]:
    when = next((c for c in ("date", "year", "session") if c in header), None)
    who = next((c for c in ("country_code", "ccode", "iso3") if c in header), None)
    return when, who, ("vote" if "vote" in header else None)


def _year(column: str, text: str) -> int:
    if column == "date":
        return dt.date.fromisoformat(text[:10]).year
    value = int(float(text))
    return value + 1945 if column == "session" else value


def _state(column: str, text: str, year: int) -> str | None:
    day = f"{year:04d}-07-01"
    if column == "country_code":
        return iso2_to_state(text.upper(), day)
    if column == "ccode":
        return cow_to_iso3(int(float(text)), day)
    return text if is_iso3(text) else None


def _checked_votes(path: Path, plain, problems: list[DataProblem], read: list[int]) -> tuple[int, int]:
    """Check each row; write ``rcid,year,state,vote,file,line`` of the votes to ``plain``."""
    shown = display_path(path)
    rows = votes = 0
    writer = csv.writer(plain, lineterminator="\n")
    for member, lines in open_members(path):
        where = shown if member == path.name else f"{shown}:{member}"
        reader = csv.DictReader(counted(lines, read))
        header = [h.strip().lstrip("\ufeff") for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        when, who, vote = _columns(header)
        if "rcid" not in header or not (when and who and vote):
            problems.append(DataProblem(where, 1, "header", "expected UN roll-call votes: rcid, date, year or "
                                        "session, country_code, ccode or iso3, and vote; got "
                                        f"{', '.join(header[:8]) or 'nothing'}"))
            return rows, votes
        for row in reader:
            rows += 1
            line = reader.line_num

            def problem(column: str, message: str, line=line, where=where) -> None:
                problems.append(DataProblem(where, line, column, message))

            text = (row.get(vote) or "").strip().lower()
            if text in _NOT_VOTES:
                continue
            if text not in _VOTES:
                problem(vote, f"expected yes, no or abstain (or 1, 2, 3; 8 and 9 are not votes), got {row.get(vote)!r}")
                continue
            try:
                rcid = int(float(row["rcid"]))
            except (TypeError, ValueError):
                problem("rcid", f"expected a roll-call number, got {row.get('rcid')!r}")
                continue
            try:
                year = _year(when, (row.get(when) or "").strip())
            except ValueError:
                problem(when, f"expected a {'date as YYYY-MM-DD' if when == 'date' else 'whole number'}, "
                        f"got {row.get(when)!r}")
                continue
            code = (row.get(who) or "").strip()
            try:
                state = _state(who, code, year) if code else None
            except ValueError:
                state = None
            if state is None:
                problem(who, f"expected a country code that graphkit maps to a state in {year} (add a state gone "
                        f"to FORMER_STATES in graphkit/io/countries.py), got {code!r}")
                continue
            writer.writerow((rcid, year, state, _VOTES[text], where, line))
            votes += 1
            if len(problems) > 1000:
                return rows, votes
    return rows, votes


def read_unga_votes(path: Path | str, *, min_votes: int = 5, retrieved: str | None = None,
                    progress: Progress | None = None) -> UngaImport:
    """Read UN General Assembly roll-call votes into yearly agreements and checked edge rows.

    Parameters
    ----------
    path : path
        A CSV of votes in one of the layouts of the module docstring, plain or zipped.
    min_votes : int, default 5
        A pair's year counts only if both voted on at least this many of its roll calls.
    retrieved : str, optional
        The day the file was downloaded; by default the day it was last modified.
    progress : callable, optional
        Called as ``progress(bytes_done, bytes_total)`` while the file is read.

    Returns
    -------
    UngaImport

    Raises
    ------
    DataErrors
        Every bad row (file:line: column: expectation), a country voting twice in one
        roll call, or a row ``graphkit validate`` would refuse; nothing is written.
    """
    import duckdb

    path = Path(path)
    size = check_regular(path, limit=2**40).st_size
    if retrieved is None:
        retrieved = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    problems: list[DataProblem] = []
    read = [0]
    with tempfile.TemporaryDirectory(prefix="graphkit-unga-") as tmp:
        plain_path = Path(tmp) / "votes.csv"
        try:
            with open(plain_path, "w", encoding="utf-8", newline="") as plain:
                rows, votes = _checked_votes(path, plain, problems, read)
        except (UnicodeDecodeError, OSError, csv.Error) as exc:
            problems.append(DataProblem(display_path(path), 0, "file", f"expected UN votes as CSV in UTF-8: {exc}"))
        if progress:
            progress(size, size)
        if problems:
            raise DataErrors(problems)
        con = duckdb.connect(config={"memory_limit": "500MB", "temp_directory": tmp})
        try:
            con.execute("CREATE TEMP TABLE v AS SELECT * FROM read_csv(?, header=false, columns={'rcid': 'BIGINT', "
                        "'year': 'INTEGER', 'state': 'VARCHAR', 'vote': 'VARCHAR', 'place': 'VARCHAR', 'line': 'BIGINT'})",
                        [str(plain_path)])
            twice = con.execute("SELECT rcid, state, list(place ORDER BY place, line), list(line ORDER BY place, line) "
                                "FROM v GROUP BY rcid, state HAVING count(*) > 1 ORDER BY rcid, state LIMIT 1000"
                                ).fetchall()
            found = con.execute(
                "SELECT a.state, b.state, a.year, count(*) AS votes, count(*) FILTER (WHERE a.vote = b.vote) "
                "FROM v a JOIN v b ON a.rcid = b.rcid AND a.state < b.state GROUP BY a.state, b.state, a.year "
                "HAVING count(*) >= ? ORDER BY a.state, b.state, a.year", [min_votes]).fetchall()
        finally:
            con.close()
    for rcid, state, places, lines in twice:
        problems.append(DataProblem(places[-1], lines[-1], "vote", f"expected one vote of {state} in roll call "
                                    f"{rcid}, got another at line {', '.join(map(str, lines[:-1]))}"))
    if problems:
        raise DataErrors(problems)
    agreements = [VoteAgreement(*row) for row in found]
    imported = Imported("unga_votes", _edges(agreements, path, retrieved),
                        typed=("agreement", "roll_calls", "same_votes"))
    return UngaImport(agreements, check_imported(imported), rows, votes)


def _edges(agreements: list[VoteAgreement], path: Path, retrieved: str) -> Iterator[dict[str, str]]:
    for g in agreements:
        a, b = country_info(g.a).name, country_info(g.b).name
        yield {
            "subject": g.a, "relation": "VOTES_WITH", "object": g.b, "since": f"{g.year:04d}",
            "until": f"{g.year + 1:04d}", "source_url": SOURCE_URL, "publisher": PUBLISHER,
            "evidence": (f"In {g.year}, {a} and {b} voted the same way (yes, no or abstain) in {g.same} of the "
                         f"{g.votes} UN General Assembly roll calls both voted on."),
            "retrieved": retrieved,
            "note": (f"agreement: {g.score:.3f}; roll calls: {g.votes}; same: {g.same}; dataset: United Nations "
                     f"General Assembly Voting Data (Voeten); file: {path.name}; evidence is the dataset's "
                     "coding, not a quoted sentence"),
            "source_kind": "secondary",
            "agreement": f"{g.same / g.votes:.6f}".rstrip("0").rstrip("."), "roll_calls": str(g.votes),
            "same_votes": str(g.same),
        }


def voting_graph(agreements: list[VoteAgreement], year: int, *, min_votes: int = 1):
    """The countries of ``year`` joined by their agreement (edge attribute ``weight``, 0 to 1).

    Parameters
    ----------
    agreements : list of VoteAgreement
        From :func:`read_unga_votes`.
    year : int
        The year to draw.
    min_votes : int, default 1
        Leave out pairs that voted together on fewer roll calls.

    Returns
    -------
    networkx.Graph
        Undirected, for :func:`graphkit.analysis.communities.detect_communities`.

    Examples
    --------
    >>> G = voting_graph([VoteAgreement("FRA", "GBR", 1985, 10, 9), VoteAgreement("FRA", "SUN", 1985, 10, 2)], 1985)
    >>> G["FRA"]["GBR"]["weight"], G["FRA"]["SUN"]["weight"]
    (0.9, 0.2)
    """
    import networkx as nx

    G = nx.Graph()
    for g in agreements:
        if g.year == year and g.votes >= min_votes:
            G.add_edge(g.a, g.b, weight=g.score, votes=g.votes)
    return G
