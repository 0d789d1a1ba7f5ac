"""Small inline SVG charts (a line chart and grouped horizontal bars), escaped and
deterministic: no scripts, no fonts or files fetched. One colour per series, from the
bloc palette of schema.yaml (the series are blocs, coloured as on the page)."""

from __future__ import annotations

from html import escape

from graphkit.schema import load_schema

__all__ = ["bar_chart", "line_chart"]


def _color(i: int) -> str:
    """The colour of the ``i``-th series: ``palette.blocs`` in schema.yaml, round again."""
    palette = load_schema().bloc_colors
    return palette[i % len(palette)]


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return max(step * ((value + step - 1) // step), step)
    return value


def line_chart(series: dict[str, list[tuple[int, ...]]], *, width: int = 760,
               height: int = 260, title: str = "") -> str:
    """Step-free line chart of counts per year, one line per series, with a legend.

    A point is ``(year, count)`` or ``(year, certain, possible)``: then the line is the
    certain count, and where ``possible`` is not 0 a shaded band and a dashed line reach up
    to ``certain + possible``, the tooltip saying ``55 (+3 possible)``.

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
    left, right, upper, lower = 44, 250, 24, 30
    w, h = width - left - right, height - upper - lower
    y0, y1 = (years[0], years[-1]) if years else (0, 1)
    span = max(y1 - y0, 1)

    def x(year: int) -> float:
        return left + (year - y0) / span * w

    def y(count: int) -> float:
        return upper + h - count / top * h

    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
             'font-family="sans-serif" font-size="11">')]
    for i in range(6):
        v = top * i / 5
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{_fmt(y(v))}" y2="{_fmt(y(v))}" '
                     'stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{_fmt(y(v) + 4)}" text-anchor="end">'
                     f'{v:g}</text>')
    step = max(1, (len(years) + 9) // 10)
    for year in years[::step]:
        parts.append(f'<text x="{_fmt(x(year))}" y="{height - 10}" text-anchor="middle">'
                     f'{year}</text>')
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


def bar_chart(groups: dict[str, dict[str, int]], *, width: int = 760,
              title: str = "") -> str:
    """Grouped horizontal bars: one row per category, one bar per group.

    Examples
    --------
    >>> svg = bar_chart({"x": {"Europe": 2}, "y": {"Europe": 1, "Asia": 3}})
    >>> svg.count("<rect") - 2   # minus the legend squares
    3
    """
    cats = sorted({c for g in groups.values() for c in g})
    top = max((n for g in groups.values() for n in g.values()), default=1) or 1
    bar, gap, left, right = 10, 8, 170, 250
    row_h = bar * len(groups) + gap
    height = 20 + row_h * len(cats) + 10
    w = width - left - right
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
             'font-family="sans-serif" font-size="11">')]
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
    parts.append("</svg>")
    return "".join(parts)
