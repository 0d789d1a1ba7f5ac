"""What every command shares: one-line error reporting and the stdout/stderr split."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

__all__ = ["err", "out", "reported"]


def err(message: str) -> None:
    """Print a message for the user on stderr, literally (data may contain [brackets])."""
    typer.echo(message, err=True)


def out(text: str) -> None:
    """Print a result on stdout."""
    typer.echo(text)


@contextmanager
def reported() -> Iterator[None]:
    """Turn a GraphkitError into its message on stderr and exit code 1, without a traceback.

    An error may carry its own ``exit_code`` (130 for an interrupted load); Ctrl-C
    anywhere else gives one line and 130 too.
    """
    from graphkit.errors import GraphkitError

    try:
        yield
    except GraphkitError as exc:
        from graphkit.store.secrets import redact

        err(f"error: {redact(str(exc))}")
        raise typer.Exit(code=getattr(exc, "exit_code", 1)) from None
    except KeyboardInterrupt:
        err("error: interrupted (SIGINT)")
        raise typer.Exit(code=130) from None
