"""Signed jars among the Neo4j jars, rewritten without their signatures so they boot faster.

Two of Neo4j's jars (Eclipse Collections and its API, 12 MB) are signed. Java checks a
signed jar's signature for every class it loads from it, and its class-data-sharing
archives (:mod:`graphkit.store.managed.cds`) leave such classes out, so each start reads
and verifies them again. A signature on the class path protects nothing here: Java runs
an unsigned copy just as well (it never requires one), so anyone able to change the jar
could drop the signature too; the jars come from Maven Central over HTTPS.

Measured on 2 cores, a managed server's boot took 3.8 to 4.2 s of CPU with the unsigned
copies against 5.4 to 6.6 s with the signed jars (each with its own fresh archive, three
starts each, alternated, ``-XX:TieredStopAtLevel=1``).
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

__all__ = ["MARKER", "is_signed", "strip_signatures"]

#: A file in the jar folder saying its jars have been made unsigned.
MARKER = ".graphkit-unsigned"

_SIGNATURE = re.compile(r"META-INF/[^/]+\.(?:SF|RSA|DSA|EC)$", re.IGNORECASE)


def is_signed(jar: Path) -> bool:
    """Whether ``jar`` holds a signature file (``META-INF/*.SF``, ``*.RSA``, ``*.DSA``, ``*.EC``)."""
    with zipfile.ZipFile(jar) as z:
        return any(_SIGNATURE.match(name) for name in z.namelist())


def _main_section(manifest: bytes) -> bytes:
    """The manifest's main attributes alone: the per-entry digests are the signature's."""
    text = manifest.replace(b"\r\n", b"\n")
    main = text.split(b"\n\n", 1)[0].rstrip(b"\n")
    return main.replace(b"\n", b"\r\n") + b"\r\n\r\n"


def _rewrite(jar: Path) -> None:
    """Write ``jar`` again without its signature files and entry digests (atomically)."""
    tmp = jar.with_name(jar.name + ".unsigning")
    try:
        with zipfile.ZipFile(jar) as source, zipfile.ZipFile(tmp, "w") as target:
            for info in source.infolist():
                if _SIGNATURE.match(info.filename):
                    continue
                data = source.read(info)
                if info.filename.upper() == "META-INF/MANIFEST.MF":
                    data = _main_section(data)
                target.writestr(info, data, compress_type=info.compress_type)
        os.replace(tmp, jar)
    finally:
        tmp.unlink(missing_ok=True)


def strip_signatures(lib: Path) -> list[str]:
    """Rewrite every signed jar in ``lib`` without its signature; return their names.

    The caller holds the jar folder's lock. Each jar is replaced whole (a crash leaves
    the signed or the unsigned jar, never half of one); :data:`MARKER` is written last.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     jar = Path(tmp) / "a.jar"
    ...     with zipfile.ZipFile(jar, "w") as z:
    ...         z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\\r\\n\\r\\n"
    ...                    "Name: a/A.class\\r\\nSHA-256-Digest: x\\r\\n\\r\\n")
    ...         z.writestr("META-INF/SIGNER.SF", "sig")
    ...         z.writestr("a/A.class", b"code")
    ...     done = strip_signatures(Path(tmp))
    ...     names = zipfile.ZipFile(jar).namelist()
    ...     manifest = zipfile.ZipFile(jar).read("META-INF/MANIFEST.MF")
    >>> done, names, manifest
    (['a.jar'], ['META-INF/MANIFEST.MF', 'a/A.class'], b'Manifest-Version: 1.0\\r\\n\\r\\n')
    """
    done = []
    for jar in sorted(lib.glob("*.jar")):
        if is_signed(jar):
            _rewrite(jar)
            done.append(jar.name)
    (lib / MARKER).write_text("signatures removed from: " + " ".join(done) + "\n", encoding="utf-8")
    return done
