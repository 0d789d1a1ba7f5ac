"""How much of each bloc the data holds: ``data/expected_sizes.csv`` (each bloc's size as a
source states it, described in data/README.md) against the members in the data."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.io.files import read_text

__all__ = ["EXPECTED_SIZES", "coverage_line", "read_expected_sizes"]

#: The file, inside a data folder, that declares each bloc's expected size.
EXPECTED_SIZES = "expected_sizes.csv"

_REQUIRED = ("node", "expected_members", "as_of", "source_url", "publisher", "evidence",
             "retrieved")


def read_expected_sizes(paths: Iterable[Path | str]) -> dict[str, dict[str, str]]:
    """The rows of ``expected_sizes.csv`` in the given data folders, by bloc node id.

    A folder without the file adds nothing; a later folder's row for the same bloc wins.

    Raises
    ------
    GraphkitError
        A file that cannot be read, misses a required column, or whose
        ``expected_members`` is not a whole number (file, line and value named).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / EXPECTED_SIZES).write_text(
    ...         "node,expected_members,as_of,source_url,publisher,evidence,retrieved\\n"
    ...         "x,4,2024,https://example.org,Ex,Four members.,2024-05-01\\n")
    ...     read_expected_sizes([tmp])["x"]["expected_members"]
    '4'
    """
    out: dict[str, dict[str, str]] = {}
    for folder in paths:
        path = Path(folder) / EXPECTED_SIZES
        if not Path(folder).is_dir() or not path.exists():
            continue
        rows = list(csv.DictReader(io.StringIO(read_text(path).lstrip("\ufeff"))))
        missing = [c for c in _REQUIRED if rows and c not in rows[0]]
        if missing:
            raise GraphkitError(f"{path}:1: expected the columns {', '.join(_REQUIRED)}; "
                                f"missing {', '.join(missing)}")
        for line, row in enumerate(rows, start=2):
            row = {k: (v or "").strip() for k, v in row.items() if k}
            n = row.get("expected_members", "")
            if not (n.isascii() and n.isdigit()):
                raise GraphkitError(f"{path}:{line}: expected_members: expected a whole "
                                    f"number, got {n!r}")
            out[row["node"]] = row
    return out


def coverage_line(name: str, expected: dict[str, str] | None, in_data: int,
                  by_status: dict[str, int], possible: int) -> str:
    """One sentence: how many members of bloc ``name`` the data holds against what a source
    states (``""`` without an ``expected`` row).

    Examples
    --------
    >>> row = {"expected_members": "11", "as_of": "2025-01-06", "publisher": "BRICS",
    ...        "note": ""}
    >>> coverage_line("BRICS", row, 10, {"disputed": 1}, 0)
    'BRICS: the data holds 10 members (+1 disputed) of 11 stated by BRICS for 2025-01-06 (100%).'
    """
    if not expected:
        return ""
    total = int(expected["expected_members"])
    extra = sum(by_status.values())
    held = in_data + extra
    more = "".join(f" (+{n} {status})" for status, n in sorted(by_status.items()))
    if possible:
        more += f" (+{possible} possible)"
    share = f" ({held / total:.0%})" if total else ""
    text = (f"{name}: the data holds {in_data} members{more} of {total} stated by "
            f"{expected['publisher']} for {expected['as_of']}{share}.")
    if expected.get("note", "").startswith("GAP DECLARED"):
        text += " Gap declared: " + expected["note"][len("GAP DECLARED:"):].strip()
    return text
