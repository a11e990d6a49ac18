#!/usr/bin/env python3
"""Turn bench/run.sh's raw CSV into the Markdown results table.

Usage: summarize.py RAW.csv

RAW.csv has the columns n,tool,round,wall_s,peak_kib,hires_s,cpu_s,other_cpu_s: one row
per timed run (warm-ups are not in it); wall_s, peak_kib and cpu_s (user + system) come
from `/usr/bin/time -f '%e %M %U %S'`, hires_s from bash's $EPOCHREALTIME around the same
call, other_cpu_s is the CPU time the rest of the machine used during the run.

Per N and tool the table gives the median, min and max of wall_s, the median peak RSS
in MiB, the median of hires_s and of cpu_s, and two ratios of wall times:
  x hugo   paired: for each round r, tool[r] / hugo[r] (the runs sat next to each other
           in time); the median of those. For retning and the floor.
  x floor  tool median / floor median. For retning and Hugo.
The ratios use hires_s, not wall_s: %e has 10 ms steps, and the floor takes 10-20 ms at
N=1000, so a ratio of %e values could be off by half. (hires_s includes the ~1 ms of
starting /usr/bin/time.) A ratio whose tool was not run (see run.sh --only) prints "–".
Runs during which other processes used more than 10 % of one core (and > 0.05 s: the
kernel counts CPU time in 10 ms ticks per core) are listed below
the table: their numbers are suspect. Standard library only.
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import defaultdict

TOOLS = ("retning", "hugo", "floor")


def fmt(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def main(path: str) -> int:
    runs: dict[tuple[int, str], dict[int, dict[str, float]]] = defaultdict(dict)
    order: list[int] = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            n = int(row["n"])
            if n not in order:
                order.append(n)
            runs[(n, row["tool"])][int(row["round"])] = {
                "wall": float(row["wall_s"]),
                "kib": float(row["peak_kib"]),
                "hires": float(row["hires_s"]),
                "cpu": float(row["cpu_s"]),
                "other": float(row["other_cpu_s"]),
            }

    print("| N | tool | median wall s | min s | max s | median peak MiB "
          "| median wall s (µs clock) | median CPU s | × hugo (paired) | × floor |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    disturbed = []
    for n in order:
        median_hires = {
            t: statistics.median(r["hires"] for r in runs[(n, t)].values())
            for t in TOOLS if runs.get((n, t))
        }
        for tool in TOOLS:
            rs = runs.get((n, tool))
            if not rs:
                continue
            walls = [r["wall"] for r in rs.values()]
            x_hugo = None
            hugo = runs.get((n, "hugo"))
            if tool != "hugo" and hugo:
                pairs = [ratio(r["hires"], hugo[k]["hires"]) for k, r in rs.items() if k in hugo]
                pairs = [p for p in pairs if p is not None]
                x_hugo = statistics.median(pairs) if pairs else None
            x_floor = None if tool == "floor" else ratio(median_hires[tool], median_hires.get("floor"))
            print(f"| {n} | {tool} | {fmt(statistics.median(walls))} | {fmt(min(walls))} "
                  f"| {fmt(max(walls))} "
                  f"| {fmt(statistics.median(r['kib'] for r in rs.values()) / 1024, 1)} "
                  f"| {fmt(median_hires[tool], 3)} "
                  f"| {fmt(statistics.median(r['cpu'] for r in rs.values()))} "
                  f"| {fmt(x_hugo)} | {fmt(x_floor, 1)} |")
            disturbed += [f"N={n} {tool} run {k}: others used {r['other']:.2f} CPU s "
                          f"in {r['wall']:.2f} s" for k, r in sorted(rs.items())
                          if r["other"] > max(0.05, 0.1 * r["wall"])]
    if disturbed:
        print("\nDisturbed runs (other processes used > 10 % of a core meanwhile):")
        for line in disturbed:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
