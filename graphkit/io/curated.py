"""Which data to read when none is named: ``./data`` if there is one, else graphkit's curated set.

The curated dataset lives at the top of the repository (``data/``, for the people who
read and edit it); a wheel ships a copy as ``graphkit/data`` (see pyproject.toml), so an
installed graphkit works from any folder. Every reader that takes optional paths
(:func:`graphkit.io.read_dataset`, :func:`graphkit.io.read_graph`, the CLI) goes through
:func:`choose_data`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["LOCAL_DATA_DIR", "DataChoice", "choose_data", "curated_data_dir"]

#: The folder looked for in the current directory when no data path is given.
LOCAL_DATA_DIR = Path("data")


def curated_data_dir() -> Path:
    """The curated dataset: ``graphkit/data`` in an installed wheel, else the checkout's ``data/``.

    Examples
    --------
    >>> (curated_data_dir() / "edges").is_dir()
    True
    """
    package = Path(__file__).resolve().parents[1]
    shipped = package / "data"
    return shipped if shipped.is_dir() else package.parent / "data"


@dataclass(frozen=True)
class DataChoice:
    """The paths to read and, when they are the curated dataset, a line saying so."""

    paths: tuple[Path, ...]
    note: str | None = None


def choose_data(*paths: Path | str | None) -> DataChoice:
    """The given paths; without any, ``./data`` when it exists, else the curated dataset.

    Parameters
    ----------
    *paths : path-like
        Data folders or CSV files; ``None`` entries are ignored.

    Returns
    -------
    DataChoice
        ``note`` is set only when the curated dataset is used because nothing else was
        found: show it to the user (the CLI prints it on stderr).

    Examples
    --------
    >>> choose_data("elsewhere").paths
    (PosixPath('elsewhere'),)
    >>> import os, tempfile
    >>> here = os.getcwd()
    >>> with tempfile.TemporaryDirectory() as empty:
    ...     os.chdir(empty)
    ...     try:
    ...         choice = choose_data()
    ...     finally:
    ...         os.chdir(here)
    >>> choice.paths == (curated_data_dir(),), choice.note.startswith("no ./data folder here")
    (True, True)
    """
    given = tuple(Path(p) for p in paths if p is not None)
    if given:
        return DataChoice(given)
    if LOCAL_DATA_DIR.is_dir():
        return DataChoice((LOCAL_DATA_DIR,))
    curated = curated_data_dir()
    return DataChoice((curated,), f"no ./data folder here: using graphkit's curated dataset, "
                                  f"{curated}")
