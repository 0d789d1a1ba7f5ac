"""From data to a report file in one call: what ``graphkit report blocs`` runs, for notebooks too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.io.curated import choose_data
from graphkit.io.dates import check_day, one_day
from graphkit.io.files import check_target
from graphkit.io.graph import read_graph
from graphkit.report.blocs import BlocReport, bloc_report
from graphkit.report.coverage import read_expected_sizes
from graphkit.report.write import FORMATS, write_report

__all__ = ["report_blocs"]


def report_blocs(names: Sequence[str], out: Path | str, *, data: Path | str | None = None,
                 as_of: dt.date | str | None = None, seed: int = 0,
                 since: dt.date | str | None = None) -> BlocReport:
    """Read ``data``, compare the blocs ``names`` on ``as_of`` and write the report to ``out``.

    Everything is checked before the data is read: two or more names, a known suffix, a
    real day. The file is written atomically (a previous report stays whole on any error).

    Parameters
    ----------
    names : sequence of str
        Two or more blocs: ids, names or aliases of organisations, agreements or programmes.
    out : path
        ``.html``, ``.md`` or ``.json``: the suffix picks the format.
    data : path, optional
        A data folder. Default: ``./data``, else the curated dataset
        (:func:`graphkit.io.curated.choose_data`). Its ``expected_sizes.csv``, when there
        is one, gives each bloc's coverage line
        (:func:`graphkit.report.coverage.read_expected_sizes`).
    as_of : date or "YYYY-MM-DD", optional
        The day the comparison describes. Default: today.
    seed : int, default 0
        Seed for community detection; the same seed gives the same bytes.
    since : date or "YYYY-MM-DD", optional
        Add a "what changed" section: from this day to ``as_of``
        (:func:`graphkit.analysis.changes.changes_between`).

    Returns
    -------
    BlocReport
        What was written.

    Raises
    ------
    GraphkitError
        Fewer than two blocs, an unknown suffix, a bad ``as_of`` or ``since`` (or one after
        ``as_of``), a country or agency as a bloc, no member on that day, or a file that
        cannot be written.
    NodeNotFound
        A name matches no node.

    Examples
    --------
    >>> import tempfile
    >>> from graphkit.io.curated import curated_data_dir
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     r = report_blocs(["BRICS", "G7"], Path(tmp) / "r.md", data=curated_data_dir(),
    ...                      as_of="2024-06-30")
    ...     (Path(tmp) / "r.md").read_text().startswith("# Bloc comparison: BRICS / Group of Seven")
    True
    >>> report_blocs(["BRICS"], "r.md")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: expected two or more blocs, got 1: 'BRICS'
    """
    names = list(names)
    if len(names) < 2:
        raise GraphkitError(f"expected two or more blocs, got {len(names)}: "
                            f"{', '.join(map(repr, names)) or 'none'}")
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise GraphkitError(f"{out}: expected a file name ending in .html, .md or .json")
    check_target(out, what="the report")  # a folder or a FIFO: say so before the analysis
    day = one_day(as_of, what="a bloc report")
    start = check_day(since, name="since")
    if start is not None and start > day:
        raise GraphkitError(f"since: expected a day on or before the report's {day}, got {start!r}")
    paths = choose_data(data).paths
    report = bloc_report(read_graph(*paths), names, as_of=day, seed=seed, since=start,
                         expected=read_expected_sizes(paths))
    write_report(report, out)
    return report
