"""Standard datasets in, as rows of data/'s own format: GDELT 2.0 events (:mod:`.gdelt`, summed by
DuckDB in :mod:`.gdelt_duckdb`), COW and ATOP formal alliances (:mod:`.alliances`), UN General
Assembly roll-call votes (:mod:`.unga`); checked and written, or handed to the loader, by
:mod:`.output`."""

from __future__ import annotations

__all__: list[str] = []
