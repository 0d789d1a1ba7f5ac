"""What every command shares: one-line error reporting, the stdout/stderr split, the shared
options (``--format``, ``--as-of``), the data a command reads when none is named, and
help pages without type noise."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from graphkit.output import Format

__all__ = [
    "AsOfOpt",
    "Command",
    "FormatOpt",
    "Group",
    "HistoryAsOfOpt",
    "data_paths",
    "day_option",
    "err",
    "out",
    "quiet_help",
    "reported",
]


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


def _as_of(ctx: typer.Context, value: str | None) -> str | None:
    """Check ``--as-of`` while the command line is parsed: one line and exit 1 if it is bad.
    ``all`` (any case) passes as ``"all"``: all dates."""
    if value is None or ctx.resilient_parsing:  # resilient: shell completion, print nothing
        return value
    from graphkit.io.dates import ALL_DATES, check_day, is_all_dates

    if is_all_dates(value):
        return ALL_DATES
    with reported():
        return check_day(value, name="--as-of")


def day_option(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """The callback of any other day option (``--since``, ``--from``, ``--to``): checked as
    ``--as-of`` is, the message naming the option (``error: --since: expected ...``)."""
    if value is None or ctx.resilient_parsing:
        return value
    from graphkit.io.dates import check_day

    with reported():
        return check_day(value, name=param.opts[0])


#: The one ``--as-of`` every command that takes a day uses: the same bad day gives the same
#: line (``error: --as-of: expected a full date as YYYY-MM-DD, got ...``) and exit code 1.
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", metavar="YYYY-MM-DD|all", callback=_as_of,
    help="The day to answer for: only relations valid then. Default: today; 'all': all dates.")]

#: ``--as-of`` of the commands that write the data out for other tools (``export``): the
#: same check, but the default is the whole history, so Gephi's timeline can play it.
HistoryAsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", metavar="YYYY-MM-DD|all", callback=_as_of,
    help="Only relations valid on this day. Default: all dates (the file carries the history).")]

#: The one ``--format`` of every command that prints rows.
FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", case_sensitive=False,
    help="A table for the terminal (URLs kept whole), or csv, json or markdown.")]


def data_paths(paths: Iterable[Path | None] = ()) -> tuple[Path, ...]:
    """The data to read (:func:`graphkit.io.curated.choose_data`); say on stderr when it is
    the curated dataset because no path was given and there is no ./data folder."""
    from graphkit.io.curated import choose_data

    choice = choose_data(*paths)
    if choice.note:
        err(choice.note)
    return choice.paths


# Help pages: a type in angle brackets is shown only where it tells the reader something
# (a number, a range, a list of choices); flags, text and paths show none.
_PLAIN_TYPES = {"<bool>", "<str>", "<path>", "<file>", "<directory>", "<list[str]>",
                "<list[Path]>", "<list[path]>"}


def _no_type(ctx) -> None:
    return None


def _quiet_types(command, ctx) -> None:
    for param in command.get_params(ctx):
        if param.param_type_name == "option" and param.metavar is not None:
            continue  # an option's own metavar (--as-of YYYY-MM-DD) says what to give
        shown = param.display_type(ctx) if hasattr(param, "display_type") else None
        if getattr(param, "is_flag", False) or shown in _PLAIN_TYPES:
            param.display_type_rich = _no_type  # this parameter object only


class Command(TyperCommand):
    """A Typer command whose --help shows no ``<bool>``, ``<str>`` or ``<path>``."""

    def format_help(self, ctx, formatter) -> None:
        _quiet_types(self, ctx)
        return super().format_help(ctx, formatter)


class Group(TyperGroup):
    """A Typer group whose --help shows no ``<bool>``, ``<str>`` or ``<path>``."""

    def format_help(self, ctx, formatter) -> None:
        _quiet_types(self, ctx)
        return super().format_help(ctx, formatter)


def quiet_help(app: typer.Typer) -> None:
    """Give ``app``, its commands and its groups (recursively) the classes above.

    Called once on the root app after every command is attached, so a command added
    later gets quiet help without saying so.
    """
    app.info.cls = Group
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):  # Typer's default, not a class of its own
            command.cls = Command
    for group in app.registered_groups:
        if group.typer_instance is not None:
            quiet_help(group.typer_instance)
