"""The Neo4j jars run unsigned: signed jars are rewritten once, and the class archives follow."""

from __future__ import annotations

import random
import zipfile

from graphkit.store.managed.cds import archive_options
from graphkit.store.managed.jar_signatures import MARKER, is_signed
from graphkit.store.managed.jars import NEO4J_VERSION, default_cache_dir, ensure_jars

_MANIFEST = ("Manifest-Version: 1.0\r\nCreated-By: test\r\n\r\n"
             "Name: org/x/A.class\r\nSHA-256-Digest: abc=\r\n\r\n")


def _signed_jar(path, classes=(("org/x/A.class", b"\xca\xfe\xba\xbe A"),)):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/MANIFEST.MF", _MANIFEST)
        z.writestr("META-INF/ECLIPSE_.SF", "Signature-Version: 1.0\r\n")
        z.writestr("META-INF/ECLIPSE_.RSA", b"\x30\x82")
        for name, data in classes:
            z.writestr(name, data)
    return path


def _old_cache(root):
    """A jar folder as graphkit 0.2 fetched it: signed jars, no marker, an archive made from them."""
    lib = root / f"neo4j-{NEO4J_VERSION}" / "lib"
    lib.mkdir(parents=True)
    with zipfile.ZipFile(lib / f"neo4j-{NEO4J_VERSION}.jar", "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n")
    _signed_jar(lib / "eclipse-collections-11.1.0.jar")
    (lib.parent / "server-0123456789ab.jsa").write_bytes(b"classes of the signed jars")
    return lib


def test_the_suites_jars_are_unsigned_and_marked():
    lib = ensure_jars(default_cache_dir())  # the cache the suite's servers run from
    jars = sorted(lib.glob("*.jar"))
    assert len(jars) > 100 and (lib / MARKER).is_file()
    assert [j.name for j in jars if is_signed(j)] == []
    assert "eclipse-collections" in (lib / MARKER).read_text(encoding="utf-8")


def test_a_cache_fetched_signed_is_unsigned_at_its_next_use_and_its_archives_dropped(tmp_path):
    lib = _old_cache(tmp_path)
    jar = lib / "eclipse-collections-11.1.0.jar"
    assert is_signed(jar)
    before, _ = archive_options(lib, "java", tmp_path / "home", {})

    assert ensure_jars(tmp_path) == lib  # no Maven needed: the jars are there
    assert not is_signed(jar)
    with zipfile.ZipFile(jar) as z:
        assert z.namelist() == ["META-INF/MANIFEST.MF", "org/x/A.class"]
        assert z.read("org/x/A.class") == b"\xca\xfe\xba\xbe A"  # the classes unchanged
        assert z.read("META-INF/MANIFEST.MF") == b"Manifest-Version: 1.0\r\nCreated-By: test\r\n\r\n"
    assert list(lib.parent.glob("*.jsa")) == []
    assert (lib / MARKER).read_text(encoding="utf-8").split(":")[1].split() == [jar.name]
    # a run on the signed jars still writing its archive names another file than runs now do
    after, _ = archive_options(lib, "java", tmp_path / "other", {})
    assert before and after and before[0] != after[0]


def test_an_unsigned_cache_is_left_alone(tmp_path):
    lib = _old_cache(tmp_path)
    ensure_jars(tmp_path)
    jar = lib / "eclipse-collections-11.1.0.jar"
    stamp = (jar.stat().st_mtime_ns, (lib / MARKER).stat().st_mtime_ns)
    (lib.parent / "server-ba9876543210.jsa").write_bytes(b"classes of the unsigned jars")
    assert ensure_jars(tmp_path) == lib
    assert (jar.stat().st_mtime_ns, (lib / MARKER).stat().st_mtime_ns) == stamp
    assert (lib.parent / "server-ba9876543210.jsa").is_file()


def test_a_cache_this_user_cannot_write_keeps_its_signed_jars_and_still_serves(tmp_path):
    from tests.io.limited import run_graphkit

    lib = _old_cache(tmp_path)
    for path in (lib, lib.parent):
        path.chmod(0o555)
    try:
        code = ("import sys; from pathlib import Path; "
                "from graphkit.store.managed.jars import ensure_jars; "
                f"print(ensure_jars(Path({str(tmp_path)!r})))")
        shown = run_graphkit(code=code, obey_permissions=True)
    finally:
        for path in (lib, lib.parent):
            path.chmod(0o755)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == str(lib)
    assert is_signed(lib / "eclipse-collections-11.1.0.jar") and not (lib / MARKER).exists()
    assert (lib.parent / "server-0123456789ab.jsa").is_file()


def test_a_rewrite_that_fails_leaves_the_signed_jar_whole_and_no_temporary_file(tmp_path):
    from tests.io.limited import run_graphkit

    lib = _old_cache(tmp_path)
    noise = random.Random(0)
    big = [(f"org/x/C{i}.class", noise.randbytes(16_384)) for i in range(40)]  # 640 kB, stored as is
    jar = _signed_jar(lib / "eclipse-collections-11.1.0.jar", classes=big)
    before = jar.read_bytes()
    code = ("from pathlib import Path; from graphkit.store.managed.jars import ensure_jars; "
            f"print(ensure_jars(Path({str(tmp_path)!r})))")
    shown = run_graphkit(code=code, file_size=200_000)  # a full disk as the writer sees it
    assert shown.returncode == 0, shown.stderr
    assert jar.read_bytes() == before and not (lib / MARKER).exists()
    assert sorted(p.name for p in lib.iterdir()) == ["eclipse-collections-11.1.0.jar", f"neo4j-{NEO4J_VERSION}.jar"]
