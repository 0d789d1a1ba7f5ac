"""write_atomic: the whole new content or the old file, never a truncated one; no temporary
file left behind; the permissions a plain open(path, "w") would give."""

from __future__ import annotations

import os
import stat
import textwrap

import pytest

from graphkit.errors import GraphkitError
from graphkit.io.files import write_atomic
from tests.io.limited import leftovers, run_graphkit


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_full_disk_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.html"
    target.write_text("the previous good page\n")
    code = textwrap.dedent(f"""
        from graphkit.errors import GraphkitError
        from graphkit.io.files import write_atomic
        try:
            write_atomic({str(target)!r}, "x" * 200_000, what="the page")
        except GraphkitError as exc:
            print(exc)
    """)
    result = run_graphkit(code=code, file_size=50_000)  # writes past 50 kB fail: EFBIG
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"{target}: cannot write the page (File too large); "
                             "the previous file is unchanged\n")
    assert target.read_text() == "the previous good page\n"
    assert leftovers(tmp_path) == []


def test_a_failed_first_write_leaves_nothing(tmp_path):
    target = tmp_path / "new.json"
    code = textwrap.dedent(f"""
        from graphkit.errors import GraphkitError
        from graphkit.io.files import write_atomic
        try:
            write_atomic({str(target)!r}, b"y" * 100_000)
        except GraphkitError as exc:
            print(exc)
    """)
    result = run_graphkit(code=code, file_size=10_000)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}: cannot write the file (File too large); nothing was written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_new_file_gets_0666_less_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.txt", "a")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a.txt") == 0o640  # mkstemp alone would give 0o600
    assert (tmp_path / "a.txt").read_text() == "a"


def test_an_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "r.md"
    target.write_text("old")
    target.chmod(0o604)
    write_atomic(target, "new")
    assert target.read_text() == "new" and _mode(target) == 0o604


def test_writing_through_a_symlink_replaces_the_file_it_points_to(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "page.html").write_text("old")
    link = tmp_path / "page.html"
    link.symlink_to(tmp_path / "real" / "page.html")
    write_atomic(link, "new")
    assert link.is_symlink()
    assert (tmp_path / "real" / "page.html").read_text() == "new"
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "real") == []


def test_a_directory_or_a_fifo_as_target_is_refused_in_one_line_and_left_alone(tmp_path):
    (tmp_path / "dir.html").mkdir()
    os.mkfifo(tmp_path / "pipe.html")
    with pytest.raises(GraphkitError) as info:
        write_atomic(tmp_path / "dir.html", "x", what="the page")
    assert str(info.value) == (f"{tmp_path / 'dir.html'}: cannot write the page: expected a "
                               "regular file or a new file name, found a directory")
    with pytest.raises(GraphkitError, match="found a FIFO"):
        write_atomic(tmp_path / "pipe.html", "x")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe.html").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.html", "pipe.html"]


def test_text_is_utf8_and_bytes_are_written_as_they_are_and_folders_are_created(tmp_path):
    write_atomic(tmp_path / "a" / "b" / "t.txt", "Türkiye\n")
    write_atomic(tmp_path / "bin", b"\x00\xff")
    assert (tmp_path / "a" / "b" / "t.txt").read_bytes() == "Türkiye\n".encode()
    assert (tmp_path / "bin").read_bytes() == b"\x00\xff"


def test_reports_and_pages_refuse_a_folder_or_fifo_target_before_reading_any_data(tmp_path):
    from graphkit.errors import GraphkitError
    from graphkit.io.files import check_target
    from graphkit.render import render_page
    from graphkit.report import report_blocs

    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    with pytest.raises(GraphkitError, match="cannot write the page: .* found a FIFO"):
        check_target(fifo, what="the page")
    folder = tmp_path / "r.md"
    folder.mkdir()
    missing = tmp_path / "no-such-data"  # never read: the target is refused first
    with pytest.raises(GraphkitError, match="cannot write the report: .* found a directory"):
        report_blocs(["BRICS", "G7"], folder, data=missing)
    with pytest.raises(GraphkitError, match="cannot write the page: .* found a FIFO"):
        render_page(missing, fifo)
    check_target(tmp_path / "new.html")  # an absent file is fine
