"""Inline SVG bar charts for the triage report: no script, no outside request."""
from __future__ import annotations

from html import escape


def bar_chart(items: list[tuple[str, int]], title: str, width: int = 720, bar: int = 22) -> str:
    """Horizontal bars, one per (label, value), labelled and titled for screen readers."""
    if not items:
        return ""
    label_width, gap = 370, 6
    top = max(value for _, value in items) or 1
    height = len(items) * (bar + gap) + gap
    rows = []
    for index, (label, value) in enumerate(items):
        y = gap + index * (bar + gap)
        length = max(2, int((width - label_width - 60) * value / top))
        rows.append(
            f'<text x="{label_width - 8}" y="{y + bar * 0.7:.1f}" text-anchor="end" class="label">{escape(_cut(label))}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar}" class="bar"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{label_width + length + 6}" y="{y + bar * 0.7:.1f}" class="value">{value}</text>')
    return (f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(rows)}</svg>')


#: Up to this many columns each has its count written above it; with more, only the highest does (the scale).
COUNTED_COLUMNS = 31


def column_chart(items: list[tuple[str, int]], title: str, width: int = 720, height: int = 200) -> str:
    """Vertical columns over time (one per day), with the first and last day labelled, and the counts written above
    the columns (above the highest only, when there are many)."""
    if not items:
        return ""
    top = max(value for _, value in items) or 1
    slot = width / len(items)
    columns = []
    counted = len(items) <= COUNTED_COLUMNS
    highest = next(index for index, (_, value) in enumerate(items) if value == top)
    for index, (label, value) in enumerate(items):
        column = max(1.0, (height - 36) * value / top)
        x = index * slot + slot * 0.1
        columns.append(f'<rect x="{x:.1f}" y="{height - 20 - column:.1f}" width="{max(1.0, slot * 0.8):.1f}" '
                       f'height="{column:.1f}" class="bar"><title>{escape(label)}: {value}</title></rect>')
        if counted or index == highest:
            columns.append(f'<text x="{x + slot * 0.4:.1f}" y="{height - 24 - column:.1f}" text-anchor="middle" '
                           f'class="value">{value}</text>')
    first, last = escape(items[0][0]), escape(items[-1][0])
    return (f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(columns)}'
            f'<text x="0" y="{height - 4}" class="label">{first}</text>'
            f'<text x="{width}" y="{height - 4}" text-anchor="end" class="label">{last}</text></svg>')


def _cut(text: str, limit: int = 46) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
