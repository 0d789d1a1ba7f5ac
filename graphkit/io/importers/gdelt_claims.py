"""GDELT 2.0 events as graphkit sums them: the columns read, the filter, a claim, an import's
result. Shared by the Python engine (:mod:`.gdelt`) and the DuckDB one (:mod:`.gdelt_duckdb`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["COLUMNS", "IDS_KEPT", "PUBLISHER", "QUAD_NAMES", "QUAD_RELATIONS", "GdeltClaim", "GdeltFilter",
           "GdeltImport"]

#: Columns of a GDELT 2.0 event row.
COLUMNS = 61
#: 0-based positions of the columns used (GDELT 2.0 Event Codebook).
COL_ID, COL_DAY, COL_A1, COL_A2, COL_ROOT_EVENT, COL_CODE, COL_ROOT, COL_QUAD = 0, 1, 7, 17, 25, 26, 28, 29
COL_GOLDSTEIN, COL_MENTIONS, COL_SOURCES, COL_ARTICLES, COL_TONE, COL_ADDED, COL_URL = 30, 31, 32, 33, 34, 59, 60
#: CAMEO QuadClass -> relation type in schema.yaml.
QUAD_RELATIONS = {1: "VERBAL_COOPERATION_WITH", 2: "MATERIAL_COOPERATION_WITH",
                  3: "VERBAL_CONFLICT_WITH", 4: "MATERIAL_CONFLICT_WITH"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}
PUBLISHER = "The GDELT Project (GDELT 2.0 Event Database)"
#: GLOBALEVENTIDs named per claim (the smallest), and article URLs kept at most.
IDS_KEPT = 10


@dataclass(frozen=True)
class GdeltFilter:
    """Which events count: CAMEO root codes (``"04"``), QuadClasses, days, minimum NumSources."""

    roots: frozenset[str] | None = None
    quad_classes: frozenset[int] = frozenset(QUAD_RELATIONS)
    start: dt.date | None = None
    end: dt.date | None = None
    min_sources: int = 1
    period: str = "month"  # "day", "month" or "year"


@dataclass
class GdeltClaim:
    """The events of one direction, QuadClass and period, summed.

    ``goldstein`` and ``tone`` are exact decimal sums; ``ids`` the smallest
    GLOBALEVENTIDs (at most :data:`IDS_KEPT`, ascending); ``urls`` the article of each of
    the smallest GLOBALEVENTIDs that have one, by id.
    """

    subject: str
    object: str
    quad_class: int
    period: str
    first: str = "9999-12-31"
    last: str = "0000-01-01"
    events: int = 0
    mentions: int = 0
    sources: int = 0
    articles: int = 0
    goldstein: Decimal = Decimal(0)
    tone: Decimal = Decimal(0)
    roots: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)
    ids: list[int] = field(default_factory=list)
    urls: dict[int, str] = field(default_factory=dict)
    added: str = ""

    @property
    def relation(self) -> str:
        return QUAD_RELATIONS[self.quad_class]


@dataclass
class GdeltImport:
    """What :func:`aggregate_gdelt` read and kept, and which engine did it.

    ``count`` is the number of claims. The DuckDB engine keeps them as columns and makes
    each :class:`GdeltClaim` when it is read (``build`` yields them in order), so that an
    import streams them into edge rows without holding them all.
    """

    rows: int
    kept: int
    files: list[str]
    engine: str = "python"
    count: int = 0
    built: list[GdeltClaim] | None = None
    build: Callable[[], Iterator[GdeltClaim]] | None = field(default=None, repr=False, compare=False)
    #: Frees what holds the columns (DuckDB's connection); afterwards ``claims`` is empty.
    release: Callable[[], None] | None = field(default=None, repr=False, compare=False)
    #: True when DuckDB summed the claims the slow, memory-bounded way (staged rows, summed
    #: when read); False when one pass computed them all (see :mod:`.gdelt_duckdb`).
    staged: bool = False

    @property
    def claims(self) -> list[GdeltClaim]:
        """The claims, in the order of the output file (subject, relation, object, first day)."""
        if self.built is None:
            self.built = list(self.iter_claims())
        return self.built

    def iter_claims(self) -> Iterator[GdeltClaim]:
        """The claims one by one, in the order of ``claims``."""
        if self.built is not None:
            return iter(self.built)
        return self.build() if self.build else iter(())
