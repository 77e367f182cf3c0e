#!/usr/bin/env python3
"""Draws throughput and p99 latency over load from the service-vs-baseline benchmark's load-sweep.csv as SVG.

Usage: bench/plot-load.py LOAD_SWEEP_CSV SINCE UNTIL TITLE OUT_SVG

Keeps the rows whose `time` lies in [SINCE, UNTIL] (ISO-8601 UTC, compared as text) and draws, for each server, its
requests per second (left panel, linear axis) and its p99 latency in milliseconds (right panel, logarithmic axis)
at each number of connections (both panels: logarithmic connections axis). Several rows of one server at one
number of connections (several sweeps) are drawn as their median. The values are written at the points.
"""
import csv
import math
import statistics
import sys

COLOURS = {"baseline": "#1b6ca8", "service": "#c8553d"}
WIDTH, HEIGHT, PANEL, TOP, BOTTOM, LEFT = 860, 350, 360, 50, 270, 70


def main(path, since, until, title, out):
    source = "/".join(path.split("/")[-2:])
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if since <= r["time"] <= until]
    if not rows:
        sys.exit(f"no rows of {path} between {since} and {until}")
    levels = sorted({int(r["connections"]) for r in rows})
    servers = sorted({r["server"] for r in rows}, key=lambda s: (s != "baseline", s))
    series = {s: {c: (statistics.median(float(r["rps"]) for r in rows if r["server"] == s
                                        and int(r["connections"]) == c),
                      statistics.median(float(r["p99_ms"]) for r in rows if r["server"] == s
                                        and int(r["connections"]) == c))
                  for c in levels if any(r["server"] == s and int(r["connections"]) == c for r in rows)}
              for s in servers}
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif" '
           f'font-size="11">',
           f'<text x="10" y="20" font-size="15" font-weight="bold">{title}</text>']
    max_rps = max(v[0] for s in series.values() for v in s.values())
    p99s = [v[1] for s in series.values() for v in s.values()]
    lo, hi = math.floor(math.log10(min(p99s))), math.ceil(math.log10(max(p99s)))
    hi = max(hi, lo + 1)

    def x(panel, connections):
        span = math.log2(levels[-1]) - math.log2(levels[0]) or 1
        return LEFT + panel * (PANEL + 60) + (math.log2(connections) - math.log2(levels[0])) / span * (PANEL - 30)

    def y_rps(value):
        return BOTTOM - value / (max_rps * 1.1) * (BOTTOM - TOP)

    def y_p99(value):
        return BOTTOM - (math.log10(value) - lo) / (hi - lo) * (BOTTOM - TOP)

    for panel, label in ((0, "requests per second"), (1, "p99 latency, ms (log)")):
        left = LEFT + panel * (PANEL + 60)
        svg.append(f'<text x="{left}" y="{TOP - 8}" font-weight="bold">{label}</text>')
        svg.append(f'<line x1="{left}" y1="{BOTTOM}" x2="{left + PANEL - 30}" y2="{BOTTOM}" stroke="#999"/>')
        for c in levels:
            svg.append(f'<text x="{x(panel, c):.1f}" y="{BOTTOM + 15}" text-anchor="middle">{c}</text>')
        svg.append(f'<text x="{left + (PANEL - 30) / 2}" y="{BOTTOM + 30}" text-anchor="middle">connections</text>')
    for step in range(0, 6):
        value = max_rps * 1.1 * step / 5
        svg.append(f'<line x1="{LEFT}" y1="{y_rps(value):.1f}" x2="{LEFT + PANEL - 30}" y2="{y_rps(value):.1f}" '
                   f'stroke="#eee"/><text x="{LEFT - 5}" y="{y_rps(value) + 4:.1f}" text-anchor="end">'
                   f'{value:,.0f}</text>')
    for exponent in range(lo, hi + 1):
        left = LEFT + PANEL + 60
        svg.append(f'<line x1="{left}" y1="{y_p99(10 ** exponent):.1f}" x2="{left + PANEL - 30}" '
                   f'y2="{y_p99(10 ** exponent):.1f}" stroke="#eee"/><text x="{left - 5}" '
                   f'y="{y_p99(10 ** exponent) + 4:.1f}" text-anchor="end">{10 ** exponent:g}</text>')
    for index, server in enumerate(servers):
        colour = COLOURS.get(server, "#555")
        points = sorted(series[server].items())
        for panel, (scale, value_of, fmt) in enumerate(((y_rps, lambda v: v[0], "{:,.0f}"),
                                                        (y_p99, lambda v: v[1], "{:.2f}"))):
            path = " ".join(f'{x(panel, c):.1f},{scale(value_of(v)):.1f}' for c, v in points)
            svg.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
            for c, v in points:
                svg.append(f'<circle cx="{x(panel, c):.1f}" cy="{scale(value_of(v)):.1f}" r="3" fill="{colour}"/>'
                           f'<text x="{x(panel, c) + 4:.1f}" y="{scale(value_of(v)) - 6 - 10 * index:.1f}" '
                           f'fill="{colour}">{fmt.format(value_of(v))}</text>')
        svg.append(f'<rect x="{LEFT + 150 * index}" y="{HEIGHT - 38}" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{LEFT + 150 * index + 16}" y="{HEIGHT - 28}">{server}</text>')
    svg.append(f'<text x="10" y="{HEIGHT - 8}" fill="#555">median per point; '
               f'{source}, {since} to {until} UTC</text>')
    svg.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
