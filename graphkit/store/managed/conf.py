"""A managed instance's configuration: its ports, its ``neo4j.conf`` and the server's command line.

Both files are written on every start: ``ports.json`` keeps the Bolt (and HTTP) port
for the next start, ``conf/neo4j.conf`` is graphkit's own (edits are overwritten).
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path

from graphkit.errors import StoreError
from graphkit.store.managed.files import read_json
from graphkit.store.managed.memory import Memory
from graphkit.store.managed.processes import ENTRY_POINT, free_port, port_free

__all__ = [
    "JAVA_OPTIONS_VAR",
    "JVM_OPTIONS",
    "admin_command",
    "choose_ports",
    "java_options",
    "server_command",
    "write_conf",
]

#: JVM options of the server besides its memory (as Neo4j's own launcher sets them).
JVM_OPTIONS = [
    "-XX:+ExitOnOutOfMemoryError",
    "-Dio.netty.tryReflectionSetAccessible=true",
    *(
        f"--add-opens=java.base/{package}=ALL-UNNAMED"
        for package in (
            "java.nio",
            "sun.nio.ch",
            "java.io",
            "java.lang",
            "java.util",
            "java.util.concurrent",
        )
    ),
    "--enable-native-access=ALL-UNNAMED",
]

#: The variable whose JVM options every Java process of a managed instance also gets.
JAVA_OPTIONS_VAR = "GRAPHKIT_NEO4J_JAVA_OPTIONS"

#: The admin tool's entry point (``neo4j-admin``).
ADMIN_TOOL = "org.neo4j.cli.AdminTool"


def java_options(environ: Mapping[str, str] | None = None) -> list[str]:
    """The JVM options of ``GRAPHKIT_NEO4J_JAVA_OPTIONS``, split as a shell would.

    For the server, ``neo4j-admin`` and the first password alike. The test suite sets
    ``-XX:TieredStopAtLevel=1``: its servers live for minutes and run small queries, and
    Java's quick compiler alone halved their CPU (see tests/conftest.py).

    Examples
    --------
    >>> java_options({"GRAPHKIT_NEO4J_JAVA_OPTIONS": "-XX:TieredStopAtLevel=1 '-Dx=a b'"})
    ['-XX:TieredStopAtLevel=1', '-Dx=a b']
    >>> java_options({"GRAPHKIT_NEO4J_JAVA_OPTIONS": "Xmx1g"})
    Traceback (most recent call last):
    ...
    graphkit.errors.StoreError: GRAPHKIT_NEO4J_JAVA_OPTIONS: 'Xmx1g' is not a JVM option; expected options that start with '-', such as -XX:TieredStopAtLevel=1
    """
    text = (os.environ if environ is None else environ).get(JAVA_OPTIONS_VAR, "")
    try:
        options = shlex.split(text)
    except ValueError as exc:
        raise StoreError(f"{JAVA_OPTIONS_VAR}: {exc}; expected JVM options as a shell would quote them") from None
    for option in options:
        if not option.startswith("-"):
            raise StoreError(
                f"{JAVA_OPTIONS_VAR}: {option!r} is not a JVM option; expected options that "
                "start with '-', such as -XX:TieredStopAtLevel=1"
            )
    return options


def admin_command(java: str, lib: Path, *args: str, heap: str | None = None,
                  environ: Mapping[str, str] | None = None,
                  jvm: Sequence[str] = ()) -> list[str]:
    """The command line of ``neo4j-admin ARGS`` on these jars, with ``GRAPHKIT_NEO4J_JAVA_OPTIONS``
    and the JVM options ``jvm`` (a class archive's, :func:`~graphkit.store.managed.cds.class_archive`).

    Examples
    --------
    >>> admin_command("java", Path("/lib"), "dbms", "set-initial-password", heap="1g", environ={})
    ['java', '-Xmx1g', '-cp', '/lib/*', 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password']
    """
    return [java, *([f"-Xmx{heap}"] if heap else []), *java_options(environ), *jvm, "-cp",
            f"{lib}/*", ADMIN_TOOL, *args]


def choose_ports(home: Path, *, http: bool) -> tuple[int, int | None]:
    """The Bolt port (and HTTP port with ``http``) for a start: the previous ones while free.

    A restart keeps its URI, so clients configured with it keep working.
    """
    previous = read_json(home / "ports.json") or {}
    bolt = previous.get("bolt_port")
    if not (isinstance(bolt, int) and port_free(bolt)):
        bolt = free_port()
    http_port = None
    if http:
        http_port = previous.get("http_port")
        if not (isinstance(http_port, int) and http_port != bolt and port_free(http_port)):
            http_port = free_port(avoid={bolt})
    (home / "ports.json").write_text(
        json.dumps({"bolt_port": bolt, "http_port": http_port or previous.get("http_port")})
        + "\n",
        encoding="utf-8",
    )
    return bolt, http_port


def write_conf(conf_dir: Path, bolt_port: int, http_port: int | None, memory: Memory) -> None:
    """Write ``neo4j.conf``: loopback only, these ports, this memory, small transaction logs."""
    lines = [
        "# Written by graphkit on every start of this instance; edits are overwritten.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        *(
            [
                f"server.http.listen_address=127.0.0.1:{http_port}",
                f"server.http.advertised_address=127.0.0.1:{http_port}",
            ]
            if http_port
            else ["server.http.enabled=false"]
        ),
        "server.https.enabled=false",
        "server.directories.data=data",
        "server.directories.logs=logs",
        "server.directories.plugins=plugins",
        "server.directories.import=import",
        "dbms.security.allow_csv_import_from_file_urls=true",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        *memory.conf_lines(),
        "db.tx_log.rotation.size=64M",
        "db.tx_log.rotation.retention_policy=2 files",
        "db.checkpoint.interval.time=30s",
        # A stop waited 5 s for the Bolt worker threads, then 5 s for its connections, after
        # the databases had already shut down (checkpointed): 10 s of an idle stop's 10.5 s.
        # With no wait (Neo4j then logs that it ends them "forcefully"), a stop with a client
        # still connected took 0.8 to 1.6 s instead of 2.8 to 3.2 s, nothing lost on restart.
        "internal.server.bolt.thread_pool_shutdown_wait_time=0s",
        "internal.server.bolt.connection_shutdown_wait_time=0s",
    ]
    (conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


def server_command(java: str, lib: Path, memory: Memory, home: Path, conf_dir: Path,
                   extra: list[str] | None = None) -> list[str]:
    """The server's command line, in console mode (graphkit keeps its pid); ``extra``: more
    JVM options (the class-data-sharing archive's, :mod:`graphkit.store.managed.cds`).

    Examples
    --------
    >>> server_command("java", Path("/lib"), Memory(), Path("/h"), Path("/h/conf"))[-4:]
    ['org.neo4j.server.CommunityEntryPoint', '--home-dir=/h', '--config-dir=/h/conf', '--console-mode']
    """
    return [
        java,
        *memory.jvm_options(),
        *JVM_OPTIONS,
        *(extra or []),
        *java_options(),
        "-cp",
        f"{lib}/*",
        ENTRY_POINT,
        f"--home-dir={home}",
        f"--config-dir={conf_dir}",
        "--console-mode",
    ]
