"""Small inline-SVG charts for the static report: no JavaScript, works offline and in print."""
from __future__ import annotations

from html import escape
from typing import Sequence

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def _fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u2009") if abs(value) >= 10 else f"{value:g}"


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def empty(message: str = "no data in this window") -> str:
    return f'<p class="empty">{escape(message)}</p>'


def hbar_chart(labels: Sequence[str], values: Sequence[float], *, title: str, width: int = 640) -> str:
    """Horizontal bars, largest first as given; one row per label."""
    if not values:
        return empty()
    row, label_w, pad = 22, 200, 60
    height = row * len(values) + 10
    top = max(max(values), 1)
    scale = (width - label_w - pad) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(zip(labels, values)):
        y = 5 + i * row
        w = max(value * scale, 0)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(_short(str(label)))}'
            f'<title>{escape(str(label))}</title></text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{PALETTE[0]}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}">{_fmt(value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def column_chart(labels: Sequence[str], values: Sequence[float], *, title: str,
                 width: int = 720, height: int = 220) -> str:
    """Vertical bars over time-like labels (only some labels are written, so they stay legible)."""
    if not values:
        return empty()
    left, bottom, top_pad = 40, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = max(max(values), 1)
    slot = plot_w / len(values)
    every = max(1, len(values) // 8)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>',
             f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end">{_fmt(top)}</text>',
             f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 10}" y2="{top_pad + plot_h}" stroke="#999"/>']
    for i, (label, value) in enumerate(zip(labels, values)):
        h = value / top * plot_h
        x = left + i * slot
        parts.append(f'<rect x="{x + slot * 0.1:.1f}" y="{top_pad + plot_h - h:.1f}" width="{slot * 0.8:.1f}" '
                     f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(str(label))}: {_fmt(value)}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{height - 10}" text-anchor="middle">'
                         f'{escape(str(label))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(x_labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str,
               width: int = 720, height: int = 260) -> str:
    """One line per series over shared x labels, with a legend underneath."""
    if not x_labels or not series:
        return empty()
    left, bottom, top_pad = 40, 30, 10
    legend_h = 18 * ((len(series) + 2) // 3)
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = max(max((max(v) for v in series.values() if v), default=1), 1)
    step = plot_w / max(len(x_labels) - 1, 1)
    every = max(1, len(x_labels) // 8)
    total_h = height + legend_h
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{total_h}" '
             f'viewBox="0 0 {width} {total_h}"><title>{escape(title)}</title>',
             f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end">{_fmt(top)}</text>',
             f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 10}" y2="{top_pad + plot_h}" stroke="#999"/>']
    for i, label in enumerate(x_labels):
        if i % every == 0:
            parts.append(f'<text x="{left + i * step:.1f}" y="{height - 10}" text-anchor="middle">'
                         f'{escape(str(label))}</text>')
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        points = " ".join(f"{left + i * step:.1f},{top_pad + plot_h - v / top * plot_h:.1f}" for i, v in enumerate(values))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}">'
                     f'<title>{escape(name)}</title></polyline>')
        lx, ly = 10 + (n % 3) * (width // 3), height + 14 + 18 * (n // 3)
        parts.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{lx + 16}" y="{ly}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
