"""The server JVM's class-data-sharing archive: one writer at a time, then everyone uses it."""

from __future__ import annotations

import os
import time

from graphkit.store.managed.cds import archive_options, keep_archive


def test_one_server_at_a_time_writes_the_archive_then_every_start_uses_it(tmp_path):
    lib, a, b = tmp_path / "jars" / "lib", tmp_path / "a", tmp_path / "b"
    first, archive = archive_options(lib, "java", a, {})
    second, other = archive_options(lib, "java", b, {})  # while a's claim holds
    assert first[0] == f"-XX:ArchiveClassesAtExit={a / 'server.jsa.tmp'}"
    assert (second, other) == ([], None)
    a.mkdir()
    (a / "server.jsa.tmp").write_bytes(b"classes")
    keep_archive(a, archive)
    assert archive.read_bytes() == b"classes" and not (a / "server.jsa.tmp").exists()
    again, none = archive_options(lib, "java", b, {})
    assert again[0] == f"-XX:SharedArchiveFile={archive}" and none is None


def test_a_claim_left_by_a_killed_server_lapses_after_an_hour(tmp_path):
    lib = tmp_path / "jars" / "lib"
    _, archive = archive_options(lib, "java", tmp_path / "a", {})  # then killed: no stop
    assert archive_options(lib, "java", tmp_path / "b", {}) == ([], None)
    claim = archive.with_suffix(".writing")
    old = time.time() - 3601
    os.utime(claim, (old, old))
    options, _ = archive_options(lib, "java", tmp_path / "b", {})
    assert options[0].startswith("-XX:ArchiveClassesAtExit=")


def test_a_stop_without_an_archive_written_releases_the_claim_and_cds_can_be_turned_off(tmp_path):
    lib = tmp_path / "jars" / "lib"
    _, archive = archive_options(lib, "java", tmp_path / "a", {})
    keep_archive(tmp_path / "a", archive)  # e.g. a failed start: nothing written
    assert not archive.exists() and not archive.with_suffix(".writing").exists()
    assert archive_options(lib, "java", tmp_path / "b", {"GRAPHKIT_NEO4J_CDS": "off"}) == ([], None)
