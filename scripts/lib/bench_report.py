"""Folds the metrics of one scripts/bench run into bench/results.json, a Markdown table and a scaling plot."""
import datetime
import json
import os
import platform
import subprocess
import sys

metrics_file, out_dir, cores = sys.argv[1], sys.argv[2], sys.argv[3]
metrics = [json.loads(line) for line in open(metrics_file, encoding="utf-8") if line.strip().startswith("{")]
results_path = os.path.join(out_dir, "results.json")
previous = []
if os.path.exists(results_path):
    previous = json.load(open(results_path, encoding="utf-8")).get("metrics", [])
# A new run replaces the figures it measured (same name and scale) and keeps the others.
measured = {(m["name"], m["scale"]) for m in metrics}
merged = [m for m in previous if (m["name"], m["scale"]) not in measured] + metrics
merged.sort(key=lambda m: (m["name"], ["small", "city", "province"].index(m["scale"]) if m["scale"] in ("small", "city", "province") else 9))


def cpu_model():
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
machine = {
    "cpu": cpu_model(), "cores": int(cores), "kernel": platform.release(),
    "swift": swift[0] if swift else "", "date": datetime.date.today().isoformat(),
}
json.dump({"format": "foodtrace-bench", "v": 1, "machine": machine, "metrics": merged},
          open(results_path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, float) and value < 10:
        return f"{value:.3g}"
    return f"{value:,.0f}" if isinstance(value, (int, float)) else str(value)


rows = ["| figure | scale | value | baseline (same run) | ratio | goal | met |", "|---|---|---|---|---|---|---|"]
for m in merged:
    baseline = f"{fmt(m.get('baseline'))} ({m['baselineName']})" if m.get("baseline") is not None else ""
    ratio = f"{m['ratio']:.3g}" if m.get("ratio") is not None else ""
    met = {True: "met", False: "**not met**", None: ""}[m.get("met")]
    if m.get("failed"):
        rows.append(f"| {m['name']} | {m['scale']} | **failed**: {m['failed']} | | | {m.get('goal') or ''} | **failed** |")
        continue
    rows.append(f"| {m['name']} | {m['scale']} | {fmt(m['value'])} {m['unit']} | {baseline} | {ratio} | {m.get('goal') or ''} | {met} |")
table = "\n".join(rows)
header = f"Machine: {machine['cpu']}, {machine['cores']} cores, Linux {machine['kernel']}, {machine['swift']}; {machine['date']}."
open(os.path.join(out_dir, "results.md"), "w", encoding="utf-8").write(header + "\n\n" + table + "\n")
print(header)
print(table)

# Scaling plot: per-record or per-query cost against store size, one line per figure, log-log, plain SVG.
sizes = {"small": 1e4, "city": 1e6, "province": 1e7}
# The x position of a scale is its store's measured record count when the run recorded it.
for m in merged:
    if m["name"] == "store-records" and m["scale"] in sizes and m.get("value") is not None:
        sizes[m["scale"]] = float(m["value"])
series = {}
for m in merged:
    if m["scale"] in sizes and m["unit"] in ("ms", "µs/record", "s", "bytes/record") and m.get("value") is not None:
        series.setdefault(f"{m['name']} ({m['unit']})", []).append((sizes[m["scale"]], m["value"]))
series = {k: sorted(v) for k, v in series.items() if len(v) >= 2}
width, height, left, bottom, legend = 980, 440, 70, 50, 330
import math
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
       '<rect width="100%" height="100%" fill="white"/>',
       f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="13">FoodTrace: cost against store size (records, log scale)</text>']
if series:
    values = [v for points in series.values() for _, v in points if v > 0]
    ymin, ymax = math.log10(min(values)) - 0.2, math.log10(max(values)) + 0.2
    xmin, xmax = math.log10(min(sizes.values())) - 0.2, math.log10(max(sizes.values())) + 0.2
    def px(x): return left + (math.log10(x) - xmin) / (xmax - xmin) * (width - left - legend)
    def py(y): return height - bottom - (math.log10(max(y, 1e-9)) - ymin) / (ymax - ymin) * (height - bottom - 40)
    svg.append(f'<line x1="{left}" y1="{height - bottom}" x2="{width - legend}" y2="{height - bottom}" stroke="black"/>')
    svg.append(f'<line x1="{left}" y1="40" x2="{left}" y2="{height - bottom}" stroke="black"/>')
    for name, size in sizes.items():
        if not any(x == size for points in series.values() for x, _ in points):
            continue
        svg.append(f'<text x="{px(size)}" y="{height - bottom + 16}" text-anchor="middle">{name} ({size:,.0f})</text>')
    # Decades on the y axis (the value in the figure's own unit, log scale).
    for decade in range(math.ceil(ymin), math.floor(ymax) + 1):
        y = py(10 ** decade)
        svg.append(f'<line x1="{left - 4}" y1="{y:.1f}" x2="{width - legend}" y2="{y:.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{10 ** decade:g}</text>')
    colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
               "#17becf", "#000000", "#aec7e8"]
    for index, (name, points) in enumerate(sorted(series.items())):
        colour = colours[index % len(colours)]
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(points))
        svg.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in points:
            svg.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{colour}"><title>{name}: {y}</title></circle>')
        svg.append(f'<text x="{width - legend + 10}" y="{50 + index * 16}" fill="{colour}">{name}</text>')
else:
    svg.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">run with --scale small --scale city for a scaling plot</text>')
svg.append("</svg>")
open(os.path.join(out_dir, "scaling.svg"), "w", encoding="utf-8").write("\n".join(svg) + "\n")
