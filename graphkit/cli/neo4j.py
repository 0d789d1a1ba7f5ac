"""`graphkit neo4j ...`: start, stop and inspect the managed local Neo4j server."""

from __future__ import annotations

from typing import Annotated

import typer

from graphkit.cli._common import err, out, reported

__all__ = ["app"]

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    help="Run a local Neo4j (Community, from Maven Central jars) for graphkit.",
)

Instance = Annotated[
    str, typer.Option("--instance", help="Name of the managed instance; each has its own data.")
]


def _server(instance: str):
    from graphkit.store.managed.server import ManagedNeo4j

    return ManagedNeo4j(instance)


@app.command("start")
def start(
    instance: Instance = "default",
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait for Neo4j to answer over Bolt.")
    ] = 120.0,
    http: Annotated[
        bool, typer.Option("--http", help="Also open the HTTP API on a free local port.")
    ] = False,
    heap: Annotated[
        str | None,
        typer.Option(
            "--heap", help="JVM heap, e.g. 2g or 1g [default: $GRAPHKIT_NEO4J_HEAP or 2g]."
        ),
    ] = None,
    pagecache: Annotated[
        str | None,
        typer.Option(
            "--pagecache",
            help="Neo4j page cache, e.g. 1g [default: $GRAPHKIT_NEO4J_PAGECACHE or 1g].",
        ),
    ] = None,
) -> None:
    """Start the instance in the background and wait until it answers; fetch the jars once.

    Memory applies when the server starts (stop it first to change it); without
    --heap or --pagecache, GRAPHKIT_NEO4J_HEAP and GRAPHKIT_NEO4J_PAGECACHE, else the
    sizes this instance last started with, else 2g and 1g.

    Example: graphkit neo4j start --heap 1g --pagecache 512m
    """
    from graphkit.store.managed.memory import Memory

    with reported():
        server = _server(instance)
        memory = Memory.from_env(heap=heap, pagecache=pagecache) if heap or pagecache else None
        info = server.start(timeout=timeout, http=http, progress=err, memory=memory)
    state = "started" if info.started else "already running:"
    out(f"Neo4j instance {info.instance!r} {state} {info.uri} (pid {info.pid})")
    if info.http_port:
        out(f"HTTP API: http://127.0.0.1:{info.http_port}/")
    out(f"user neo4j, database {info.database}, password in {info.password_file}")
    if memory is not None and not info.started:
        err("--heap and --pagecache apply at the next start: run `graphkit neo4j stop` first")


@app.command("stop")
def stop(
    instance: Instance = "default",
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait after SIGTERM before SIGKILL.")
    ] = 60.0,
) -> None:
    """Stop the instance (SIGTERM, then SIGKILL after --timeout seconds).

    Example: graphkit neo4j stop
    """
    with reported():
        stopped = _server(instance).stop(timeout=timeout)
    out(
        f"stopped Neo4j instance {instance!r}"
        if stopped
        else f"Neo4j instance {instance!r} was not running"
    )


@app.command("status")
def status(instance: Instance = "default") -> None:
    """Show whether the instance runs, where, and how many nodes and relationships it holds.

    Example: graphkit neo4j status
    """
    with reported():
        st = _server(instance).status()
    rows = [("instance", st.instance), ("running", "yes" if st.running else "no")]
    if st.running:
        rows += [("uri", st.uri), ("pid", str(st.pid))]
        if st.http_port:
            rows.append(("http", f"http://127.0.0.1:{st.http_port}/"))
    rows += [
        ("database", st.database),
        ("data dir", str(st.data_dir)),
        ("password file", str(st.password_file)),
    ]
    if st.running and st.problem is None:
        rows += [("nodes", str(st.nodes)), ("relationships", str(st.relationships))]
    width = max(len(key) for key, _ in rows)
    out("\n".join(f"{key + ':':<{width + 1}} {value}" for key, value in rows))
    if st.problem:
        err(f"warning: Neo4j instance {st.instance!r} {st.problem}")


@app.command("logs")
def logs(
    instance: Instance = "default",
    lines: Annotated[
        int, typer.Option("--lines", "-n", min=0, help="How many lines to show.")
    ] = 40,
) -> None:
    """Print the end of the instance's server log (logs/console.log).

    Example: graphkit neo4j logs --lines 100
    """
    with reported():
        text = _server(instance).logs(lines)
    if text:
        out(text)
    else:
        err(f"no log yet for Neo4j instance {instance!r}")
