"""The Neo4j Community jars from Maven Central, fetched once into the user cache, and Java."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from graphkit.errors import StoreError
from graphkit.store.managed.files import locked, tail_text
from graphkit.store.managed.jar_signatures import MARKER, strip_signatures

__all__ = ["INSTALL_HINT", "NEO4J_VERSION", "default_cache_dir", "ensure_jars", "find_java"]

NEO4J_VERSION = "5.26.30"
INSTALL_HINT = (
    "install Java 17 and Maven (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless maven`), "
    "or use an existing Neo4j instead: set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and "
    "NEO4J_DATABASE"
)
_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.graphkit</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$GRAPHKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/graphkit``, else ``~/.cache/graphkit``."""
    env = os.environ if environ is None else environ
    if env.get("GRAPHKIT_CACHE_DIR"):
        return Path(env["GRAPHKIT_CACHE_DIR"]).expanduser()
    return Path(env.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "graphkit"


def ensure_jars(
    cache_dir: Path | None = None, *, progress: Callable[[str], None] | None = None
) -> Path:
    """Return the folder of Neo4j jars, downloading them with Maven the first time only.

    The download goes to a temporary folder beside the cache and is renamed into place
    when complete, so an interrupted download never leaves a half-filled cache. Signed
    jars are rewritten without their signatures first (a cache fetched by an older
    graphkit, at its next use): :mod:`graphkit.store.managed.jar_signatures` says why.

    Raises
    ------
    StoreError
        Maven is missing or the download failed.
    """
    version_dir = (
        Path(cache_dir or default_cache_dir()).expanduser().resolve() / f"neo4j-{NEO4J_VERSION}"
    )
    lib = version_dir / "lib"
    if _jars_complete(lib):
        if not (lib / MARKER).is_file():  # fetched by an older graphkit: signed jars
            _unsign(lib)
        return lib
    version_dir.mkdir(parents=True, exist_ok=True)
    with locked(version_dir / ".lock"):
        if _jars_complete(lib):
            return lib
        mvn = shutil.which("mvn")
        if mvn is None:
            raise StoreError(
                f"Maven (mvn) is needed once to fetch the Neo4j {NEO4J_VERSION} jars: "
                f"{INSTALL_HINT}"
            )
        for stale in version_dir.glob(".download-*"):
            shutil.rmtree(stale, ignore_errors=True)
        if lib.exists():  # not complete: left by hand or by an older layout
            shutil.rmtree(lib)
        if progress:
            progress(f"downloading Neo4j {NEO4J_VERSION} jars from Maven Central into {lib} (once)")
        tmp = Path(tempfile.mkdtemp(prefix=".download-", dir=version_dir))
        try:
            (tmp / "pom.xml").write_text(_POM.format(version=NEO4J_VERSION), encoding="utf-8")
            cmd = [
                mvn,
                "-q",
                "-B",
                "dependency:copy-dependencies",
                f"-DoutputDirectory={tmp / 'lib'}",
            ]
            try:
                done = subprocess.run(
                    cmd, check=False, cwd=tmp, capture_output=True, text=True, timeout=1800
                )
            except subprocess.TimeoutExpired:
                raise StoreError(
                    f"Maven took over 30 minutes to fetch the Neo4j {NEO4J_VERSION} jars"
                ) from None
            if done.returncode != 0 or not _jars_complete(tmp / "lib"):
                tail = tail_text(done.stdout + done.stderr, 20)
                raise StoreError(
                    f"Maven could not fetch org.neo4j:neo4j:{NEO4J_VERSION} "
                    f"(exit {done.returncode}); "
                    f"is Maven Central reachable?\n{tail}"
                )
            strip_signatures(tmp / "lib")
            os.rename(tmp / "lib", lib)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return lib


def _unsign(lib: Path) -> None:
    """Strip the signatures of a cache fetched signed, and drop the class archives made
    from it: Java would refuse them (their jars changed) and none would be made again.

    A cache this user cannot write (shared, read-only) keeps its signed jars, which run
    as before, only slower to boot.
    """
    if not os.access(lib, os.W_OK):
        return
    try:
        with locked(lib.parent / ".lock"):
            if (lib / MARKER).is_file():  # another process did it meanwhile
                return
            strip_signatures(lib)
            for archive in lib.parent.glob("*.jsa"):
                archive.unlink(missing_ok=True)
    except OSError:  # a full disk, a file of another user: the signed jars still run
        return


def _jars_complete(lib: Path) -> bool:
    return (lib / f"neo4j-{NEO4J_VERSION}.jar").is_file()


def find_java() -> str:
    """The ``java`` on PATH, checked to be Java 17 or newer.

    Raises
    ------
    StoreError
        There is no ``java`` on PATH, it does not run, or it is older than 17; the
        message says what to install.
    """
    java = shutil.which("java")
    if java is None:
        raise StoreError(
            f"Java is needed to run the local Neo4j {NEO4J_VERSION} but `java` is not on PATH: "
            f"{INSTALL_HINT}"
        )
    try:
        done = subprocess.run(
            [java, "-version"], check=False, capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StoreError(f"{java} -version failed: {exc}; {INSTALL_HINT}") from None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if match:
        major = int(match.group(1)) if match.group(1) != "1" else int(match.group(2) or 0)
        if major < 17:
            raise StoreError(
                f"Neo4j {NEO4J_VERSION} needs Java 17 or 21, but {java} is Java {major}: "
                f"{INSTALL_HINT}"
            )
    return java
