"""Small inline SVG charts (a line chart, grouped horizontal bars, a heat map, a timeline), each with
its axis titles, escaped and deterministic: no scripts, no fonts or files fetched. One colour per series, from the
bloc palette of schema.yaml (the series are blocs, coloured as on the page)."""

from __future__ import annotations

from html import escape

from graphkit.schema import load_schema

__all__ = ["bar_chart", "heat_map", "line_chart", "timeline_chart"]


def _color(i: int) -> str:
    """The colour of the ``i``-th series: ``palette.blocs`` in schema.yaml, round again."""
    palette = load_schema().bloc_colors
    return palette[i % len(palette)]


def _open(width: float, height: float, title: str) -> str:
    """A chart's opening ``<svg>`` tag: its size, its title for screen readers, its font."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
            'font-family="sans-serif" font-size="11">')


def _grid(parts: list[str], rows: list, columns: list, cells: dict, *, left: float,
          upper: float, row_h: float, label_dy: float, limit: int):
    """Append each row's label (escaped, cut to ``limit``) left of the grid, and yield
    ``(y, j, row, column, value)`` for each cell ``cells`` has, row by row."""
    for i, row in enumerate(rows):
        y = upper + row_h * i
        parts.append(f'<text x="{left - 6}" y="{_fmt(y + label_dy)}" text-anchor="end">'
                     f'{escape(row[:limit])}</text>')
        for j, col in enumerate(columns):
            value = cells.get((row, col))
            if value is not None:
                yield y, j, row, col, value


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return max(step * ((value + step - 1) // step), step)
    return value


def line_chart(series: dict[str, list[tuple[int, ...]]], *, width: int = 760,
               height: int = 260, title: str = "", x_title: str = "year",
               y_title: str = "members") -> str:
    """Step-free line chart of counts per year, one line per series, with a legend.

    A point is ``(year, count)`` or ``(year, certain, possible)``: then the line is the
    certain count, and where ``possible`` is not 0 a shaded band and a dashed line reach up
    to ``certain + possible``, the tooltip saying ``55 (+3 possible)``. ``x_title`` and
    ``y_title`` name the axes.

    Examples
    --------
    >>> svg = line_chart({"A<b>": [(2020, 1), (2021, 3)]})
    >>> svg.startswith("<svg") and "A&lt;b&gt;" in svg and "<b>" not in svg
    True
    >>> svg = line_chart({"x": [(2024, 52, 0), (2025, 55, 3)]})
    >>> svg.count("<polygon"), svg.count('stroke-dasharray'), "x 2025: 55 (+3 possible)" in svg
    (1, 1, True)
    """
    series = {name: [(p[0], p[1], p[2] if len(p) > 2 else 0) for p in pts]
              for name, pts in series.items()}
    years = sorted({p[0] for pts in series.values() for p in pts})
    top = _nice_max(max((c + e for pts in series.values() for _, c, e in pts), default=1) or 1)
    left, right, upper, lower = 58, 250, 24, 44
    w, h = width - left - right, height - upper - lower
    y0, y1 = (years[0], years[-1]) if years else (0, 1)
    span = max(y1 - y0, 1)

    def x(year: int) -> float:
        return left + (year - y0) / span * w

    def y(count: int) -> float:
        return upper + h - count / top * h

    parts = [_open(width, height, title)]
    for i in range(6):
        v = top * i / 5
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{_fmt(y(v))}" y2="{_fmt(y(v))}" '
                     'stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{_fmt(y(v) + 4)}" text-anchor="end">'
                     f'{v:g}</text>')
    step = max(1, (len(years) + 9) // 10)
    for year in years[::step]:
        parts.append(f'<text x="{_fmt(x(year))}" y="{height - 26}" text-anchor="middle">'
                     f'{year}</text>')
    parts.append(_axis_titles(left + w / 2, height - 6, 14, upper + h / 2, x_title, y_title))
    for i, (name, pts) in enumerate(series.items()):
        color = _color(i)
        if pts and any(e for _, _, e in pts):
            upper_line = [f"{_fmt(x(a))},{_fmt(y(b + e))}" for a, b, e in pts]
            lower_line = [f"{_fmt(x(a))},{_fmt(y(b))}" for a, b, _ in reversed(pts)]
            parts.append(f'<polygon points="{" ".join(upper_line + lower_line)}" '
                         f'fill="{color}" fill-opacity="0.18" stroke="none"/>')
            parts.append(f'<polyline points="{" ".join(upper_line)}" fill="none" '
                         f'stroke="{color}" stroke-width="1" stroke-dasharray="4 3"/>')
        if pts:
            path = " ".join(f"{_fmt(x(a))},{_fmt(y(b))}" for a, b, _ in pts)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" '
                         'stroke-width="2"/>')
            for a, b, e in pts:
                label = f"{b} (+{e} possible)" if e else f"{b}"
                parts.append(f'<circle cx="{_fmt(x(a))}" cy="{_fmt(y(b))}" r="2.5" '
                             f'fill="{color}"><title>{escape(name)} {a}: {label}</title></circle>')
        ly = upper + 14 * i
        parts.append(f'<rect x="{left + w + 12}" y="{ly}" width="10" height="10" '
                     f'fill="{color}"/>')
        parts.append(f'<text x="{left + w + 26}" y="{ly + 9}">{escape(name[:40])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _axis_titles(x: float, y: float, yx: float, yy: float, x_title: str, y_title: str) -> str:
    """The x-axis title centred at (x, y), the y-axis title rotated, centred at (yx, yy)."""
    return (f'<text x="{_fmt(x)}" y="{_fmt(y)}" text-anchor="middle" font-weight="bold">'
            f'{escape(x_title)}</text>'
            f'<text x="{_fmt(yx)}" y="{_fmt(yy)}" text-anchor="middle" font-weight="bold" '
            f'transform="rotate(-90 {_fmt(yx)} {_fmt(yy)})">{escape(y_title)}</text>')


def bar_chart(groups: dict[str, dict[str, int]], *, width: int = 760,
              title: str = "", x_title: str = "members", y_title: str = "") -> str:
    """Grouped horizontal bars: one row per category, one bar per group; ``x_title`` names
    the counted axis, ``y_title`` the categories.

    Examples
    --------
    >>> svg = bar_chart({"x": {"Europe": 2}, "y": {"Europe": 1, "Asia": 3}})
    >>> svg.count("<rect") - 2   # minus the legend squares
    3
    """
    cats = sorted({c for g in groups.values() for c in g})
    top = max((n for g in groups.values() for n in g.values()), default=1) or 1
    bar, gap, left, right = 10, 8, 190, 250
    row_h = bar * len(groups) + gap
    height = 20 + row_h * len(cats) + 30
    w = width - left - right
    parts = [_open(width, height, title)]
    for r, cat in enumerate(cats):
        y0 = 20 + r * row_h
        parts.append(f'<text x="{left - 6}" y="{y0 + row_h / 2}" text-anchor="end">'
                     f'{escape(cat[:28])}</text>')
        for i, (name, counts) in enumerate(groups.items()):
            n = counts.get(cat, 0)
            if not n:
                continue
            bw = n / top * w
            parts.append(f'<rect x="{left}" y="{y0 + i * bar}" width="{_fmt(bw)}" '
                         f'height="{bar - 1}" fill="{_color(i)}">'
                         f'<title>{escape(name)}, {escape(cat)}: {n}</title></rect>')
            parts.append(f'<text x="{_fmt(left + bw + 3)}" y="{y0 + i * bar + 8}" '
                         f'font-size="9">{n}</text>')
    for i, name in enumerate(groups):
        parts.append(f'<rect x="{left + w + 12}" y="{4 + 14 * i}" width="10" height="10" '
                     f'fill="{_color(i)}"/>')
        parts.append(f'<text x="{left + w + 26}" y="{13 + 14 * i}">{escape(name[:40])}</text>')
    parts.append(_axis_titles(left + w / 2, height - 8, 14, 20 + row_h * len(cats) / 2,
                              x_title, y_title))
    parts.append("</svg>")
    return "".join(parts)


def heat_map(rows: list[str], columns: list[str], values: dict[tuple[str, str], float], *,
             labels: dict[tuple[str, str], str] | None = None, width: int = 760,
             title: str = "", x_title: str = "", y_title: str = "") -> str:
    """A grid of shares (0 to 1): one row per ``rows`` item, one column per ``columns``
    item, darker for a larger share, the share (or ``labels``) written in each cell.

    Examples
    --------
    >>> svg = heat_map(["NATO"], ["A<b>", "B"], {("NATO", "A<b>"): 0.8},
    ...                x_title="compared bloc", y_title="other bloc")
    >>> svg.count("<rect"), "A&lt;b&gt;" in svg, ">0.80<" in svg, ">compared bloc<" in svg
    (1, True, True, True)
    """
    labels = labels or {}
    left, upper, cell_h = 210, 44, 22
    cell_w = max(60, min(160, (width - left - 20) // max(len(columns), 1)))
    height = upper + cell_h * len(rows) + 34
    width = left + cell_w * len(columns) + 20
    parts = [_open(width, height, title)]
    for j, col in enumerate(columns):
        parts.append(f'<text x="{left + cell_w * j + cell_w / 2:.1f}" y="{upper - 8}" '
                     f'text-anchor="middle">{escape(col[:24])}</text>')
    for y, j, row, col, v in _grid(parts, rows, columns, values, left=left, upper=upper,
                                   row_h=cell_h, label_dy=cell_h / 2 + 4, limit=32):
        shade = round(255 - 200 * max(0.0, min(1.0, v)))
        ink = "#fff" if v > 0.6 else "#222"
        text = labels.get((row, col), f"{v:.2f}")
        x = left + cell_w * j
        parts.append(f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                     f'fill="rgb({shade},{shade},255)"><title>{escape(row)}, {escape(col)}: '
                     f'{escape(text)}</title></rect>')
        parts.append(f'<text x="{x + cell_w / 2 - 1:.1f}" y="{y + cell_h / 2 + 3:.1f}" '
                     f'text-anchor="middle" fill="{ink}">{escape(text)}</text>')
    parts.append(_axis_titles(left + cell_w * len(columns) / 2, 14, 14,
                              upper + cell_h * len(rows) / 2, x_title, y_title))
    parts.append("</svg>")
    return "".join(parts)


def timeline_chart(rows: list[str], columns: list[int], cells: dict[tuple[str, int], str], *,
                   width: int = 760, title: str = "", x_title: str = "year",
                   y_title: str = "") -> str:
    """One row per ``rows`` item, one column per year: each cell coloured by its label
    (``cells[(row, year)]``, e.g. a community's name; no cell where there is none), a
    legend of the labels in order of first appearance, the label in each cell's tooltip.

    Examples
    --------
    >>> svg = timeline_chart(["A<b>"], [2020, 2021], {("A<b>", 2020): "~X", ("A<b>", 2021): "~Y"})
    >>> svg.count("<rect") - 2, "A&lt;b&gt;" in svg and "<b>" not in svg, "A&lt;b&gt;, 2021: ~Y" in svg
    (2, True, True)
    """
    order = {row: i for i, row in enumerate(rows)}
    labels = list(dict.fromkeys(cells[k] for k in sorted(cells, key=lambda k: (k[1], order[k[0]]))))
    color = {name: _color(i) for i, name in enumerate(labels)}
    left, upper, row_h, right = 190, 24, 16, 170
    cell_w = max(8.0, min(48.0, (width - left - right) / max(len(columns), 1)))
    height = max(upper + row_h * len(rows) + 44, upper + 14 * len(labels) + 10)
    parts = [_open(width, height, title)]
    step = max(1, (len(columns) + 9) // 10)
    for j, year in enumerate(columns):
        if j % step == 0:
            parts.append(f'<text x="{_fmt(left + cell_w * (j + 0.5))}" y="{upper - 6}" '
                         f'text-anchor="middle">{year}</text>')
    for y, j, row, year, label in _grid(parts, rows, columns, cells, left=left, upper=upper,
                                        row_h=row_h, label_dy=row_h - 4, limit=28):
        parts.append(f'<rect x="{_fmt(left + cell_w * j)}" y="{y + 1}" '
                     f'width="{_fmt(cell_w - 1)}" height="{row_h - 2}" fill="{color[label]}">'
                     f'<title>{escape(row)}, {year}: {escape(label)}</title></rect>')
    legend_x = left + cell_w * len(columns) + 12
    for i, name in enumerate(labels):
        parts.append(f'<rect x="{_fmt(legend_x)}" y="{upper + 14 * i}" width="10" height="10" '
                     f'fill="{color[name]}"/>')
        parts.append(f'<text x="{_fmt(legend_x + 14)}" y="{upper + 14 * i + 9}">'
                     f'{escape(name[:24])}</text>')
    parts.append(_axis_titles(left + cell_w * len(columns) / 2, height - 8, 14,
                              upper + row_h * len(rows) / 2, x_title, y_title))
    parts.append("</svg>")
    return "".join(parts)
