"""The C engine of graphkit import gdelt (graphkit/io/importers/_gdelt.c): the Python engine's
claims, byte for byte in the output file; anything outside GDELT's strict forms goes on to
the next engine, and at last to Python, which names the bad row."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path

import pytest

from graphkit.errors import DataErrors
from graphkit.io.importers import gdelt_c
from graphkit.io.importers.gdelt import GdeltFilter, aggregate_gdelt, read_gdelt
from graphkit.io.importers.gdelt_c import aggregate_c

SAMPLE = Path(__file__).parent / "samples" / "gdelt" / "20191024143000.export.CSV"
FILTERS = [
    GdeltFilter(), GdeltFilter(quad_classes=frozenset({1, 4}), period="day"),
    GdeltFilter(roots=frozenset({"04", "05"}), min_sources=2, period="year"),
    GdeltFilter(start=dt.date(2019, 3, 2), end=dt.date(2019, 11, 24)),
]


def _compiled() -> None:
    if gdelt_c._gdelt is None:
        pytest.fail("graphkit's C engine for GDELT (graphkit/io/importers/_gdelt.c) was not "
                    "compiled: install a C compiler and Python's headers (apt-get install gcc "
                    "python3-dev), then reinstall graphkit (make install)")


def _row(rng: random.Random, event_id: int) -> list[str]:
    """A GDELT 2.0 event row in the strict forms, with the awkward cases mixed in: regions,
    one-country events, ids out of order and repeated, empty URLs and DATEADDED, non-ASCII
    URLs, negative and long decimals, days over two years and two months."""
    codes = ["USA", "RUS", "CHN", "GBR", "FRA", "SUN", "AFR", "EUR", ""]
    x, y = rng.choice(codes), rng.choice(codes)
    root = rng.randint(1, 20)
    day = dt.date(2018, 12, 20) + dt.timedelta(days=rng.randrange(40))  # over a new year
    row = [""] * 61
    row[0], row[1] = str(event_id), day.strftime("%Y%m%d")
    row[7], row[17] = x, y
    row[28], row[29] = f"{root:02d}", str(rng.randint(1, 4))
    row[30] = rng.choice(["-10", "3.4", "0", "-0.5", "7.123456789012345", "-9.999"])
    row[31], row[32], row[33] = str(rng.randint(1, 60)), str(rng.randint(1, 6)), str(rng.randint(-3, 60))
    row[34] = rng.choice(["-4.1234", "2", "0.000000000000001", "-99.5", "123.25"])
    row[59] = rng.choice(["", day.strftime("%Y%m%d") + "120000", "20200101000000"])
    row[60] = rng.choice(["", f"https://news.example/{event_id}", "https://exemple.fr/été-ü"])
    return row


def _write(path: Path, rows: list[list[str]], *, end: str = "\n") -> Path:
    path.write_bytes("".join("\t".join(r) + end for r in rows).encode())
    return path


def _same(paths: list[Path], filters: GdeltFilter, max_urls: int = 3) -> None:
    c = aggregate_gdelt(paths, filters, max_urls=max_urls, engine="c")
    python = aggregate_gdelt(paths, filters, max_urls=max_urls, engine="python")
    assert c.engine == "c"
    assert (c.rows, c.kept, c.count, c.files) == (python.rows, python.kept, python.count, python.files)
    assert c.claims == python.claims


def test_the_c_engine_is_compiled():
    _compiled()
    assert gdelt_c._gdelt.__file__.endswith((".so", ".pyd"))


@pytest.mark.parametrize("filters", FILTERS)
def test_c_and_python_engines_give_the_same_claims_and_file_on_the_real_sample(filters):
    _compiled()
    _same([SAMPLE], filters)
    texts = [read_gdelt([SAMPLE], filters, engine=e)[1].files["edges"] for e in ("c", "python")]
    assert texts[0] == texts[1]


@pytest.mark.parametrize("filters", [
    GdeltFilter(), GdeltFilter(quad_classes=frozenset({1, 4}), period="day"),
    GdeltFilter(roots=frozenset({"04", "05"}), min_sources=2, period="year"),
    GdeltFilter(start=dt.date(2018, 12, 25), end=dt.date(2019, 1, 10)),
])
@pytest.mark.parametrize("max_urls", [1, 3, 9])
def test_c_and_python_engines_agree_on_generated_rows_with_every_awkward_case(tmp_path, filters,
                                                                               max_urls):
    _compiled()
    rng = random.Random(7)
    ids = [rng.randrange(10**9, 10**9 + 5000) for _ in range(6000)]  # out of order, repeated
    path = _write(tmp_path / "a.export.CSV", [_row(rng, i) for i in ids])
    _same([path], filters, max_urls)
    if filters == GdeltFilter():  # the cases are there: full id lists, full URL lists, é
        claims = aggregate_gdelt([path], filters, max_urls=max_urls).claims
        assert any(len(c.ids) == 10 for c in claims)
        assert any(len(c.urls) == min(max_urls, 8) for c in claims)
        assert max_urls == 1 or any("été" in url for c in claims for url in c.urls.values())


def test_several_files_zip_members_empty_lines_and_no_final_line_break(tmp_path):
    _compiled()
    rng = random.Random(3)
    first = tmp_path / "first.export.CSV"
    first.write_text("\n".join("\t".join(_row(rng, 10**9 + i)) for i in range(300)) + "\n\n",
                     encoding="utf-8")
    last = tmp_path / "last.export.CSV"  # no line break after its last row, an empty line inside
    last.write_text("\t".join(_row(rng, 1)) + "\n\n" + "\t".join(_row(rng, 2)), encoding="utf-8")
    zipped = tmp_path / "z.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(SAMPLE, SAMPLE.name)
    _same([first, zipped, last], GdeltFilter())
    assert aggregate_gdelt([first, zipped, last]).rows == 300 + 300 + 2


@pytest.mark.parametrize(("column", "value"), [
    (31, "+3"), (31, "007"), (33, "1_000"), (30, "1.1234567890123456"), (34, " 2.5"),
    (59, "2019102412"), (28, "4"), (0, "-0"),
])
def test_a_value_outside_the_strict_forms_hands_the_import_on_with_the_same_claims(
        tmp_path, column, value):
    _compiled()
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    n = next(i for i, r in enumerate(rows) if r[7] == "USA" and r[17] not in ("", "USA")
             and r[7] != r[17] and len(r[17]) == 3)
    rows[n][column] = value
    path = _write(tmp_path / "odd.export.CSV", rows)
    assert aggregate_c([path], GdeltFilter()) is None
    handed = aggregate_gdelt([path])
    assert handed.engine in ("duckdb", "python")
    assert handed.claims == aggregate_gdelt([path], engine="python").claims


def test_crlf_bytes_that_are_not_utf8_and_short_rows_are_named_by_the_python_engine(tmp_path):
    _compiled()
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    crlf = _write(tmp_path / "crlf.export.CSV", rows, end="\r\n")
    assert aggregate_c([crlf], GdeltFilter()) is None
    assert aggregate_gdelt([crlf]).claims == aggregate_gdelt([crlf], engine="python").claims
    broken = tmp_path / "latin1.export.CSV"
    broken.write_bytes(SAMPLE.read_bytes().replace(b"https://", b"https://caf\xe9", 1))
    assert aggregate_c([broken], GdeltFilter()) is None
    with pytest.raises(DataErrors, match="expected GDELT 2.0 event rows in UTF-8"):
        aggregate_gdelt([broken])
    short = _write(tmp_path / "short.export.CSV", [rows[0], rows[1][:60]])
    assert aggregate_c([short], GdeltFilter()) is None
    with pytest.raises(DataErrors, match=r"short.export.CSV:2: columns: expected 61"):
        aggregate_gdelt([short])


def test_a_root_filter_outside_01_to_20_is_left_to_the_other_engines(tmp_path):
    _compiled()
    assert aggregate_c([SAMPLE], GdeltFilter(roots=frozenset({"4"}))) is None
    assert aggregate_gdelt([SAMPLE], GdeltFilter(roots=frozenset({"4"}))).claims == []


def test_progress_comes_after_each_chunk_of_a_large_file(tmp_path):
    _compiled()
    rng = random.Random(5)
    path = _write(tmp_path / "large.export.CSV", [_row(rng, 10**9 + i) for i in range(140_000)])
    total = path.stat().st_size
    assert total > 2 * 8 * 2**20  # three chunks of 8 MB at least
    seen = []
    result = aggregate_gdelt([path], progress=lambda done, of: seen.append((done, of)))
    assert result.engine == "c" and result.rows == 140_000
    assert len(seen) >= 3 and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
