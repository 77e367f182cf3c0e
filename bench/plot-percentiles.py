#!/usr/bin/env python3
"""Draws latency percentiles from a benchmark's runs.csv as an SVG bar chart (no plotting library needed).

Usage: bench/plot-percentiles.py RUNS_CSV GROUP_COLUMN SINCE UNTIL TITLE OUT_SVG [TARGET_MS]

Keeps the rows whose `time` (or `started`) lies in [SINCE, UNTIL] (ISO-8601 UTC, compared as text), groups them by
GROUP_COLUMN, and draws for each group the median over its rows of every percentile column the file has
(p50_ms, p75_ms, p90_ms, p95_ms, p99_ms), one bar each, on a logarithmic axis in milliseconds. The medians are
written on the bars, so the picture carries its numbers. TARGET_MS, if given, is drawn as a dashed line.
"""
import csv
import math
import statistics
import sys

PERCENTILES = ["p50_ms", "p75_ms", "p90_ms", "p95_ms", "p99_ms"]
COLOURS = {"p50_ms": "#1b6ca8", "p75_ms": "#4a9bd6", "p90_ms": "#8cc3ea", "p95_ms": "#f0a35e", "p99_ms": "#c8553d"}


def main(path, group_column, since, until, title, out, target=None):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if since <= (r.get("time") or r.get("started")) <= until]
    if not rows:
        sys.exit(f"no rows of {path} between {since} and {until}")
    columns = [p for p in PERCENTILES if p in rows[0]]
    groups = {}
    for row in rows:
        groups.setdefault(row[group_column], []).append(row)
    medians = {g: [statistics.median(float(r[c]) for r in rs) for c in columns] for g, rs in groups.items()}

    target = float(target) if target else None
    low = min([v for vs in medians.values() for v in vs] + ([target] if target else []))
    high = max([v for vs in medians.values() for v in vs] + ([target] if target else []))
    floor, ceiling = 10 ** math.floor(math.log10(low)), 10 ** math.ceil(math.log10(high))
    left, top, plot_w, bar_h, gap = 200, 50, 560, 16, 14
    height = top + len(medians) * (len(columns) * bar_h + gap) + 60

    def x(value):
        return left + plot_w * (math.log10(value) - math.log10(floor)) / (math.log10(ceiling) - math.log10(floor))

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + plot_w + 80}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title)}</text>']
    decade = floor
    while decade <= ceiling:
        svg.append(f'<line x1="{x(decade):.1f}" y1="{top - 8}" x2="{x(decade):.1f}" y2="{height - 45}" '
                   f'stroke="#ddd"/><text x="{x(decade):.1f}" y="{height - 30}" text-anchor="middle">'
                   f'{decade:g} ms</text>')
        decade *= 10
    if target:
        svg.append(f'<line x1="{x(target):.1f}" y1="{top - 8}" x2="{x(target):.1f}" y2="{height - 45}" '
                   f'stroke="#c00" stroke-dasharray="5,4"/><text x="{x(target) + 4:.1f}" y="{top - 12}" '
                   f'fill="#c00">target {target:g} ms</text>')
    y = top
    for group, values in medians.items():
        svg.append(f'<text x="{left - 8}" y="{y + len(columns) * bar_h / 2 + 4:.1f}" text-anchor="end">'
                   f'{escape(group)} ({len(groups[group])} runs)</text>')
        for column, value in zip(columns, values):
            svg.append(f'<rect x="{left}" y="{y}" width="{max(x(value) - left, 1):.1f}" height="{bar_h - 3}" '
                       f'fill="{COLOURS[column]}"/><text x="{x(value) + 4:.1f}" y="{y + bar_h - 5}">'
                       f'{column[:-3]} {value:.2f}</text>')
            y += bar_h
        y += gap
    svg.append(f'<text x="10" y="{height - 10}" fill="#555">median of the runs per percentile; '
               f'{escape(path.split("bench/target/")[-1])}, {since[:16]} to {until[:16]} UTC</text></svg>')
    with open(out, "w") as f:
        f.write("\n".join(svg) + "\n")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if __name__ == "__main__":
    if len(sys.argv) not in (7, 8):
        sys.exit(__doc__)
    main(*sys.argv[1:])
