"""Standard datasets in, as rows of data/'s own edge format: GDELT 2.0 events (:mod:`.gdelt`)."""

from __future__ import annotations

__all__: list[str] = []
